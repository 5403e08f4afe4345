/** Course attempts (transcripts), keyed by district id first; written in batches, idempotently. */
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { chunks } from './roster-repository.ts';

export interface AttemptRow {
  districtId: string;
  studentId: string;
  schoolId: string;
  schoolYear: number;
  term: string;
  courseCode: string;
  courseTitle: string;
  scedCode: string | null;
  creditsAttempted: number;
  creditsEarned: number;
  letterGrade: string | null;
  result: string;
}

export interface CatalogFacts {
  /** The catalog's Spanish title of the course, when it has one. */
  titleEs: string | null;
  cte: boolean;
  pathways: string[];
  dualCredit: boolean;
  advanced: boolean;
}

export class TranscriptRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Upper-case state course codes of the catalog courses of a district and its schools. */
  async catalogCodes(districtId: string): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('course as c')
      .innerJoin('organization as i', 'i.id', 'c.institution_id')
      .select(sql<string | null>`c.doc->>'stateCode'`.as('code'))
      .where((eb) =>
        eb.or([
          eb('i.id', '=', districtId),
          eb('i.district_id', '=', districtId),
          eb('i.parent_id', '=', districtId),
        ]),
      )
      .execute();
    return new Set(rows.flatMap((r) => (r.code ? [r.code.toUpperCase()] : [])));
  }

  /**
   * What the district catalog says of each course code (upper case): CTE or not, its pathways,
   * whether a dual-credit agreement covers it, whether it has a prerequisite (advanced).
   */
  async catalogFacts(districtId: string): Promise<Map<string, CatalogFacts>> {
    const rows = await this.db
      .selectFrom('course as c')
      .innerJoin('organization as i', 'i.id', 'c.institution_id')
      .select([
        'c.kind',
        sql<string | null>`c.doc->>'stateCode'`.as('code'),
        sql<string | null>`nullif(c.doc->'title'->>'es', '')`.as('titleEs'),
        sql<string[] | null>`c.doc->'pathwayCodes'`.as('pathways'),
        sql<number>`coalesce(jsonb_array_length(c.doc->'prerequisites'), 0)`.as('prerequisites'),
        sql<boolean>`exists (select 1 from credit_agreement a where a.secondary_course_id = c.id and a.type = 'dual_credit')`.as(
          'dual',
        ),
      ])
      .where((eb) =>
        eb.or([
          eb('i.id', '=', districtId),
          eb('i.district_id', '=', districtId),
          eb('i.parent_id', '=', districtId),
        ]),
      )
      .execute();
    const facts = new Map<string, CatalogFacts>();
    for (const r of rows) {
      if (!r.code) continue;
      facts.set(r.code.toUpperCase(), {
        titleEs: r.titleEs,
        cte: r.kind === 'cte',
        pathways: r.pathways ?? [],
        dualCredit: Boolean(r.dual),
        advanced: Number(r.prerequisites) > 0,
      });
    }
    return facts;
  }

  /** The attempts of many students of one district, grouped by student id. */
  /**
   * Every attempt of a district in key order, read in keyset pages (a plain streaming read: the
   * benchmark's baseline for the batch check). Yields each page's rows.
   */
  async *scan(districtId: string, pageSize = 10_000): AsyncGenerator<AttemptRow[]> {
    let after: {
      student_id: string;
      school_year: number;
      term: string;
      course_code: string;
      school_id: string;
    } | null = null;
    for (;;) {
      let query = this.db
        .selectFrom('course_attempt')
        .selectAll()
        .where('district_id', '=', districtId);
      if (after) {
        const a = after;
        query = query.where(
          sql<boolean>`(district_id, student_id, school_year, term, course_code, school_id) > (${districtId}, ${a.student_id}, ${a.school_year}, ${a.term}, ${a.course_code}, ${a.school_id})`,
        );
      }
      const rows = await query
        .orderBy('student_id')
        .orderBy('school_year')
        .orderBy('term')
        .orderBy('course_code')
        .orderBy('school_id')
        .limit(pageSize)
        .execute();
      if (rows.length === 0) return;
      yield rows.map(toAttempt);
      after = rows[rows.length - 1]!;
    }
  }

  async ofStudents(
    districtId: string,
    studentIds: readonly string[],
  ): Promise<Map<string, AttemptRow[]>> {
    const grouped = new Map<string, AttemptRow[]>();
    for (const part of chunks(studentIds)) {
      if (part.length === 0) continue;
      const rows = await this.db
        .selectFrom('course_attempt')
        .selectAll()
        .where('district_id', '=', districtId)
        .where('student_id', 'in', part)
        .execute();
      for (const row of rows) {
        const list = grouped.get(row.student_id) ?? [];
        list.push(toAttempt(row));
        grouped.set(row.student_id, list);
      }
    }
    return grouped;
  }

  /**
   * Inserts new attempts and updates changed ones; an attempt already stored as given is left
   * alone. Returns how many were inserted and updated.
   */
  async upsert(rows: readonly AttemptRow[]): Promise<{ inserted: number; updated: number }> {
    let inserted = 0;
    let updated = 0;
    for (const part of chunks(rows, 800)) {
      if (part.length === 0) continue;
      const result = await this.db
        .insertInto('course_attempt')
        .values(
          part.map((r) => ({
            district_id: r.districtId,
            student_id: r.studentId,
            school_id: r.schoolId,
            school_year: r.schoolYear,
            term: r.term,
            course_code: r.courseCode,
            course_title: r.courseTitle,
            sced_code: r.scedCode,
            credits_attempted: r.creditsAttempted,
            credits_earned: r.creditsEarned,
            letter_grade: r.letterGrade,
            result: r.result,
          })),
        )
        .onConflict((oc) =>
          oc
            .columns([
              'district_id',
              'student_id',
              'school_year',
              'term',
              'course_code',
              'school_id',
            ])
            .doUpdateSet((eb) => ({
              course_title: eb.ref('excluded.course_title'),
              sced_code: eb.ref('excluded.sced_code'),
              credits_attempted: eb.ref('excluded.credits_attempted'),
              credits_earned: eb.ref('excluded.credits_earned'),
              letter_grade: eb.ref('excluded.letter_grade'),
              result: eb.ref('excluded.result'),
              updated_at: sql`now()`,
            }))
            .where(
              sql<boolean>`(course_attempt.course_title, course_attempt.sced_code, course_attempt.credits_attempted, course_attempt.credits_earned, course_attempt.letter_grade, course_attempt.result) is distinct from (excluded.course_title, excluded.sced_code, excluded.credits_attempted, excluded.credits_earned, excluded.letter_grade, excluded.result)`,
            ),
        )
        .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
        .execute();
      for (const r of result) {
        if (r.inserted) inserted += 1;
        else updated += 1;
      }
    }
    return { inserted, updated };
  }

  async ofStudent(districtId: string, studentId: string): Promise<AttemptRow[]> {
    const rows = await this.db
      .selectFrom('course_attempt')
      .selectAll()
      .where('district_id', '=', districtId)
      .where('student_id', '=', studentId)
      .orderBy('school_year')
      .orderBy('term')
      .orderBy('course_code')
      .execute();
    return rows.map(toAttempt);
  }
}

export function toAttempt(r: {
  district_id: string;
  student_id: string;
  school_id: string;
  school_year: number;
  term: string;
  course_code: string;
  course_title: string;
  sced_code: string | null;
  credits_attempted: number;
  credits_earned: number;
  letter_grade: string | null;
  result: string;
}): AttemptRow {
  return {
    districtId: r.district_id,
    studentId: r.student_id,
    schoolId: r.school_id,
    schoolYear: r.school_year,
    term: r.term,
    courseCode: r.course_code,
    courseTitle: r.course_title,
    scedCode: r.sced_code,
    creditsAttempted: Number(r.credits_attempted),
    creditsEarned: Number(r.credits_earned),
    letterGrade: r.letter_grade,
    result: r.result,
  };
}
