/** Programs of study: thin routes over the program use cases. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZApiError } from '../../contracts/errors.ts';
import { ZLang } from '../../contracts/framework.ts';
import {
  ZProgramDetail,
  ZProgramList,
  ZProgramListQuery,
  ZProgramSave,
  ZProgramSaved,
} from '../../contracts/program-api.ts';
import { ZId } from '../../contracts/program.ts';
import type { ProgramAction } from '../../domain/program/status.ts';
import type { Lang } from '../../domain/framework.ts';
import { programToCsv } from '../../importers/program-csv.ts';
import { programToPdf } from '../../importers/program-pdf.ts';
import { changeProgramStatus } from '../../services/programs/change-program-status.ts';
import type { ProgramDeps } from '../../services/programs/deps.ts';
import { presentFinding } from '../../services/programs/present-program.ts';
import { getProgram, listPrograms } from '../../services/programs/read-programs.ts';
import { saveProgram } from '../../services/programs/save-program.ts';
import type { ProgramCaller } from '../../services/programs/program-access.ts';
import type { ReadCache } from '../../services/cache/read-cache.ts';
import { answerShared } from '../cached-json.ts';
import { requestLang } from '../lang.ts';
import type { FastifyRequest } from 'fastify';
import { origin } from './auth.routes.ts';

/** Who asks: the services decide what they may see and change. */
const caller = (request: FastifyRequest): ProgramCaller => ({
  actor: request.auth?.actor ?? null,
  origin: origin(request),
});

export interface ProgramRoutesOptions {
  programs: ProgramDeps;
  /**
   * Public answers kept per data generation: used for anonymous requests only, whose answers
   * hold approved and retired versions alone (drafts depend on who asks).
   */
  cache?: ReadCache | undefined;
}

const errors = { 400: ZApiError, 404: ZApiError, 409: ZApiError };
const ZIdParams = z.object({ id: ZId });
const ZLangQuery = z.object({ lang: ZLang.optional() });

export const programRoutes: FastifyPluginAsyncZod<ProgramRoutesOptions> = async (
  app,
  { programs, cache },
) => {
  /** The read cache, for a request whose answer cannot depend on the caller. */
  const publicCache = (request: FastifyRequest) => (request.auth === null ? cache : undefined);
  const saved = async (
    request: FastifyRequest,
    lang: Lang,
    result: Awaited<ReturnType<typeof saveProgram>>,
  ) => ({
    program: await getProgram(programs, caller(request), { programId: result.programId, lang }),
    findings: result.findings.map((f) => presentFinding(f, lang)),
    ignoredCatalog: result.ignoredCatalog,
  });

  app.get(
    '/programs',
    {
      config: { action: 'program.read' },
      schema: {
        tags: ['programs'],
        summary: 'List programs of study (latest version of each), filtered',
        querystring: ZProgramListQuery,
        response: { 200: ZProgramList, ...errors },
      },
    },
    async (request, reply) => {
      const query = { ...request.query, lang: requestLang(request, request.query.lang) };
      const key = `programs?${JSON.stringify(query)}`;
      return answerShared(request, reply, publicCache(request), key, ZProgramList, () =>
        listPrograms(programs, caller(request), query),
      );
    },
  );

  app.get(
    '/programs/:id',
    {
      config: { action: 'program.read' },
      schema: {
        tags: ['programs'],
        summary: 'One program of study with its steps, catalog and findings',
        params: ZIdParams,
        querystring: ZLangQuery.extend({ version: z.coerce.number().int().min(1).optional() }),
        response: { 200: ZProgramDetail, ...errors },
      },
    },
    async (request, reply) => {
      const input = {
        programId: request.params.id,
        version: request.query.version,
        lang: requestLang(request, request.query.lang),
      };
      const key = `program:${JSON.stringify(input)}`;
      return answerShared(request, reply, publicCache(request), key, ZProgramDetail, () =>
        getProgram(programs, caller(request), input),
      );
    },
  );

  app.get(
    '/programs/:id/export',
    {
      config: { action: 'program.read' },
      schema: {
        tags: ['programs'],
        summary: 'Download a program of study as a program file (JSON), CSV or a one-page PDF',
        params: ZIdParams,
        querystring: ZLangQuery.extend({
          format: z.enum(['json', 'csv', 'pdf']).default('pdf'),
          version: z.coerce.number().int().min(1).optional(),
        }),
        response: { 200: z.any().describe('The file'), ...errors },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const detail = await getProgram(programs, caller(request), {
        programId: request.params.id,
        version: request.query.version,
        lang: requestLang(request, request.query.lang),
      });
      const name = `${detail.id}-v${detail.version}.${format}`;
      reply
        .header('content-disposition', `attachment; filename="${name}"`)
        .serializer((payload: unknown) => payload as string);
      if (format === 'pdf') return reply.type('application/pdf').send(await programToPdf(detail));
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(programToCsv(detail));
      return reply
        .type('application/json; charset=utf-8')
        .send(`${JSON.stringify(detail.document, null, 2)}\n`);
    },
  );

  app.post(
    '/programs',
    {
      config: { action: 'program.write' },
      schema: {
        tags: ['programs'],
        summary: 'Create a program of study (a draft); returns it with its findings',
        querystring: ZLangQuery,
        body: ZProgramSave,
        response: { 201: ZProgramSaved, ...errors },
      },
    },
    async (request, reply) => {
      const lang = requestLang(request, request.query.lang);
      const result = await saveProgram(
        programs,
        caller(request),
        { ...request.body, mode: 'create' },
        lang,
      );
      return reply.status(201).send(await saved(request, lang, result));
    },
  );

  app.put(
    '/programs/:id',
    {
      config: { action: 'program.write' },
      schema: {
        tags: ['programs'],
        summary: 'Edit a program of study; editing an approved one makes a new draft version',
        params: ZIdParams,
        querystring: ZLangQuery,
        body: ZProgramSave.omit({ id: true }),
        response: { 200: ZProgramSaved, ...errors },
      },
    },
    async (request) => {
      const lang = requestLang(request, request.query.lang);
      const result = await saveProgram(
        programs,
        caller(request),
        { ...request.body, id: request.params.id, mode: 'update' },
        lang,
      );
      return saved(request, lang, result);
    },
  );

  for (const action of [
    'submit',
    'approve',
    'retire',
    'return',
  ] as const satisfies ProgramAction[]) {
    app.post(
      `/programs/:id/${action}`,
      {
        config: { action: action === 'submit' ? 'program.write' : 'program.approve' },
        schema: {
          tags: ['programs'],
          summary: `${action[0]!.toUpperCase()}${action.slice(1)} a program of study`,
          params: ZIdParams,
          querystring: ZLangQuery,
          response: { 200: ZProgramDetail, ...errors },
        },
      },
      async (request) => {
        await changeProgramStatus(programs, caller(request), {
          programId: request.params.id,
          action,
        });
        return getProgram(programs, caller(request), {
          programId: request.params.id,
          lang: requestLang(request, request.query.lang),
        });
      },
    );
  }
};
