import { describe, expect, it } from 'vitest';
import { ZProgramFile, type TText } from '../../contracts/program.ts';
import { exitPoints } from '../../domain/program/exit-points.ts';
import {
  builtInProfile,
  validateProgram,
  type Finding,
} from '../../domain/program/validate-program.ts';
import { nccf16 } from '../frameworks/nccf-16/framework.ts';
import { shippedOccupationEntry } from '../occupations/occupation-entries.ts';
import { shippedPathwayCodes } from '../occupations/occupation-pathways.ts';
import { demoCatalog, demoPrograms } from './index.ts';

const knownPathways = nccf16.clusters.flatMap((c) => c.pathways.map((p) => p.code));
const show = (findings: Finding[]) =>
  findings.map((f) => `${f.severity} ${f.rule} at ${f.path}: ${f.message.en}`).join('\n');

/**
 * Occupations outside the program's pathway in the shipped occupation data (O*NET's crosswalk and
 * Wayfinder's links, as saves and `wayfinder validate` check them), kept on purpose: each is a
 * real step of the career path the program leads to. They are warnings, which approval allows.
 */
const CROSS_PATHWAY_OCCUPATIONS: Record<string, string[]> = {
  // A first IT job after high school (help desk, with CompTIA Tech+) is user support, which the
  // framework files under Information Support & Services (11-01), the software pathway's sibling.
  'riverside-software-development': ['15-1232.00'],
};

describe('demo region', () => {
  it('has one district, two high schools, a college, a university and three employers', () => {
    const count = (kind: string) => demoCatalog.institutions.filter((i) => i.kind === kind).length;
    expect({
      district: count('district'),
      high_school: count('high_school'),
      college: count('college'),
      university: count('university'),
      employer: count('employer'),
    }).toEqual({ district: 1, high_school: 2, college: 1, university: 1, employer: 3 });
    const district = demoCatalog.institutions.find((i) => i.kind === 'district');
    for (const hs of demoCatalog.institutions.filter((i) => i.kind === 'high_school'))
      expect(hs.parentId).toBe(district?.id);
  });

  it('gives every catalog entry an id of its own across the whole catalog', () => {
    const ids = [
      ...demoCatalog.institutions,
      ...demoCatalog.courses,
      ...demoCatalog.creditAgreements,
      ...demoCatalog.credentials,
    ].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has six programs in six different clusters', () => {
    expect(demoPrograms).toHaveLength(6);
    expect(new Set(demoPrograms.map((p) => p.id)).size).toBe(6);
    expect(new Set(demoPrograms.map((p) => p.program.pathwayCode.slice(0, 2))).size).toBe(6);
  });

  it('writes every text in English and Spanish', () => {
    const texts: Array<[string, TText]> = [
      ...demoCatalog.courses.map((c): [string, TText] => [c.id, c.title]),
      ...demoCatalog.credentials.map((c): [string, TText] => [c.id, c.title]),
      ...demoPrograms.flatMap(({ id, program }) => [
        [id, program.title] as [string, TText],
        ...program.steps.flatMap((s) =>
          s.workBasedLearning.map((w): [string, TText] => [`${id} ${s.level}`, w.title]),
        ),
      ]),
    ];
    expect(texts.filter(([, text]) => !text.es?.trim()).map(([where]) => where)).toEqual([]);
  });

  it('uses every catalog entry in some program', () => {
    const placed = new Set(demoPrograms.flatMap((p) => p.program.steps.flatMap((s) => s.courses)));
    const earned = new Set(
      demoPrograms.flatMap((p) => p.program.steps.flatMap((s) => s.credentials)),
    );
    // A college course that a high school course earns credit for need not be listed again.
    const credited = new Set(demoCatalog.creditAgreements.map((a) => a.postsecondaryCourseId));
    expect(demoCatalog.courses.filter((c) => !placed.has(c.id) && !credited.has(c.id))).toEqual([]);
    expect(demoCatalog.credentials.filter((c) => !earned.has(c.id))).toEqual([]);
    expect(
      demoCatalog.creditAgreements.filter((a) =>
        a.credentialId !== undefined
          ? !earned.has(a.credentialId)
          : !placed.has(a.secondaryCourseId ?? ''),
      ),
    ).toEqual([]);
  });

  describe.each(demoPrograms)('$id', ({ id, program }) => {
    const file = { id, program, catalog: demoCatalog };

    it('is a valid program file', () => {
      const parsed = ZProgramFile.safeParse(file);
      expect(parsed.success, parsed.error?.message).toBe(true);
    });

    it('passes every program-of-study rule without errors or warnings', () => {
      const findings = validateProgram(file, { knownPathways });
      expect(findings, show(findings)).toEqual([]);
    });

    it('ties each exit point to credentials and to jobs at its level (federal profile)', () => {
      const credentials = new Map(demoCatalog.credentials.map((c) => [c.id, c]));
      const points = exitPoints(program, (c) => credentials.get(c), shippedOccupationEntry);
      // High school graduation, then at least one postsecondary exit below the final one.
      expect(points.length).toBeGreaterThanOrEqual(2);
      expect(points[0]!.step.level).toBe('grade-12');
      for (const point of points) {
        expect(point.credentials.length, point.step.level).toBeGreaterThan(0);
        expect(point.occupations.length, point.step.level).toBeGreaterThan(0);
      }
      const findings = validateProgram(file, {
        knownPathways,
        profile: builtInProfile('federal'),
        occupationEntryOf: shippedOccupationEntry,
      });
      const exits = findings.filter((f) => /exit/.test(f.rule));
      expect(exits, show(exits)).toEqual([]);
    });

    it('leads to occupations of its pathway (justified exceptions aside)', () => {
      const findings = validateProgram(file, {
        knownPathways,
        pathwayCodesOf: shippedPathwayCodes,
      });
      const allowed = CROSS_PATHWAY_OCCUPATIONS[id] ?? [];
      const flagged = program.occupations
        .filter((_, i) => findings.some((f) => f.path === `program.occupations[${i}]`))
        .map((o) => o.soc);
      expect(flagged).toEqual(allowed);
      const others = findings.filter((f) => f.rule !== 'pos.occupations-fit-pathway');
      expect(others, show(others)).toEqual([]);
    });
  });
});
