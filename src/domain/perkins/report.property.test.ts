import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TPerkinsRow } from '../../contracts/perkins.ts';
import { attempt } from '../requirements/test-factories.ts';
import { countStudents, type PerkinsStudent } from './aggregate.ts';
import { PERKINS_PROFILES } from './profiles.ts';
import { buildReport } from './report.ts';
import { atLeast, studentStatuses, type CteCourseFacts } from './status.ts';

const LEVELS = ['introductory', 'intermediate', 'capstone', 'Level 3', null];
const catalog = new Map<string, CteCourseFacts>(
  Array.from({ length: 8 }, (_, i) => [
    `C${i}`,
    { groups: i === 7 ? ['p0', 'p1'] : [`p${i % 3}`], levelName: LEVELS[i % LEVELS.length]! },
  ]),
);
const SCHOOLS: Record<string, string[]> = { d1: ['s1', 's2', 's3'], d2: ['s4'] };

const arbStudent = fc.record({
  district: fc.constantFrom('d1', 'd2'),
  schoolPick: fc.nat({ max: 2 }),
  attempts: fc.array(
    fc.record({
      code: fc.constantFrom(...catalog.keys(), 'ENG'),
      schoolYear: fc.integer({ min: 2023, max: 2027 }),
      result: fc.constantFrom('pass', 'pass', 'pass', 'fail', 'withdrawn', 'in_progress' as const),
      credits: fc.constantFrom(0.5, 1, 2),
    }),
    { maxLength: 8 },
  ),
  gender: fc.constantFrom('F', 'M', undefined),
  el: fc.constantFrom('Y', 'N', undefined),
  facts: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
});

const indexes = new WeakMap<TPerkinsRow[], Map<string, TPerkinsRow['cell']>>();
function cell(rows: TPerkinsRow[], org: string, program: string, group: string, measure: string) {
  let index = indexes.get(rows);
  if (!index) {
    index = new Map(
      rows.map((r) => [`${r.orgId}|${r.programKey}|${r.group}|${r.measure}`, r.cell]),
    );
    indexes.set(rows, index);
  }
  // An organization with no student in a program is not listed for it: a published zero.
  return index.get(`${org}|${program}|${group}|${measure}`) ?? { value: 0 };
}

describe('Perkins counts, for any students', () => {
  it('nest, add up from schools to districts to the state, and suppression reveals nothing', () => {
    fc.assert(
      fc.property(
        fc.array(arbStudent, { maxLength: 60 }),
        fc.constantFrom(...PERKINS_PROFILES.keys()),
        fc.integer({ min: 1, max: 12 }),
        (drawn, profileName, threshold) => {
          const profile = PERKINS_PROFILES.get(profileName)!;
          const students: PerkinsStudent[] = drawn.map((d) => {
            const schools = SCHOOLS[d.district]!;
            const statuses = studentStatuses(
              profile,
              d.attempts.map((a) =>
                attempt(a.code, {
                  schoolYear: a.schoolYear,
                  result: a.result,
                  creditsAttempted: a.credits,
                }),
              ),
              catalog,
              2026,
            );
            return {
              districtId: d.district,
              schoolId: schools[d.schoolPick % schools.length]!,
              groups: [
                ...(d.gender ? [`gender:${d.gender}`] : []),
                ...(d.el ? [`english_learner:${d.el}`] : []),
              ],
              statuses,
              dualCredit: d.facts[0]!,
              credential: d.facts[1]!,
              workBasedLearning: d.facts[2]!,
              graduated: d.facts[3]!,
            };
          });
          for (const s of students)
            for (const status of s.statuses.values())
              expect(atLeast(status, 'participant')).toBe(true);
          const counts = countStudents(students);
          for (const r of counts) {
            expect(r.concentrators).toBeLessThanOrEqual(r.participants);
            expect(r.completers).toBeLessThanOrEqual(r.concentrators);
            for (const n of [r.credential, r.dualCredit, r.workBasedLearning, r.graduated])
              expect(n).toBeLessThanOrEqual(r.concentrators);
          }
          const report = buildReport({
            rows: counts,
            scope: { level: 'state', id: 'st', name: 'State' },
            districts: new Map(
              Object.entries(SCHOOLS).map(([d, list]) => [
                d,
                { name: d, schools: new Map(list.map((s) => [s, s])) },
              ]),
            ),
            programTitles: new Map(),
            unavailable: new Map([['d2', new Set(['5S3' as const])]]),
            threshold,
          });
          // Unsuppressed: with a threshold of 1, every number is shown and sums exactly.
          const open = buildReport({
            rows: counts,
            scope: { level: 'state', id: 'st', name: 'State' },
            districts: new Map(
              Object.entries(SCHOOLS).map(([d, list]) => [
                d,
                { name: d, schools: new Map(list.map((s) => [s, s])) },
              ]),
            ),
            programTitles: new Map(),
            unavailable: new Map(),
            threshold: 0,
          });
          const num = (c: TPerkinsRow['cell']) => ('value' in c ? c.value : NaN);
          const keys = new Set(open.map((r) => `${r.programKey}|${r.group}|${r.measure}`));
          for (const k of keys) {
            const [program, group, measure] = k.split('|') as [string, string, string];
            const at = (org: string) => num(cell(open, org, program, group, measure));
            for (const [d, list] of Object.entries(SCHOOLS))
              expect(list.reduce((n, s) => n + at(s), 0)).toBe(at(d));
            expect(at('d1') + at('d2')).toBe(at('st'));
          }
          for (const r of report) {
            if ('value' in r.cell) expect(r.cell.value).toBeGreaterThanOrEqual(threshold);
            // "< N" only on a cell that is under N; a complementary one may be any size.
            if ('suppressed' in r.cell && !r.cell.complementary)
              expect(num(cell(open, r.orgId, r.programKey, r.group, r.measure))).toBeLessThan(
                threshold,
              );
            if (r.orgId === 'd2' || r.orgId === 's4')
              expect('notAvailable' in r.cell).toBe(r.measure === '5S3');
          }
          // No relation (schools → district, districts → state) has exactly one hidden cell.
          const hidden = (org: string, program: string, group: string, measure: string) =>
            'suppressed' in cell(report, org, program, group, measure);
          for (const k of keys) {
            const [program, group, measure] = k.split('|') as [string, string, string];
            const sets = [
              ['st', 'd1', 'd2'],
              ['d1', ...SCHOOLS.d1!],
              ['d2', ...SCHOOLS.d2!],
            ];
            for (const set of measure === '5S3' ? sets.slice(1, 2) : sets)
              expect(set.filter((o) => hidden(o, program, group, measure)).length).not.toBe(1);
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
