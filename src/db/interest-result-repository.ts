/**
 * Students' saved interest results and saved items (tables of migrations 0014–0015), and the one
 * query that finds the programs of study a student's own school and district offer.
 */
import { sql, type Kysely } from 'kysely';
import type { PartialLocalizedText } from './occupations-schema.ts';
import type { DB } from './schema.ts';

export interface InterestResultRecord {
  id: string;
  districtId: string;
  studentId: string;
  form: number;
  answers: Record<string, number>;
  scores: Record<string, number>;
  code: string;
  takenAt: Date;
}

export interface SavedItemRecord {
  kind: string;
  ref: string;
  savedAt: Date;
}

export class InterestResultRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(result: InterestResultRecord): Promise<void> {
    await this.db
      .insertInto('interest_result')
      .values({
        id: result.id,
        district_id: result.districtId,
        student_id: result.studentId,
        form: result.form,
        answers: JSON.stringify(result.answers),
        scores: JSON.stringify(result.scores),
        code: result.code,
        taken_at: result.takenAt,
      })
      .execute();
  }

  /** A student's results, newest first. */
  async list(districtId: string, studentId: string): Promise<InterestResultRecord[]> {
    const rows = await this.db
      .selectFrom('interest_result')
      .selectAll()
      .where('district_id', '=', districtId)
      .where('student_id', '=', studentId)
      .orderBy('taken_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      districtId: r.district_id,
      studentId: r.student_id,
      form: r.form,
      answers: r.answers,
      scores: r.scores,
      code: r.code,
      takenAt: r.taken_at,
    }));
  }

  /** Saves an item to the student's list; saving it again keeps the first date. */
  async saveItem(
    districtId: string,
    studentId: string,
    item: { kind: string; ref: string; savedAt: Date },
  ): Promise<void> {
    await this.db
      .insertInto('saved_item')
      .values({
        district_id: districtId,
        student_id: studentId,
        kind: item.kind,
        ref: item.ref,
        saved_at: item.savedAt,
      })
      .onConflict((oc) => oc.columns(['district_id', 'student_id', 'kind', 'ref']).doNothing())
      .execute();
  }

  async removeItem(districtId: string, studentId: string, kind: string, ref: string) {
    const result = await this.db
      .deleteFrom('saved_item')
      .where('district_id', '=', districtId)
      .where('student_id', '=', studentId)
      .where('kind', '=', kind)
      .where('ref', '=', ref)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async listItems(districtId: string, studentId: string): Promise<SavedItemRecord[]> {
    const rows = await this.db
      .selectFrom('saved_item')
      .select(['kind', 'ref', 'saved_at'])
      .where('district_id', '=', districtId)
      .where('student_id', '=', studentId)
      .orderBy('saved_at', 'desc')
      .orderBy('kind')
      .orderBy('ref')
      .execute();
    return rows.map((r) => ({ kind: r.kind, ref: r.ref, savedAt: r.saved_at }));
  }

  /**
   * Approved programs of study, on these pathways, that one of these institutions offers (owns or
   * partners in). Today account organizations and program institutions share ids where they are
   * the same school or district; this is the one place to change when they are unified.
   */
  async programsOfferedBy(
    frameworkId: string,
    institutionIds: string[],
    pathwayCodes: string[],
  ): Promise<{ id: string; title: PartialLocalizedText; pathwayCode: string }[]> {
    if (institutionIds.length === 0 || pathwayCodes.length === 0) return [];
    const rows = await this.db
      .selectFrom('program as p')
      .innerJoin('program_version as v', 'v.program_id', 'p.id')
      .select(['p.id', 'v.title', 'p.pathway_code'])
      .where('v.status', '=', 'approved')
      .where('p.framework_id', '=', frameworkId)
      .where('p.pathway_code', 'in', pathwayCodes)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('program_institution as pi')
            .select(sql`1`.as('one'))
            .whereRef('pi.program_id', '=', 'p.id')
            .where('pi.institution_id', 'in', institutionIds),
        ),
      )
      .orderBy('p.pathway_code')
      .orderBy('p.id')
      .limit(100)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      title: r.title as PartialLocalizedText,
      pathwayCode: r.pathway_code,
    }));
  }

  /** Titles of occupations and approved programs, by code or id, to name saved items. */
  async titles(
    kind: 'occupation' | 'program',
    refs: string[],
  ): Promise<Map<string, PartialLocalizedText>> {
    if (refs.length === 0) return new Map();
    if (kind === 'occupation') {
      const rows = await this.db
        .selectFrom('occupation')
        .select(['code', 'title'])
        .where('code', 'in', refs)
        .execute();
      return new Map(rows.map((r) => [r.code, r.title]));
    }
    const rows = await this.db
      .selectFrom('program_version')
      .select(['program_id', 'title'])
      .where('program_id', 'in', refs)
      .where('status', '=', 'approved')
      .execute();
    return new Map(rows.map((r) => [r.program_id, r.title as PartialLocalizedText]));
  }
}
