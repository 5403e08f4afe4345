/** Learning plans: the plan row, its versions (kept whole) and the sign-offs per version. */
import type { Kysely } from 'kysely';
import type { PlanBody } from '../domain/plans/start-plan.ts';
import type { DB } from './schema.ts';

export interface PlanHead {
  currentVersion: number;
  reviewedAt: Date | null;
}
export interface PlanVersion {
  version: number;
  body: PlanBody;
  createdBy: string | null;
  createdAt: Date;
}
export interface PlanSignature {
  version: number;
  role: 'student' | 'guardian' | 'counselor';
  signerId: string;
  signedAt: Date;
  lang: 'en' | 'es';
}

export class PlanRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The plan row; with `lock`, held until the transaction ends (edits and sign-offs serialize). */
  async head(districtId: string, studentId: string, lock = false): Promise<PlanHead | undefined> {
    let query = this.db
      .selectFrom('learning_plan')
      .select(['current_version', 'reviewed_at'])
      .where('district_id', '=', districtId)
      .where('student_id', '=', studentId);
    if (lock) query = query.forUpdate();
    const row = await query.executeTakeFirst();
    return row ? { currentVersion: row.current_version, reviewedAt: row.reviewed_at } : undefined;
  }

  async versions(districtId: string, studentId: string): Promise<PlanVersion[]> {
    const rows = await this.db
      .selectFrom('learning_plan_version')
      .select(['version', 'body', 'created_by', 'created_at'])
      .where('district_id', '=', districtId)
      .where('student_id', '=', studentId)
      .orderBy('version')
      .execute();
    return rows.map((r) => ({
      version: r.version,
      body: r.body as PlanBody,
      createdBy: r.created_by,
      createdAt: r.created_at,
    }));
  }

  async signatures(districtId: string, studentId: string): Promise<PlanSignature[]> {
    const rows = await this.db
      .selectFrom('learning_plan_signature')
      .selectAll()
      .where('district_id', '=', districtId)
      .where('student_id', '=', studentId)
      .orderBy('signed_at')
      .execute();
    return rows.map((r) => ({
      version: r.version,
      role: r.role as PlanSignature['role'],
      signerId: r.signer_id,
      signedAt: r.signed_at,
      lang: r.lang as PlanSignature['lang'],
    }));
  }

  /** Writes a version (a new one, or the unsigned current one again) and makes it current. */
  async saveVersion(
    districtId: string,
    studentId: string,
    version: number,
    body: PlanBody,
    by: string | null,
  ): Promise<void> {
    await this.db
      .insertInto('learning_plan')
      .values({ district_id: districtId, student_id: studentId, current_version: version })
      .onConflict((oc) =>
        oc.columns(['district_id', 'student_id']).doUpdateSet({ current_version: version }),
      )
      .execute();
    await this.db
      .insertInto('learning_plan_version')
      .values({
        district_id: districtId,
        student_id: studentId,
        version,
        body: JSON.stringify(body),
        created_by: by,
      })
      .onConflict((oc) =>
        oc
          .columns(['district_id', 'student_id', 'version'])
          .doUpdateSet({ body: JSON.stringify(body), created_by: by, created_at: new Date() }),
      )
      .execute();
  }

  async sign(districtId: string, studentId: string, s: PlanSignature): Promise<void> {
    await this.db
      .insertInto('learning_plan_signature')
      .values({
        district_id: districtId,
        student_id: studentId,
        version: s.version,
        role: s.role,
        signer_id: s.signerId,
        signed_at: s.signedAt,
        lang: s.lang,
      })
      .onConflict((oc) =>
        oc.columns(['district_id', 'student_id', 'version', 'role']).doUpdateSet({
          signer_id: s.signerId,
          signed_at: s.signedAt,
          lang: s.lang,
        }),
      )
      .execute();
  }

  async markReviewed(districtId: string, studentId: string, at: Date): Promise<void> {
    await this.db
      .updateTable('learning_plan')
      .set({ reviewed_at: at })
      .where('district_id', '=', districtId)
      .where('student_id', '=', studentId)
      .execute();
  }
}
