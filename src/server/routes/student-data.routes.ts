/** A student's own data export (FERPA): every record kept about them, as a JSON file. */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZApiError } from '../../contracts/errors.ts';
import { ZPlanParams } from '../../contracts/plan-requests.ts';
import { ZStudentData } from '../../contracts/student-data.ts';
import { studentData, type StudentDataDeps } from '../../services/records/student-data.ts';
import { origin, session } from './auth.routes.ts';

const errors = { 400: ZApiError, 401: ZApiError, 403: ZApiError, 404: ZApiError };

export const studentDataRoutes: FastifyPluginAsyncZod<StudentDataDeps> = async (
  app,
  { records, interests },
) => {
  app.get(
    '/students/:id/data-export',
    {
      config: { action: 'student.data_export' },
      schema: {
        tags: ['students'],
        summary:
          "Everything stored about the student, as a JSON file: the student's own copy of their records (the student, or a guardian)",
        params: ZPlanParams,
        response: { 200: ZStudentData, ...errors },
      },
    },
    async (request, typedReply) => {
      const reply = typedReply as FastifyReply;
      const data = await studentData(
        { records, interests },
        { actor: session(request).actor, origin: origin(request) },
        { studentId: request.params.id },
      );
      return reply
        .type('application/json')
        .header('cache-control', 'no-store')
        .header(
          'content-disposition',
          `attachment; filename="wayfinder-data-${data.student.id}.json"`,
        )
        .send(JSON.stringify(data, null, 2));
    },
  );
};
