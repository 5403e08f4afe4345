/** Bulk exports of student records: the request, and exports waiting for a second admin. */
import { z } from 'zod';
import { ZOrgId } from './accounts.ts';

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export const ZExportFormat = z.enum(EXPORT_FORMATS);
export type TExportFormat = z.infer<typeof ZExportFormat>;

export const ZStudentExportBody = z.object({
  format: ZExportFormat,
  district: ZOrgId.optional().describe('State admins: one district (default: every district)'),
  approval: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .describe('Id of an export over the daily cap that another admin approved: runs it once'),
});

export const ZExportRequest = z.object({
  id: z.string(),
  districtId: z.string().nullable(),
  requestedBy: z.string(),
  requestedAt: z.string(),
  recordCount: z.number(),
  status: z.enum(['done', 'pending', 'approved', 'used']),
  approvedBy: z.string().nullable(),
});
export type TExportRequest = z.infer<typeof ZExportRequest>;
