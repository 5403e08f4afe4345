/** A student's learning plan: start, read (any version), edit, sign, export as JSON. */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZApiError } from '../../contracts/errors.ts';
import { ZLang } from '../../contracts/framework.ts';
import { ZPlan, ZPlanOptions } from '../../contracts/plans.ts';
import {
  ZPlanEdit,
  ZPlanParams,
  ZPlanSign,
  ZPlanStart,
  ZPlanVersionParams,
} from '../../contracts/plan-requests.ts';
import { ZPlanExport } from '../../contracts/plan-export.ts';
import { editPlan, readPlan, signPlan, startPlan } from '../../services/plans/manage-plan.ts';
import { planExport } from '../../services/plans/plan-export.ts';
import { planPdf } from '../../services/plans/plan-pdf.ts';
import { planOptions } from '../../services/plans/plan-options.ts';
import type { RecordsDeps } from '../../services/records/deps.ts';
import { requestLang } from '../lang.ts';
import { origin, session } from './auth.routes.ts';

const errors = { 400: ZApiError, 401: ZApiError, 403: ZApiError, 404: ZApiError, 409: ZApiError };
const tags = ['plans'];
const ZLangQuery = z.object({ lang: ZLang.optional() });
const ZExportQuery = ZLangQuery.extend({
  format: z
    .enum(['json', 'pdf'])
    .default('json')
    .describe('json (to keep or move) or pdf (to print)'),
});

export const planRoutes: FastifyPluginAsyncZod<{ records: RecordsDeps }> = async (
  app,
  { records },
) => {
  const caller = (request: Parameters<typeof session>[0]) => ({
    actor: session(request).actor,
    origin: origin(request),
  });

  app.get(
    '/students/:id/plan',
    {
      config: { action: 'plan.read' },
      schema: {
        tags,
        summary: "A student's current plan with its checks, sign-offs, review mark and history",
        params: ZPlanParams,
        querystring: ZLangQuery,
        response: { 200: ZPlan, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return readPlan(records, caller(request), {
        studentId: request.params.id,
        lang: requestLang(request, request.query.lang),
      });
    },
  );

  app.get(
    '/students/:id/plan/options',
    {
      config: { action: 'plan.read' },
      schema: {
        tags,
        summary:
          'What the plan pages offer: programs to start from, sets for a what-if, the catalog the plan is checked with',
        params: ZPlanParams,
        querystring: ZLangQuery,
        response: { 200: ZPlanOptions, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return planOptions(records, caller(request), {
        studentId: request.params.id,
        lang: requestLang(request, request.query.lang),
      });
    },
  );

  app.get(
    '/students/:id/plan/versions/:version',
    {
      config: { action: 'plan.read' },
      schema: {
        tags,
        summary: 'One version of the plan, as it was',
        params: ZPlanVersionParams,
        querystring: ZLangQuery,
        response: { 200: ZPlan, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return readPlan(records, caller(request), {
        studentId: request.params.id,
        version: request.params.version,
        lang: requestLang(request, request.query.lang),
      });
    },
  );

  app.get(
    '/students/:id/plan/export',
    {
      config: { action: 'plan.read' },
      schema: {
        tags,
        summary:
          'The current plan as a JSON file (to keep or take to another platform) or a one-page PDF',
        params: ZPlanParams,
        querystring: ZExportQuery,
        response: {
          200: ZPlanExport.describe(
            'format=json: the plan and the transfer credit already earned (format=pdf answers application/pdf)',
          ),
          ...errors,
        },
      },
    },
    async (request, typedReply) => {
      const reply = typedReply as FastifyReply;
      const lang = requestLang(request, request.query.lang);
      if (request.query.format === 'pdf') {
        const { plan, pdf } = await planPdf(records, caller(request), {
          studentId: request.params.id,
          lang,
        });
        return reply
          .type('application/pdf')
          .header('cache-control', 'no-store')
          .header(
            'content-disposition',
            `attachment; filename="plan-${plan.studentId}-v${plan.version}.pdf"`,
          )
          .send(pdf);
      }
      const file = await planExport(records, caller(request), {
        studentId: request.params.id,
        lang,
      });
      const { plan } = file;
      return reply
        .type('application/json')
        .header('cache-control', 'no-store')
        .header(
          'content-disposition',
          `attachment; filename="plan-${plan.studentId}-v${plan.version}.json"`,
        )
        .send(JSON.stringify(file, null, 2));
    },
  );

  app.post(
    '/students/:id/plan',
    {
      config: { action: 'plan.write' },
      schema: {
        tags,
        summary:
          'Start a plan from an approved program of study, or from a pathway (its program of study, else an empty plan aiming at it); a new version when one exists',
        params: ZPlanParams,
        querystring: ZLangQuery,
        body: ZPlanStart,
        response: { 201: ZPlan, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await startPlan(records, caller(request), {
          studentId: request.params.id,
          ...request.body,
          lang: requestLang(request, request.query.lang),
        }),
      ),
  );

  app.put(
    '/students/:id/plan',
    {
      config: { action: 'plan.write' },
      schema: {
        tags,
        summary: 'Edit the plan: courses by grade and goals (a signed version makes a new one)',
        params: ZPlanParams,
        querystring: ZLangQuery,
        body: ZPlanEdit,
        response: { 200: ZPlan, ...errors },
      },
    },
    async (request) =>
      editPlan(records, caller(request), {
        studentId: request.params.id,
        edit: request.body,
        lang: requestLang(request, request.query.lang),
      }),
  );

  app.post(
    '/students/:id/plan/sign',
    {
      config: { action: 'plan.sign' },
      schema: {
        tags,
        summary: 'Sign the current version (student, guardian or counselor)',
        params: ZPlanParams,
        querystring: ZLangQuery,
        body: ZPlanSign,
        response: { 200: ZPlan, ...errors },
      },
    },
    async (request) =>
      signPlan(records, caller(request), {
        studentId: request.params.id,
        version: request.body.version,
        signLang: request.body.lang,
        lang: requestLang(request, request.query.lang),
      }),
  );
};
