/**
 * Student records through the API: roster and transcript CSV imports into a district (the same
 * use cases as `wayfinder import students|transcripts`). The body is the CSV text itself. Ed-Fi
 * JSON comes as one object of resource arrays ({"students": […], "courseTranscripts": […]}),
 * read as text so that a problem names its line and column. A OneRoster 1.2 package comes as its
 * zip archive (Content-Type: application/zip). One credential a student earned can be removed.
 */
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZApiError } from '../../contracts/errors.ts';
import {
  ZBundleImportSummary,
  ZCredentialRemoval,
  ZDistrictParams,
  ZStudentCredentialParams,
  ZImportQuery,
  ZImportSummary,
  ZTranscriptImportQuery,
} from '../../contracts/records.ts';
import type { RecordsDeps } from '../../services/records/deps.ts';
import { invalid } from '../../domain/errors.ts';
import { decodeText } from '../../importers/text-encoding.ts';
import { localizeIssue } from '../../importers/issue-text.ts';
import { unzipPackage } from '../../importers/oneroster/oneroster-files.ts';
import { importEdfi } from '../../services/records/import-edfi.ts';
import { importOneRoster } from '../../services/records/import-oneroster.ts';
import { importCredentials } from '../../services/records/import-credentials.ts';
import { importStudents } from '../../services/records/import-students.ts';
import { removeStudentCredential } from '../../services/records/remove-credential.ts';
import { importTranscripts } from '../../services/records/import-transcripts.ts';
import { origin, session } from './auth.routes.ts';

export interface RecordsRoutesOptions {
  records: RecordsDeps;
}

/** Imports run in one request: up to 64 MB of CSV (about 600,000 transcript rows). */
const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;
const errors = { 400: ZApiError, 401: ZApiError, 403: ZApiError, 404: ZApiError };

export const recordsRoutes: FastifyPluginAsyncZod<RecordsRoutesOptions> = async (
  app,
  { records },
) => {
  // Read as bytes and decoded by what they are (UTF-8, UTF-16 with its mark, else Windows-1252):
  // spreadsheets on Windows save "CSV" in Windows-1252 whatever the request's charset says.
  // Windows labels a .csv file application/vnd.ms-excel, some clients application/csv.
  app.addContentTypeParser(
    ['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel'],
    { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
    (_request, body, done) => done(null, decodeText(body as Buffer)),
  );
  const caller = (request: Parameters<typeof session>[0]) => ({
    actor: session(request).actor,
    origin: origin(request),
  });
  const csvSchema = (what: string, more = '') => ({
    tags: ['students'],
    summary: `Import a ${what} CSV into a district (all or nothing; safe to repeat; ?dryRun=true to check${more})`,
    params: ZDistrictParams,
    body: z.string().describe('The CSV text (Content-Type: text/csv)'),
    response: { 200: ZImportSummary, ...errors },
  });
  app.post(
    '/districts/:id/students/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      config: { action: 'records.import' },
      schema: { ...csvSchema('student roster'), querystring: ZImportQuery },
    },
    async (request) =>
      importStudents(
        records,
        caller(request),
        { name: 'students.csv', text: request.body },
        { districtId: request.params.id, dryRun: request.query.dryRun },
      ),
  );
  app.post(
    '/districts/:id/transcripts/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      config: { action: 'records.import' },
      schema: {
        ...csvSchema(
          'transcript',
          '; ?lowestPassPercent=70&lowestPassLetter=D to tell a D or a 65 that earned no credit passed or failed',
        ),
        querystring: ZTranscriptImportQuery,
      },
    },
    async (request) =>
      importTranscripts(
        records,
        caller(request),
        { name: 'transcripts.csv', text: request.body },
        {
          districtId: request.params.id,
          dryRun: request.query.dryRun,
          lowestPassPercent: request.query.lowestPassPercent,
          lowestPassLetter: request.query.lowestPassLetter,
          bannerTerms: request.query.bannerTerms,
        },
      ),
  );
  app.post(
    '/districts/:id/credentials/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      config: { action: 'records.import' },
      schema: {
        ...csvSchema(
          'credentials-earned',
          '; one row per student and credential: student_id, credential (catalog id or exact title), date_earned',
        ),
        querystring: ZImportQuery,
      },
    },
    async (request) =>
      importCredentials(
        records,
        caller(request),
        { name: 'credentials.csv', text: request.body },
        { districtId: request.params.id, dryRun: request.query.dryRun },
      ),
  );
  app.delete(
    '/districts/:id/students/:studentId/credentials/:credentialId',
    {
      config: { action: 'records.credential_remove' },
      schema: {
        tags: ['students'],
        summary:
          "Remove one credential a student earned (imported in error); audited. Once a student holds no named credential, credential_earned is the roster's own value again, at once",
        params: ZStudentCredentialParams,
        querystring: z.object({ lang: ZImportQuery.shape.lang }),
        response: { 200: ZCredentialRemoval, ...errors },
      },
    },
    async (request) =>
      removeStudentCredential(records, caller(request), {
        districtId: request.params.id,
        student: request.params.studentId,
        credential: request.params.credentialId,
      }),
  );
  // Ed-Fi: the JSON body is kept as text (this scope only) so problems can name line:column.
  await app.register(async (scoped) => {
    scoped.removeContentTypeParser('application/json');
    scoped.addContentTypeParser(
      'application/json',
      { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );
    scoped.withTypeProvider<ZodTypeProvider>().post(
      '/districts/:id/edfi/import',
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        config: { action: 'records.import' },
        schema: {
          tags: ['students'],
          summary:
            'Import Ed-Fi Data Standard v5 resources into a district: one JSON object whose members are the arrays the Ed-Fi API returns (students, studentSchoolAssociations, studentEducationOrganizationAssociations, courses, studentAcademicRecords, courseTranscripts); all or nothing; safe to repeat; ?dryRun=true to check',
          params: ZDistrictParams,
          querystring: ZImportQuery,
          body: z.string().describe('The JSON text (Content-Type: application/json)'),
          response: { 200: ZBundleImportSummary, ...errors },
        },
      },
      async (request) =>
        importEdfi(records, caller(request), [{ name: 'body', text: request.body }], {
          districtId: request.params.id,
          dryRun: request.query.dryRun,
        }),
    );
  });
  app.addContentTypeParser(
    'application/zip',
    { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );
  app.post(
    '/districts/:id/oneroster/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      config: { action: 'records.import' },
      schema: {
        tags: ['students'],
        summary:
          'Import a OneRoster 1.2 CSV package (zip) into a district: students, teacher, counselor and guardian accounts, guardian links, counselor caseloads; all or nothing; safe to repeat; ?dryRun=true to check',
        params: ZDistrictParams,
        querystring: ZImportQuery,
        body: z.any().describe('The zip archive (Content-Type: application/zip)'),
        response: { 200: ZBundleImportSummary, ...errors },
      },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body))
        throw invalid(
          'Send the OneRoster package as a zip archive (Content-Type: application/zip).',
          'body',
          { es: 'Envía el paquete OneRoster como archivo zip (Content-Type: application/zip).' },
        );
      const files = unzipPackage('package.zip', request.body);
      if (!Array.isArray(files))
        throw invalid(`package.zip: ${files.message}`, 'body', {
          es: `package.zip: ${localizeIssue(files, 'es').message}`,
        });
      return importOneRoster(records, caller(request), files, {
        districtId: request.params.id,
        dryRun: request.query.dryRun,
      });
    },
  );
};
