/**
 * The demo counselor's caseload, made lifelike: transcripts for Riverside Unified's demo students
 * (drawn from the `wayfinder demo students` generator, matched to each student's school and grade;
 * every fourth one from its off-track students, who fail more and do not always make it up),
 * and learning plans for two Riverside High students in three, some signed by the guardian and
 * reviewed by the counselor this school year. Runs once: a district whose demo students already
 * have a transcript is left alone.
 */
import { DEMO_ACCOUNTS, demoRoster } from '../../data/demo/people.ts';
import { DISTRICT, RIVERSIDE_HS } from '../../data/demo/institutions.ts';
import { csvLine } from '../../importers/csv-line.ts';
import { schoolYearOf } from '../../domain/triage/signals.ts';
import { CLI } from '../accounts/caller.ts';
import { startPlan } from '../plans/manage-plan.ts';
import type { RecordsDeps } from '../records/deps.ts';
import { generateStudents, type GeneratedStudent } from '../records/generate-students.ts';
import { importTranscripts } from '../records/import-transcripts.ts';
import { TRANSCRIPT_HEADER } from '../records/test-world.ts';

const RHS_PROGRAMS = [
  'riverside-software-development',
  'riverside-nursing',
  'riverside-accounting',
];

export async function seedDemoCaseload(
  deps: RecordsDeps,
): Promise<{ students: number; plans: number }> {
  const roster = demoRoster();
  const people = [...DEMO_ACCOUNTS, ...roster.students].filter(
    (p) => p.role === 'student' && p.localId && p.grade && p.orgId !== 'lakeview-high',
  );
  const found = await deps.roster.byLocalIds(
    DISTRICT,
    people.map((p) => p.localId!),
  );
  const ids = [...found.values()].map((s) => s.userId);
  if (ids.length === 0 || (await deps.transcripts.ofStudents(DISTRICT, ids)).size > 0)
    return { students: 0, plans: 0 };

  const now = deps.clock();
  const pools = new Map<string, Generator<GeneratedStudent>>();
  const draw = (school: string, grade: number, offTrack: boolean) => {
    let pool = pools.get(school);
    if (!pool) {
      pool = generateStudents({
        count: 1_000_000,
        seed: 2026,
        schools: [school],
        currentYear: schoolYearOf(now),
      });
      pools.set(school, pool);
    }
    // next() by hand: leaving a for…of loop would close the generator.
    for (let next = pool.next(); !next.done; next = pool.next())
      if (Number(next.value.roster[5]) === grade && next.value.offTrack === offTrack)
        return next.value;
    throw new Error('the generator ran dry');
  };
  const lines = [TRANSCRIPT_HEADER];
  people.forEach((p, i) => {
    const drawn = draw(p.orgId, p.grade!, i % 4 === 1);
    for (const row of drawn.attempts) lines.push(csvLine([p.localId!, ...row.slice(1)]).trimEnd());
  });
  await importTranscripts(
    deps,
    CLI,
    { name: 'demo-transcripts.csv', text: `${lines.join('\n')}\n` },
    { districtId: DISTRICT },
  );

  const emails = await deps.roster.usersByEmail([
    'counselor@demo.wayfinder.test',
    ...roster.children.keys(),
  ]);
  const guardianOf = new Map(
    [...roster.children].flatMap(([guardian, kids]) => kids.map((kid) => [kid, guardian])),
  );
  let plans = 0;
  for (const [i, p] of people.entries()) {
    if (p.orgId !== RIVERSIDE_HS || i % 3 === 0) continue;
    const student = found.get(p.localId!)!;
    const plan = await startPlan(deps, CLI, {
      studentId: student.userId,
      programId: RHS_PROGRAMS[i % RHS_PROGRAMS.length]!,
      lang: 'en',
    });
    plans += 1;
    const guardian = emails.get(guardianOf.get(p.email) ?? '');
    if (i % 3 !== 1 || !guardian) continue;
    const signature = { version: plan.version, signedAt: now, lang: 'en' as const };
    await deps.plans.sign(DISTRICT, student.userId, {
      ...signature,
      role: 'guardian',
      signerId: guardian,
    });
    if (i % 2 === 0) {
      await deps.plans.sign(DISTRICT, student.userId, {
        ...signature,
        role: 'counselor',
        signerId: emails.get('counselor@demo.wayfinder.test')!,
      });
      await deps.plans.markReviewed(DISTRICT, student.userId, now);
    }
  }
  return { students: ids.length, plans };
}
