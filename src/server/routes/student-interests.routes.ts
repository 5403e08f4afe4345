/** A student's saved interest results, saved items, school programs and home: thin routes. */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZApiError } from '../../contracts/errors.ts';
import { ZLang } from '../../contracts/framework.ts';
import {
  ZOfferedPrograms,
  ZProgramsQuery,
  ZResultList,
  ZSavedItemKind,
  ZSavedItemList,
  ZSavedResult,
  ZSaveItemRequest,
  ZSaveResultRequest,
  ZStudentHome,
  ZStudentIdParams,
} from '../../contracts/student-interests.ts';
import type { InterestServices } from '../../services/interests/index.ts';
import { studentHome } from '../../services/interests/student-home.ts';
import {
  listResults,
  listSavedItems,
  offeredPrograms,
  removeItem,
  saveItem,
  saveResult,
} from '../../services/interests/student-interests.ts';
import { requestLang } from '../lang.ts';
import { origin, session } from './auth.routes.ts';

export interface StudentInterestRoutesOptions {
  interests: InterestServices;
}

const errors = { 400: ZApiError, 401: ZApiError, 403: ZApiError, 404: ZApiError };
const tags = ['interests'];
const ZLangQuery = z.object({ lang: ZLang.optional() });

const call = (request: FastifyRequest<{ Params: { id: string } }>) => ({
  actor: session(request).actor,
  studentId: request.params.id,
  origin: origin(request),
});

export const studentInterestRoutes: FastifyPluginAsyncZod<StudentInterestRoutesOptions> = async (
  app,
  { interests },
) => {
  const deps = interests.students;
  const read = { action: 'interest_result.read' as const };
  const write = { action: 'interest_result.write' as const };

  app.get(
    '/students/:id/interest-results',
    {
      config: read,
      schema: {
        tags,
        summary:
          "A student's saved Interest Profiler results, newest first, and how the profile moved (student, guardians, caseload counselor; staff reads audited)",
        params: ZStudentIdParams,
        response: { 200: ZResultList, ...errors },
      },
    },
    async (request) => listResults(deps, call(request)),
  );

  app.post(
    '/students/:id/interest-results',
    {
      config: write,
      schema: {
        tags,
        summary: 'Save a result for yourself (the server scores the answers)',
        params: ZStudentIdParams,
        body: ZSaveResultRequest,
        response: { 201: ZSavedResult, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await saveResult(deps, call(request), request.body)),
  );

  app.get(
    '/students/:id/saved-items',
    {
      config: read,
      schema: {
        tags,
        summary: "A student's saved occupations, pathways and programs",
        params: ZStudentIdParams,
        querystring: ZLangQuery,
        response: { 200: ZSavedItemList, ...errors },
      },
    },
    async (request) =>
      listSavedItems(deps, call(request), requestLang(request, request.query.lang)),
  );

  app.post(
    '/students/:id/saved-items',
    {
      config: write,
      schema: {
        tags,
        summary: 'Save an occupation, pathway or program to your list',
        params: ZStudentIdParams,
        body: ZSaveItemRequest,
        querystring: ZLangQuery,
        response: { 200: ZSavedItemList, ...errors },
      },
    },
    async (request) => {
      await saveItem(deps, call(request), request.body);
      return listSavedItems(deps, call(request), requestLang(request, request.query.lang));
    },
  );

  app.delete(
    '/students/:id/saved-items/:kind/:ref',
    {
      config: write,
      schema: {
        tags,
        summary: 'Remove an item from your list',
        params: ZStudentIdParams.extend({ kind: ZSavedItemKind, ref: z.string().min(1).max(100) }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeItem(deps, call(request), request.params);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/students/:id/programs',
    {
      config: read,
      schema: {
        tags,
        summary:
          "Approved programs of study in these pathways offered by the student's own school and district",
        params: ZStudentIdParams,
        querystring: ZProgramsQuery,
        response: { 200: ZOfferedPrograms, ...errors },
      },
    },
    async (request) =>
      offeredPrograms(
        deps,
        call(request),
        request.query.pathways.split(','),
        requestLang(request, request.query.lang),
      ),
  );

  app.get(
    '/students/:id/home',
    {
      config: read,
      schema: {
        tags,
        summary:
          "A student's home: latest profile, its matches, saved items, their school's programs in their top pathways, next steps",
        params: ZStudentIdParams,
        querystring: ZLangQuery,
        response: { 200: ZStudentHome, ...errors },
      },
    },
    async (request) =>
      studentHome(
        { ...deps, profiler: interests.profiler },
        call(request),
        requestLang(request, request.query.lang),
      ),
  );
};
