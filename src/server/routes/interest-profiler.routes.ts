/** The Interest Profiler for anyone: the form, and results from answers (nothing stored). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZApiError } from '../../contracts/errors.ts';
import { ZLang } from '../../contracts/framework.ts';
import {
  ZProfilerForm,
  ZProfilerQuery,
  ZProfilerResults,
  ZResultsRequest,
} from '../../contracts/interests.ts';
import type { InterestProfiler } from '../../services/interests/interest-profiler.ts';
import { checkResultsRequest } from '../../contracts/results-request-check.ts';
import { sendJsonBytes } from '../cached-json.ts';
import { registerPlainJsonParser } from '../plain-json-body.ts';
import { quickBody } from '../quick-body.ts';
import { requestLang } from '../lang.ts';
import { z } from 'zod';

export interface InterestProfilerRoutesOptions {
  profiler: InterestProfiler;
}

const tags = ['interests'];

export const interestProfilerRoutes: FastifyPluginAsyncZod<InterestProfilerRoutesOptions> = async (
  app,
  { profiler },
) => {
  // Results requests are sixty plain numbers: read without the unstorable-text walk when their
  // text shows there is nothing to find (plain-json-body.ts).
  registerPlainJsonParser(app);
  app.get(
    '/interest-profiler',
    {
      config: { action: 'interest.take' },
      schema: {
        tags,
        summary: 'The O*NET Interest Profiler items (60-item Short Form or 30-item Mini-IP)',
        querystring: ZProfilerQuery,
        response: { 200: ZProfilerForm, 400: ZApiError },
      },
    },
    async (request) =>
      profiler.form(
        Number(request.query.form) as 60 | 30,
        requestLang(request, request.query.lang),
      ),
  );

  app.post(
    '/interest-profiler/results',
    {
      config: { action: 'interest.take' },
      // Sixty answers per request: a hand check first, the schema for its error (quick-body.ts).
      validatorCompiler: quickBody(checkResultsRequest),
      schema: {
        tags,
        summary:
          'Scores, high-point code and the best-fitting clusters, pathways and occupations for a set of answers (nothing is stored)',
        querystring: z.object({ lang: ZLang.optional() }),
        body: ZResultsRequest,
        response: { 200: ZProfilerResults, 400: ZApiError },
      },
    },
    async (request, reply) =>
      // Built in the schema's shape (interest-results-shape.routes.test.ts) and serialized from
      // pieces worked out once per occupation (results-view.ts); an identical request gets the
      // same bytes.
      sendJsonBytes(
        reply,
        await profiler.resultsBody(request.body, requestLang(request, request.query.lang)),
      ),
  );
};
