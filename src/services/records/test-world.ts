/** A district with two schools (ids of the demo region, whose catalog the runtime can seed). */
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { createOrg } from '../accounts/manage-orgs.ts';

export async function recordsWorld(runtime: Runtime): Promise<void> {
  const deps = runtime.accounts.deps;
  await createOrg(deps, CLI, { id: 'state', kind: 'state', name: 'State' });
  for (const [district, schools] of [
    ['rusd', ['rhs', 'cvhs']],
    ['other', ['other-high']],
  ] as const) {
    await createOrg(deps, CLI, {
      id: district,
      kind: 'district',
      name: district,
      parentId: 'state',
    });
    for (const school of schools)
      await createOrg(deps, CLI, { id: school, kind: 'school', name: school, parentId: district });
  }
}

export const ROSTER_HEADER =
  'student_id,school_id,first_name,last_name,email,grade_level,graduation_year';
export const TRANSCRIPT_HEADER =
  'student_id,school_id,school_year,term,course_code,course_title,sced_code,credits_attempted,credits_earned,letter_grade,result';

export const csv = (header: string, rows: string[]) => `${[header, ...rows].join('\n')}\n`;
