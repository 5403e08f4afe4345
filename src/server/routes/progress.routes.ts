/** A student's progress check (with what-if), counselors' exceptions, and transfer credit. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZApiError } from '../../contracts/errors.ts';
import {
  ZException,
  ZExceptionCreate,
  ZProgressQuery,
  ZStudentParams,
  ZStudentProgress,
} from '../../contracts/progress.ts';
import { ZTransferCreate, ZTransferCredit, ZTransferParams } from '../../contracts/transfer.ts';
import { addException } from '../../services/records/add-exception.ts';
import { addTransferCredit, removeTransferCredit } from '../../services/records/transfer-credit.ts';
import type { RecordsDeps } from '../../services/records/deps.ts';
import { studentProgress } from '../../services/records/student-progress.ts';
import { requestLang } from '../lang.ts';
import { origin, session } from './auth.routes.ts';

const errors = { 400: ZApiError, 401: ZApiError, 403: ZApiError, 404: ZApiError, 409: ZApiError };
const tags = ['students'];

export const progressRoutes: FastifyPluginAsyncZod<{ records: RecordsDeps }> = async (
  app,
  { records },
) => {
  const caller = (request: Parameters<typeof session>[0]) => ({
    actor: session(request).actor,
    origin: origin(request),
  });

  app.get(
    '/students/:id/progress',
    {
      config: { action: 'progress.read' },
      schema: {
        tags,
        summary:
          "A student's progress toward graduation: each requirement's status, credits and courses (?whatIf=SET adds another set side by side)",
        params: ZStudentParams,
        querystring: ZProgressQuery,
        response: { 200: ZStudentProgress, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return studentProgress(records, caller(request), {
        studentId: request.params.id,
        lang: requestLang(request, request.query.lang),
        setId: request.query.set,
        whatIf: request.query.whatIf,
      });
    },
  );

  app.post(
    '/students/:id/exceptions',
    {
      config: { action: 'progress.exception' },
      schema: {
        tags,
        summary: 'Record an exception to a requirement: substitute, waive or force complete',
        params: ZStudentParams,
        body: ZExceptionCreate,
        response: { 201: ZException, ...errors },
      },
    },
    async (request, reply) => {
      const created = await addException(records, caller(request), {
        studentId: request.params.id,
        input: request.body,
      });
      return reply.code(201).send(created);
    },
  );

  app.post(
    '/students/:id/transfer-credits',
    {
      config: { action: 'transfer.write' },
      schema: {
        tags,
        summary:
          'Record credit earned outside the district (another school, an exam, summer school, a college course) and how it counts here',
        params: ZStudentParams,
        body: ZTransferCreate,
        response: { 201: ZTransferCredit, ...errors },
      },
    },
    async (request, reply) => {
      const created = await addTransferCredit(records, caller(request), {
        studentId: request.params.id,
        input: request.body,
      });
      return reply.code(201).send(created);
    },
  );

  app.delete(
    '/students/:id/transfer-credits/:creditId',
    {
      config: { action: 'transfer.write' },
      schema: {
        tags,
        summary: 'Remove a transfer credit recorded in error',
        params: ZTransferParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeTransferCredit(records, caller(request), {
        studentId: request.params.id,
        creditId: request.params.creditId,
      });
      return reply.status(204).send(null);
    },
  );
};
