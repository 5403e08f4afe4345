/** Perkins V counts for admins (JSON or the CSV of a state submission) and a student's own status. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZApiError } from '../../contracts/errors.ts';
import {
  ZMyPerkinsStatus,
  ZMyPerkinsQuery,
  ZPerkinsQuery,
  ZPerkinsReport,
  type TPerkinsQuery,
} from '../../contracts/perkins.ts';
import { invalid } from '../../domain/errors.ts';
import { perkinsProfile } from '../../domain/perkins/profiles.ts';
import { perkinsToCsv } from '../../importers/perkins-csv.ts';
import { myPerkinsStatus } from '../../services/perkins/my-status.ts';
import { perkinsReport, type PerkinsDeps } from '../../services/perkins/perkins-report.ts';
import { origin, session } from './auth.routes.ts';

const errors = { 400: ZApiError, 401: ZApiError, 403: ZApiError, 404: ZApiError };
const tags = ['perkins'];

const profileNamed = (name: string) => {
  const profile = perkinsProfile(name);
  if (!profile)
    throw invalid(
      `No Perkins profile is named ${name}: use federal, texas-like or nebraska-like.`,
      'profile',
    );
  return profile;
};

export const perkinsRoutes: FastifyPluginAsyncZod<{ perkins: PerkinsDeps }> = async (
  app,
  { perkins },
) => {
  const caller = (request: Parameters<typeof session>[0]) => ({
    actor: session(request).actor,
    origin: origin(request),
  });

  const report = (request: Parameters<typeof session>[0], query: TPerkinsQuery) =>
    perkinsReport(perkins, caller(request), {
      year: query.year,
      profile: profileNamed(query.profile),
      ...(query.district !== undefined ? { districtId: query.district } : {}),
    });

  app.get(
    '/perkins',
    {
      config: { action: 'perkins.read' },
      schema: {
        tags,
        summary:
          'Perkins V counts for a school year by program of study, school, district and state, by group, small cells suppressed',
        querystring: ZPerkinsQuery,
        response: { 200: ZPerkinsReport, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return report(request, request.query);
    },
  );

  app.get(
    '/perkins/export',
    {
      config: { action: 'perkins.read' },
      schema: {
        tags,
        summary:
          'The same counts as a state submission CSV: one row per organization, program, group and measure',
        querystring: ZPerkinsQuery,
        response: { 200: z.any().describe('The CSV file'), ...errors },
      },
    },
    async (request, reply) => {
      const { year, profile } = request.query;
      const csv = perkinsToCsv(await report(request, request.query));
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="perkins-${year}-${profile}.csv"`)
        .serializer((payload: unknown) => payload as string)
        .type('text/csv; charset=utf-8')
        .send(csv);
    },
  );

  app.get(
    '/me/perkins',
    {
      config: { action: 'perkins.self' },
      schema: {
        tags,
        summary: "The signed-in student's own Perkins V status in each program of study",
        querystring: ZMyPerkinsQuery,
        response: { 200: ZMyPerkinsStatus, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return myPerkinsStatus(perkins, caller(request), {
        year: request.query.year,
        profile: profileNamed(request.query.profile),
      });
    },
  );
};
