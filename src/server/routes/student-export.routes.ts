/** Bulk exports of student records, capped per admin per day; over the cap a second admin approves. */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZApiError } from '../../contracts/errors.ts';
import { ZExportRequest, ZStudentExportBody } from '../../contracts/student-export.ts';
import type { ExportRecord } from '../../db/export-repository.ts';
import type { Accounts } from '../../services/accounts/index.ts';
import {
  approveExport,
  exportStudents,
  listExports,
  studentsCsv,
} from '../../services/accounts/student-export.ts';
import { origin, session } from './auth.routes.ts';

export interface StudentExportRoutesOptions {
  accounts: Accounts;
  /** Student records one admin may export per 24 hours without a second admin's approval. */
  dailyCap: number;
}

const errors = { 400: ZApiError, 401: ZApiError, 403: ZApiError, 404: ZApiError, 409: ZApiError };
const tags = ['students'];

const present = (r: ExportRecord) => ({
  id: r.id,
  districtId: r.districtId,
  requestedBy: r.requestedBy,
  requestedAt: r.requestedAt.toISOString(),
  recordCount: r.recordCount,
  status: r.status,
  approvedBy: r.approvedBy,
});

export const studentExportRoutes: FastifyPluginAsyncZod<StudentExportRoutesOptions> = async (
  app,
  { accounts, dailyCap },
) => {
  const { deps } = accounts;
  const caller = (request: Parameters<typeof session>[0]) => ({
    actor: session(request).actor,
    origin: origin(request),
  });

  app.post(
    '/students/export',
    {
      config: { action: 'student.export' },
      schema: {
        tags,
        summary:
          'Export student records as CSV or JSON (logged; over the daily cap another admin must approve)',
        body: ZStudentExportBody,
        response: { ...errors },
      },
    },
    async (request, typedReply) => {
      // The body is CSV or JSON text, so the reply is sent as is (no schema serializer).
      const reply = typedReply as FastifyReply;
      const result = await exportStudents(deps, caller(request), {
        format: request.body.format,
        districtId: request.body.district,
        approvalId: request.body.approval,
        dailyCap,
      });
      reply.header('x-export-id', result.exportId).header('cache-control', 'no-store');
      if (result.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="students-${result.exportId}.csv"`)
          .send(studentsCsv(result.items));
      }
      return reply.type('application/json').send(JSON.stringify(result));
    },
  );

  app.get(
    '/students/exports',
    {
      config: { action: 'student.export_approve' },
      schema: {
        tags,
        summary: 'Exports of your district (or all, for the state), newest first',
        querystring: z.object({ status: ZExportRequest.shape.status.optional() }),
        response: { 200: z.object({ items: z.array(ZExportRequest) }), ...errors },
      },
    },
    async (request) => ({
      items: (await listExports(deps, session(request).actor, request.query)).map(present),
    }),
  );

  app.post(
    '/students/exports/:id/approve',
    {
      config: { action: 'student.export_approve' },
      schema: {
        tags,
        summary: "Approve another admin's export over the daily cap (it may then run once)",
        params: z.object({ id: z.string().min(1).max(64) }),
        response: { 200: ZExportRequest, ...errors },
      },
    },
    async (request) => present(await approveExport(deps, caller(request), request.params.id)),
  );
};
