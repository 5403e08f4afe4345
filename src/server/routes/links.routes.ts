/**
 * Ending one guardian link or one caseload link through the API (the same use case as
 * `wayfinder links remove-guardian|remove-caseload`): a district's admin, or the state's; and
 * the reads the admin's links page needs first (a student's links, a search of the district's
 * students), authorized by their own permission (records.link_read) and audited the same way.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZApiError } from '../../contracts/errors.ts';
import {
  ZCaseloadLinkParams,
  ZGuardianLinkParams,
  ZLinkRemoval,
  ZLinkStudentQuery,
  ZLinkStudentResults,
  ZStudentLinks,
  ZStudentLinksParams,
} from '../../contracts/links.ts';
import { ZDistrictParams, ZImportQuery } from '../../contracts/records.ts';
import type { RecordsDeps } from '../../services/records/deps.ts';
import { removeLink } from '../../services/records/remove-link.ts';
import { readStudentLinks, searchLinkStudents } from '../../services/records/student-links.ts';
import { origin, session } from './auth.routes.ts';

export interface LinksRoutesOptions {
  records: RecordsDeps;
}

const errors = { 400: ZApiError, 401: ZApiError, 403: ZApiError, 404: ZApiError };
const query = z.object({ lang: ZImportQuery.shape.lang });

export const linksRoutes: FastifyPluginAsyncZod<LinksRoutesOptions> = async (app, { records }) => {
  const caller = (request: Parameters<typeof session>[0]) => ({
    actor: session(request).actor,
    origin: origin(request),
  });
  app.get(
    '/districts/:id/link-students',
    {
      config: { action: 'records.link_read' },
      schema: {
        tags: ['students'],
        summary:
          "Find a district's students by part of their name or local id, to see and end their links; audited with the ids listed",
        params: ZDistrictParams,
        querystring: ZLinkStudentQuery,
        response: { 200: ZLinkStudentResults, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return searchLinkStudents(records, caller(request), {
        districtId: request.params.id,
        q: request.query.q,
      });
    },
  );
  app.get(
    '/districts/:id/students/:studentId/links',
    {
      config: { action: 'records.link_read' },
      schema: {
        tags: ['students'],
        summary:
          "A student's guardians and the counselors whose caseload they are on (names, emails), for ending one; audited with ids only",
        params: ZStudentLinksParams,
        querystring: query,
        response: { 200: ZStudentLinks, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return readStudentLinks(records, caller(request), {
        districtId: request.params.id,
        student: request.params.studentId,
      });
    },
  );
  app.delete(
    '/districts/:id/students/:studentId/guardians/:guardianId',
    {
      config: { action: 'records.link_remove' },
      schema: {
        tags: ['students'],
        summary:
          "End one guardian link (a court order, a data-entry fix); audited; the guardian's access to the student ends with the next request",
        params: ZGuardianLinkParams,
        querystring: query,
        response: { 200: ZLinkRemoval, ...errors },
      },
    },
    async (request) =>
      removeLink(records, caller(request), {
        districtId: request.params.id,
        kind: 'guardian',
        student: request.params.studentId,
        adult: request.params.guardianId,
      }),
  );
  app.delete(
    '/districts/:id/students/:studentId/caseload/:counselorId',
    {
      config: { action: 'records.link_remove' },
      schema: {
        tags: ['students'],
        summary:
          "Take a student off one counselor's caseload (moved school, reassigned); audited; the counselor's access ends with the next request",
        params: ZCaseloadLinkParams,
        querystring: query,
        response: { 200: ZLinkRemoval, ...errors },
      },
    },
    async (request) =>
      removeLink(records, caller(request), {
        districtId: request.params.id,
        kind: 'caseload',
        student: request.params.studentId,
        adult: request.params.counselorId,
      }),
  );
};
