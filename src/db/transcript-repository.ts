/** Course attempts (transcripts), keyed by district id first; written in batches, idempotently. */
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';
import {
  insertBatch,
  studentsWithAttempts,
  upsertBatch,
  type AttemptBatch,
  type WriteCounts,
} from './attempt-batch.ts';
import { courseCodeKey } from '../domain/requirements/course-code-key.ts';
import { groupedByStudent } from './roster-repository.ts';

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
  /** AP, IB, H, DE as the export flags the course (domain/requirements/course-flags.ts). */
  courseFlags?: string | null;
}

/** The course_attempt columns an import writes, in order (also the Perkins bench's bulk load). */
export const ATTEMPT_COLUMNS = [
  'district_id',
  'student_id',
  'school_id',
  'school_year',
  'term',
  'course_code',
  'course_title',
  'sced_code',
  'credits_attempted',
  'credits_earned',
  'letter_grade',
  'result',
] as const;

/** Attempts per write statement (`attempt-batch.ts`). */
export const UPSERT_BATCH = 5_000;

export interface CatalogFacts {
  /** The catalog's Spanish title of the course, when it has one. */
  titleEs: string | null;
  /** The catalog's SCED code of the course (read by the progress check for transfer credit). */
  scedCode?: string | null;
  cte: boolean;
  pathways: string[];
  dualCredit: boolean;
  advanced: boolean;
}

export class TranscriptRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * The titles of the catalog courses of a district and its schools that have a state course
   * code, in English and Spanish: what a transcript typed from paper names its courses by.
   */
  async catalogTitles(districtId: string): Promise<Array<{ code: string; titles: string[] }>> {
    const rows = await this.db
      .selectFrom('course as c')
      .innerJoin('organization as i', 'i.id', 'c.institution_id')
      .select([
        sql<string>`c.doc->>'stateCode'`.as('code'),
        sql<string | null>`c.doc->'title'->>'en'`.as('en'),
        sql<string | null>`c.doc->'title'->>'es'`.as('es'),
      ])
      .where(sql<boolean>`c.doc->>'stateCode' is not null`)
      .where((eb) =>
        eb.or([
          eb('i.id', '=', districtId),
          eb('i.district_id', '=', districtId),
          eb('i.parent_id', '=', districtId),
        ]),
      )
      .orderBy(sql`c.doc->>'stateCode'`)
      .execute();
    return rows.map((r) => ({
      code: r.code.toUpperCase(),
      titles: [r.en, r.es].filter((t): t is string => !!t),
    }));
  }

  /**
   * The catalog courses of a district and its schools: upper-case state course code, as the
   * catalog spells it (what an import resolves a transcript's spelling to: catalog-resolver.ts)
   * → the course's SCED code (null when the catalog gives none). Compare codes with it by their
   * key (courseCodeKey), as catalog-resolver.ts does.
   */
  async catalogCodes(districtId: string): Promise<Map<string, string | null>> {
    const rows = await this.db
      .selectFrom('course as c')
      .innerJoin('organization as i', 'i.id', 'c.institution_id')
      .select([
        sql<string | null>`c.doc->>'stateCode'`.as('code'),
        sql<string | null>`nullif(c.doc->>'scedCode', '')`.as('sced'),
      ])
      .where((eb) =>
        eb.or([
          eb('i.id', '=', districtId),
          eb('i.district_id', '=', districtId),
          eb('i.parent_id', '=', districtId),
        ]),
      )
      .execute();
    const codes = new Map<string, string | null>();
    for (const r of rows) {
      if (!r.code) continue;
      const code = r.code.toUpperCase();
      if (!codes.get(code)) codes.set(code, r.sced);
    }
    return codes;
  }

  /**
   * What the district catalog says of each course, by the key of its code (courseCodeKey: a
   * transcript's "ENGL101" finds the catalog's "ENGL 101"): CTE or not, its pathways,
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
        sql<string | null>`nullif(c.doc->>'scedCode', '')`.as('sced'),
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
      facts.set(courseCodeKey(r.code), {
        titleEs: r.titleEs,
        scedCode: r.sced,
        cte: r.kind === 'cte',
        pathways: r.pathways ?? [],
        dualCredit: Boolean(r.dual),
        advanced: Number(r.prerequisites) > 0,
      });
    }
    return facts;
  }

  /**
   * Every attempt of a district, a page of students at a time (keyset on the student id, then
   * the page's attempts as one range of the primary key): a plain streaming read, the batch
   * check's baseline in the benchmark, chunked as the batch check is. Yields each page's rows.
   */
  async *scan(districtId: string, studentsPerPage = 1_000): AsyncGenerator<AttemptRow[]> {
    let after: string | null = null;
    for (;;) {
      let query = this.db
        .selectFrom('student')
        .select('user_id')
        .where('district_id', '=', districtId);
      if (after !== null) query = query.where('user_id', '>', after);
      const ids = await query.orderBy('user_id').limit(studentsPerPage).execute();
      if (ids.length === 0) return;
      const first = ids[0]!.user_id;
      after = ids[ids.length - 1]!.user_id;
      yield await this.inStudentRange(districtId, first, after);
    }
  }

  /**
   * The attempts of a district's students whose ids lie from `first` to `last`, in key order
   * (by student): one range of the primary key, however many students it spans.
   */
  async inStudentRange(districtId: string, first: string, last: string): Promise<AttemptRow[]> {
    const rows = await this.db
      .selectFrom('course_attempt')
      .select([...ATTEMPT_COLUMNS, 'course_flags'])
      .where('district_id', '=', districtId)
      .where('student_id', '>=', first)
      .where('student_id', '<=', last)
      .orderBy('student_id')
      .orderBy('school_year')
      .orderBy('term')
      .orderBy('course_code')
      .orderBy('school_id')
      .execute();
    return rows.map(toAttempt);
  }

  /** The attempts of many students of one district, grouped by student id. */
  async ofStudents(
    districtId: string,
    studentIds: readonly string[],
  ): Promise<Map<string, AttemptRow[]>> {
    return groupedByStudent(
      studentIds,
      (part) =>
        this.db
          .selectFrom('course_attempt')
          .selectAll()
          .where('district_id', '=', districtId)
          .where('student_id', 'in', part)
          .execute(),
      toAttempt,
    );
  }

  /** One encoded batch (`encodeAttempts`), upserted. */
  upsertBatch(batch: AttemptBatch): Promise<WriteCounts> {
    return upsertBatch(this.db, batch);
  }

  /** One encoded batch of attempts none of which is stored yet, inserted without conflict checks. */
  insertBatch(batch: AttemptBatch): Promise<WriteCounts> {
    return insertBatch(this.db, batch);
  }

  /** Which of the students (user ids) of the district have at least one stored attempt. */
  studentsWithAttempts(districtId: string, studentIds: readonly string[]): Promise<Set<string>> {
    return studentsWithAttempts(this.db, districtId, studentIds);
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
  course_flags?: string | null;
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
    courseFlags: r.course_flags ?? null,
  };
}
