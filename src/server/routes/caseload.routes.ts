/** The caseload list with off-track signals, and counselor notes on a student. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZApiError } from '../../contracts/errors.ts';
import {
  ZCaseload,
  ZCaseloadExportQuery,
  ZCaseloadQuery,
  ZNote,
  ZNoteBody,
  ZNoteList,
  ZNoteParams,
} from '../../contracts/caseload.ts';
import { ZStudentParams } from '../../contracts/progress.ts';
import { readCaseload } from '../../services/caseload/caseload.ts';
import { exportCaseloadCsv } from '../../services/caseload/caseload-export.ts';
import { addNote, changeNote, listNotes } from '../../services/caseload/notes.ts';
import type { RecordsDeps } from '../../services/records/deps.ts';
import { requestLang } from '../lang.ts';
import { origin, session } from './auth.routes.ts';

const errors = { 400: ZApiError, 401: ZApiError, 403: ZApiError, 404: ZApiError };
const tags = ['students'];

export const caseloadRoutes: FastifyPluginAsyncZod<{ records: RecordsDeps }> = async (
  app,
  { records },
) => {
  const caller = (request: Parameters<typeof session>[0]) => ({
    actor: session(request).actor,
    origin: origin(request),
  });

  app.get(
    '/caseload',
    {
      config: { action: 'caseload.read' },
      schema: {
        tags,
        summary:
          "A counselor's caseload (a district admin's district) with each student's off-track signals and reasons; filter by signal, grade, school, name or local id",
        querystring: ZCaseloadQuery,
        response: { 200: ZCaseload, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return readCaseload(records, caller(request), {
        ...request.query,
        lang: requestLang(request, request.query.lang),
      });
    },
  );

  app.get(
    '/caseload/export',
    {
      config: { action: 'caseload.read' },
      schema: {
        tags,
        summary:
          'The same list as a CSV file (UTF-8 with a byte-order mark), the same filters and sort, headers and reasons in the request language; audited as caseload.export',
        querystring: ZCaseloadExportQuery,
        response: { 200: z.any().describe('The CSV file'), ...errors },
      },
    },
    async (request, reply) => {
      const { format: _csv, ...query } = request.query;
      const file = await exportCaseloadCsv(records, caller(request), {
        ...query,
        lang: requestLang(request, query.lang),
      });
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .serializer((payload: unknown) => payload as string)
        .type('text/csv; charset=utf-8')
        .send(file.csv);
    },
  );

  app.get(
    '/students/:id/notes',
    {
      config: { action: 'note.read' },
      schema: {
        tags,
        summary: "Counselor notes on a student (staff only; never the student's or a guardian's)",
        params: ZStudentParams,
        response: { 200: ZNoteList, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return listNotes(records, caller(request), request.params.id);
    },
  );

  app.post(
    '/students/:id/notes',
    {
      config: { action: 'note.write' },
      schema: {
        tags,
        summary: 'Add a counselor note on a student',
        params: ZStudentParams,
        body: ZNoteBody,
        response: { 201: ZNote, ...errors },
      },
    },
    async (request, reply) => {
      const note = await addNote(records, caller(request), {
        studentId: request.params.id,
        body: request.body.body,
      });
      return reply.code(201).send(note);
    },
  );

  app.put(
    '/students/:id/notes/:noteId',
    {
      config: { action: 'note.write' },
      schema: {
        tags,
        summary: 'Edit a note you wrote',
        params: ZNoteParams,
        body: ZNoteBody,
        response: { 200: ZNote, ...errors },
      },
    },
    async (request) =>
      (await changeNote(records, caller(request), {
        studentId: request.params.id,
        noteId: request.params.noteId,
        body: request.body.body,
      }))!,
  );

  app.delete(
    '/students/:id/notes/:noteId',
    {
      config: { action: 'note.write' },
      schema: {
        tags,
        summary: 'Delete a note you wrote',
        params: ZNoteParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await changeNote(records, caller(request), {
        studentId: request.params.id,
        noteId: request.params.noteId,
        body: null,
      });
      return reply.status(204).send(null);
    },
  );
};
