/** Credit earned outside the district (table transfer_credit, migration 0035), by student. */
import type { Kysely, Selectable } from 'kysely';
import {
  courseKeyThere,
  institutionKey,
  transferCreditKey,
  type CountsAs,
  type TransferCredit,
  type TransferKind,
  type TransferResult,
} from '../domain/requirements/transfer.ts';
import type { TransferCreditTable } from './records-schema.ts';
import { groupedByStudent } from './roster-repository.ts';
import type { DB } from './schema.ts';

export interface TransferWriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export class TransferRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async ofStudent(districtId: string, studentId: string): Promise<TransferCredit[]> {
    const rows = await this.db
      .selectFrom('transfer_credit')
      .selectAll()
      .where('district_id', '=', districtId)
      .where('student_id', '=', studentId)
      .orderBy('school_year')
      .orderBy('term')
      .orderBy('course_key')
      .execute();
    return rows.map(fromRow);
  }

  /** The transfer credits of many students of one district, grouped by student id. */
  async ofStudents(
    districtId: string,
    studentIds: readonly string[],
  ): Promise<Map<string, TransferCredit[]>> {
    return groupedByStudent(
      studentIds,
      (part) =>
        this.db
          .selectFrom('transfer_credit')
          .selectAll()
          .where('district_id', '=', districtId)
          .where('student_id', 'in', part)
          .execute(),
      fromRow,
    );
  }

  /** The credits of the students whose ids lie from `first` to `last`: one range of the key. */
  async inStudentRange(districtId: string, first: string, last: string) {
    const rows = await this.db
      .selectFrom('transfer_credit')
      .selectAll()
      .where('district_id', '=', districtId)
      .where('student_id', '>=', first)
      .where('student_id', '<=', last)
      .orderBy('student_id')
      .orderBy('id')
      .execute();
    return rows.map(fromRow);
  }

  /**
   * Adds one; false when the student already has this course from this place, year and term: the
   * unique index on the stored key tells, since every stored key is courseKeyThere's (migration
   * 0046 keyed the credits stored before it read "C S 312" as "CS 312").
   */
  async insert(credit: TransferCredit): Promise<boolean> {
    const inserted = await this.db
      .insertInto('transfer_credit')
      .values(toRow(credit))
      .onConflict((oc) =>
        oc
          .columns([
            'district_id',
            'student_id',
            'earned_at_key',
            'school_year',
            'term',
            'course_key',
          ])
          .doNothing(),
      )
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  /**
   * An import's credits: new ones added, changed ones updated (matched by student, place, year,
   * term and course as written there), the rest left alone and counted unchanged.
   */
  async upsertMany(
    districtId: string,
    credits: readonly TransferCredit[],
  ): Promise<TransferWriteCounts> {
    const counts = { inserted: 0, updated: 0, unchanged: 0 };
    if (credits.length === 0) return counts;
    const stored = await this.ofStudents(districtId, [...new Set(credits.map((c) => c.studentId))]);
    const byKey = new Map<string, TransferCredit>();
    for (const list of stored.values()) for (const c of list) byKey.set(transferCreditKey(c), c);
    for (const credit of credits) {
      const old = byKey.get(transferCreditKey(credit));
      if (!old) {
        await this.db.insertInto('transfer_credit').values(toRow(credit)).execute();
        counts.inserted += 1;
        continue;
      }
      const { id: _id, created_at: _at, created_by: _by, ...fresh } = toRow(credit);
      const { id: _oid, created_at: _oat, created_by: _oby, ...before } = toRow(old);
      if (JSON.stringify(fresh) === JSON.stringify(before)) {
        counts.unchanged += 1;
        continue;
      }
      await this.db
        .updateTable('transfer_credit')
        .set({ ...fresh, updated_at: new Date() })
        .where('district_id', '=', districtId)
        .where('student_id', '=', old.studentId)
        .where('id', '=', old.id)
        .execute();
      counts.updated += 1;
    }
    return counts;
  }

  async remove(districtId: string, studentId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('transfer_credit')
      .where('district_id', '=', districtId)
      .where('student_id', '=', studentId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}

function toRow(c: TransferCredit) {
  return {
    district_id: c.districtId,
    student_id: c.studentId,
    id: c.id,
    kind: c.kind,
    earned_at_name: c.earnedAt.name,
    earned_at_key: institutionKey(c.earnedAt.name),
    earned_at_state: c.earnedAt.state,
    earned_at_id: c.earnedAt.institutionId,
    course_title: c.course.title,
    course_code: c.course.code,
    course_key: courseKeyThere(c.course),
    sced_code: c.course.scedCode,
    course_flags: c.flags,
    school_year: c.schoolYear,
    term: c.term,
    credits_attempted: c.creditsAttempted,
    credits_earned: c.creditsEarned,
    grade: c.grade,
    result: c.result,
    counts_as: c.countsAs.kind,
    counts_as_code:
      c.countsAs.kind === 'course'
        ? c.countsAs.code
        : c.countsAs.kind === 'sced'
          ? c.countsAs.scedCode
          : null,
    created_by: c.createdBy,
    created_at: c.createdAt,
  };
}

function fromRow(r: Selectable<TransferCreditTable>): TransferCredit {
  const countsAs: CountsAs =
    r.counts_as === 'course'
      ? { kind: 'course', code: r.counts_as_code! }
      : r.counts_as === 'sced'
        ? { kind: 'sced', scedCode: r.counts_as_code! }
        : { kind: 'elective' };
  return {
    id: r.id,
    districtId: r.district_id,
    studentId: r.student_id,
    kind: r.kind as TransferKind,
    earnedAt: { name: r.earned_at_name, state: r.earned_at_state, institutionId: r.earned_at_id },
    course: { title: r.course_title, code: r.course_code, scedCode: r.sced_code },
    flags: r.course_flags ?? null,
    schoolYear: r.school_year,
    term: r.term,
    creditsAttempted: Number(r.credits_attempted),
    creditsEarned: Number(r.credits_earned),
    grade: r.grade,
    result: r.result as TransferResult,
    countsAs,
    createdBy: r.created_by,
    createdAt: new Date(r.created_at),
  };
}
