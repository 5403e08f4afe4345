import { describe, expect, it } from 'vitest';
import type { TProgramBody } from '../../contracts/program.ts';
import { demoCatalog, demoPrograms } from '../../data/demo/index.ts';
import type { ProgramVersionRecord } from '../../db/program-repository.ts';
import type { LaborFacts } from './deps.ts';
import { occupationLookups } from './occupation-entries.ts';
import { presentDetail } from './present-program.ts';

const welding = demoPrograms.find((p) => p.id === 'riverside-welding-technology')!.program;

function record(body: TProgramBody): ProgramVersionRecord {
  const now = new Date('2026-01-15T00:00:00Z');
  return {
    programId: 'p',
    version: 1,
    status: 'approved',
    title: body.title,
    body,
    findings: [],
    frameworkId: body.frameworkId,
    pathwayCode: body.pathwayCode,
    clusterCode: body.pathwayCode.slice(0, 2),
    ownerId: body.ownerId,
    ownerName: body.ownerId,
    ownerDistrictId: null,
    createdAt: now,
    updatedAt: now,
    submittedAt: now,
    approvedAt: now,
    retiredAt: null,
  };
}

const facts = (entryEducation: string | null, jobZone: number | null): LaborFacts => ({
  medianAnnualWage: 50000,
  wageTopCoded: false,
  growthPct: 1,
  annualOpenings: 100,
  brightOutlook: false,
  jobZone,
  entryEducation,
});

function detail(body: TProgramBody, lang: 'en' | 'es', labor?: Map<string, LaborFacts>) {
  const r = record(body);
  const titles = { cluster: { code: '13', title: 'c' }, pathway: { code: '13-01', title: 'p' } };
  return presentDetail({
    record: r,
    versions: [r],
    catalog: demoCatalog,
    titles,
    lang,
    ...(labor ? { labor } : {}),
  });
}

describe('exit points in the program detail', () => {
  it('gives each exit step its jobs, titled in the page language, and only exit steps', () => {
    const es = detail(welding, 'es');
    const exits = es.steps.filter((s) => s.exitOccupations);
    expect(exits.map((s) => s.level)).toEqual(['grade-12', 'postsecondary-1', 'postsecondary-2']);
    expect(exits[0]!.exitOccupations).toEqual([
      { code: '51-4121.00', title: expect.any(String), titleLang: expect.any(String) },
    ]);
    expect(exits[0]!.exitOccupations![0]!.title).not.toBe(welding.occupations[0]!.title);
    expect(es.steps.find((s) => s.level === 'grade-9')!.exitOccupations).toBeUndefined();
  });

  it('derives the jobs of an untied exit point from the occupation data, which it also shows', async () => {
    const untied = structuredClone(welding);
    for (const o of untied.occupations) delete o.credentialId;
    const labor = new Map([
      ['51-4121.00', facts('High school diploma or equivalent', 2)],
      ['51-4122.00', facts('Postsecondary nondegree award', 2)],
      ['51-1011.00', facts("Associate's degree", 3)],
    ]);
    const en = detail(untied, 'en', labor);
    const jobs = en.steps
      .filter((s) => s.exitOccupations)
      .map((s) => [s.level, s.exitOccupations!.map((o) => o.code)]);
    expect(jobs).toEqual([
      ['grade-12', ['51-4121.00']],
      ['postsecondary-1', ['51-4122.00']],
      ['postsecondary-2', ['51-1011.00']],
    ]);
    expect(en.occupations[0]).toMatchObject({ jobZone: 2, medianAnnualWage: 50000 });
    // The save reads the same facts before its transaction.
    const asked: string[][] = [];
    const { occupationEntryOf: entryOf } = await occupationLookups(
      {
        laborFacts: async (codes) => {
          asked.push(codes);
          return labor;
        },
      },
      [untied],
    );
    expect(asked).toEqual([['51-4121.00', '51-4122.00', '51-1011.00']]);
    expect(entryOf?.('51-1011.00')?.entryEducation).toBe("Associate's degree");
    expect(await occupationLookups({}, [untied])).toEqual({});
  });

  it('reads the pathways of the occupations programs name, by framework, for the occupation-fit rule', async () => {
    const asked: Array<[string, string[]]> = [];
    const links = new Map([
      ['51-4121.00', ['13-03']],
      ['15-1252.00', ['11-03', '11-04']],
    ]);
    const lookups = await occupationLookups(
      {
        occupationPathways: async (codes, frameworkId) => {
          asked.push([frameworkId, codes]);
          return new Map([...links].filter(([code]) => codes.includes(code)));
        },
      },
      [
        { frameworkId: 'nccf-16', occupations: [{ soc: '51-4121', title: 'W', point: 'exit' }] },
        { frameworkId: 'other', occupations: [{ soc: '15-1252.01', title: 'S', point: 'exit' }] },
      ],
    );
    // Each code as named and as its SOC code's .00, the rule's fallback.
    expect(asked).toEqual([
      ['nccf-16', ['51-4121.00']],
      ['other', ['15-1252.01', '15-1252.00']],
    ]);
    const nccf = lookups.pathwayCodesFor!('nccf-16');
    expect(nccf('51-4121')).toEqual(['13-03']);
    expect(nccf('51-4121.00')).toEqual(['13-03']);
    expect(nccf('15-1252.00')).toBeUndefined();
    expect(lookups.pathwayCodesFor!('other')('15-1252.00')).toEqual(['11-03', '11-04']);
    expect(lookups.pathwayCodesFor!('unknown')('51-4121.00')).toBeUndefined();
  });
});

describe('a college course listed in a high school grade', () => {
  it('is marked as college credit earned in high school, and the same course in college is not', async () => {
    const college = welding.steps.find((s) => s.level === 'postsecondary-1')!.courses[0]!;
    const body: TProgramBody = {
      ...welding,
      steps: welding.steps.map((s) =>
        s.level === 'grade-12' ? { ...s, courses: [...s.courses, college] } : s,
      ),
    };
    const { programToPdf } = await import('../../importers/program-pdf.ts');
    const { HAS_PDFTOTEXT, pdfText } = await import('../../../test/pdf-text.ts');
    for (const lang of ['en', 'es'] as const) {
      const view = detail(body, lang);
      const inGrade12 = view.steps
        .find((s) => s.level === 'grade-12')!
        .courses.find((c) => c.id === college)!;
      expect(inGrade12.earlyCredit).toEqual([
        expect.objectContaining({
          type: 'dual_credit',
          credits: inGrade12.credits,
          course: expect.objectContaining({ id: college, code: inGrade12.code }),
          institution: inGrade12.institution,
        }),
      ]);
      const inCollege = view.steps
        .find((s) => s.level === 'postsecondary-1')!
        .courses.find((c) => c.id === college)!;
      expect(inCollege.earlyCredit).toEqual([]);
      if (!HAS_PDFTOTEXT) continue;
      const text = pdfText(await programToPdf(view)).replace(/\s+/g, ' ');
      expect(text).toContain(
        lang === 'en'
          ? 'Dual credit: college course, credit from'
          : 'Crédito dual: curso de educación superior, con créditos universitarios de',
      );
    }
  });
});
