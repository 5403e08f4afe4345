/** Requirement sets a district loaded, and counselors' exceptions to a student's requirements. */
import type { Kysely, Selectable } from 'kysely';
import type { TRequirementSet } from '../contracts/requirements.ts';
import type { DB } from './schema.ts';

export interface ExceptionRecord {
  id: string;
  districtId: string;
  studentId: string;
  setId: string;
  kind: 'substitute' | 'waive' | 'force_complete';
  nodeId: string;
  attemptKey: string | null;
  reason: string;
  createdBy: string | null;
  createdAt: Date;
}

export class RequirementRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Stores (or replaces) a set for a district; as the default, it unmarks the previous one. */
  async saveSet(districtId: string, set: TRequirementSet, makeDefault: boolean): Promise<void> {
    if (makeDefault)
      await this.db
        .updateTable('requirement_set')
        .set({ is_default: false })
        .where('district_id', '=', districtId)
        .execute();
    await this.db
      .insertInto('requirement_set')
      .values({
        district_id: districtId,
        id: set.id,
        doc: JSON.stringify(set),
        is_default: makeDefault,
      })
      .onConflict((oc) =>
        oc.columns(['district_id', 'id']).doUpdateSet({
          doc: JSON.stringify(set),
          is_default: makeDefault,
          updated_at: new Date(),
        }),
      )
      .execute();
  }

  /** A set by id, or the district's default when no id is given. */
  async findSet(districtId: string, id?: string): Promise<TRequirementSet | undefined> {
    let query = this.db
      .selectFrom('requirement_set')
      .select('doc')
      .where('district_id', '=', districtId);
    query = id === undefined ? query.where('is_default', '=', true) : query.where('id', '=', id);
    const row = await query.executeTakeFirst();
    return row ? (row.doc as TRequirementSet) : undefined;
  }

  /** Every set the district loaded, default first. */
  async listSets(districtId: string): Promise<TRequirementSet[]> {
    const rows = await this.db
      .selectFrom('requirement_set')
      .select('doc')
      .where('district_id', '=', districtId)
      .orderBy('is_default', 'desc')
      .orderBy('id')
      .execute();
    return rows.map((r) => r.doc as TRequirementSet);
  }

  /** The exceptions of a district's students whose ids lie from `first` to `last`. */
  async exceptionsInRange(
    districtId: string,
    first: string,
    last: string,
  ): Promise<ExceptionRecord[]> {
    const rows = await this.db
      .selectFrom('requirement_exception')
      .selectAll()
      .where('district_id', '=', districtId)
      .where('student_id', '>=', first)
      .where('student_id', '<=', last)
      .orderBy('created_at')
      .execute();
    return rows.map(toException);
  }

  async exceptions(districtId: string, studentIds: readonly string[]): Promise<ExceptionRecord[]> {
    if (studentIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('requirement_exception')
      .selectAll()
      .where('district_id', '=', districtId)
      .where('student_id', 'in', [...studentIds])
      .orderBy('created_at')
      .execute();
    return rows.map(toException);
  }

  async insertException(e: ExceptionRecord): Promise<void> {
    await this.db
      .insertInto('requirement_exception')
      .values({
        district_id: e.districtId,
        student_id: e.studentId,
        id: e.id,
        set_id: e.setId,
        kind: e.kind,
        node_id: e.nodeId,
        attempt_key: e.attemptKey,
        reason: e.reason,
        created_by: e.createdBy,
        created_at: e.createdAt,
      })
      .execute();
  }
}

function toException(r: Selectable<DB['requirement_exception']>): ExceptionRecord {
  return {
    id: r.id,
    districtId: r.district_id,
    studentId: r.student_id,
    setId: r.set_id,
    kind: r.kind as ExceptionRecord['kind'],
    nodeId: r.node_id,
    attemptKey: r.attempt_key,
    reason: r.reason,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}
