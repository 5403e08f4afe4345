/** Bulk exports of student records: the ones run (for the daily cap) and those awaiting approval. */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { StudentExportTable } from './exports-schema.ts';
import type { DB } from './schema.ts';

export type ExportStatus = 'done' | 'pending' | 'approved' | 'used';

export interface ExportRecord {
  id: string;
  /** The district exported; null for every district (a state admin's export). */
  districtId: string | null;
  requestedBy: string;
  requestedAt: Date;
  recordCount: number;
  status: ExportStatus;
  approvedBy: string | null;
  approvedAt: Date | null;
  ranAt: Date | null;
  /** The records an export over the cap was requested for; it runs on exactly these. */
  studentIds: string[] | null;
}

export class ExportRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(
    record: Omit<ExportRecord, 'approvedBy' | 'approvedAt' | 'studentIds'> & {
      studentIds?: string[] | null;
    },
  ): Promise<void> {
    await this.db
      .insertInto('student_export')
      .values({
        id: record.id,
        district_id: record.districtId,
        requested_by: record.requestedBy,
        requested_at: record.requestedAt,
        record_count: record.recordCount,
        status: record.status,
        ran_at: record.ranAt,
        student_ids: record.studentIds ? JSON.stringify(record.studentIds) : null,
      })
      .execute();
  }

  async find(id: string): Promise<ExportRecord | undefined> {
    const row = await this.db
      .selectFrom('student_export')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toExport(row) : undefined;
  }

  /** Requests of one district (or all), newest first. */
  async list(filter: { districtId?: string; status?: ExportStatus }): Promise<ExportRecord[]> {
    let query = this.db.selectFrom('student_export').selectAll();
    if (filter.districtId !== undefined) query = query.where('district_id', '=', filter.districtId);
    if (filter.status !== undefined) query = query.where('status', '=', filter.status);
    return (await query.orderBy('requested_at', 'desc').limit(500).execute()).map(toExport);
  }

  /**
   * Student records a user exported without approval since a time. Locks the user's row first,
   * so two exports at once cannot both slip under the cap (call inside a transaction).
   */
  async exportedSince(userId: string, since: Date): Promise<number> {
    await sql`select id from app_user where id = ${userId} for update`.execute(this.db);
    const row = await this.db
      .selectFrom('student_export')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('record_count'), sql<string>`0`).as('n'))
      .where('requested_by', '=', userId)
      .where('status', '=', 'done')
      .where('ran_at', '>=', since)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** pending → approved, by someone other than the requester; false if it was not pending. */
  async approve(id: string, approverId: string, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('student_export')
      .set({ status: 'approved', approved_by: approverId, approved_at: at })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .where('requested_by', '<>', approverId)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** approved → used, once, by the requester; the record, or undefined if it was not approved. */
  async use(id: string, requesterId: string, at: Date): Promise<ExportRecord | undefined> {
    const row = await this.db
      .updateTable('student_export')
      .set({ status: 'used', ran_at: at })
      .where('id', '=', id)
      .where('status', '=', 'approved')
      .where('requested_by', '=', requesterId)
      .returningAll()
      .executeTakeFirst();
    return row ? toExport(row) : undefined;
  }
}

function toExport(row: Selectable<StudentExportTable>): ExportRecord {
  return {
    id: row.id,
    districtId: row.district_id,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    recordCount: row.record_count,
    status: row.status as ExportStatus,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    ranAt: row.ran_at,
    studentIds: row.student_ids,
  };
}
