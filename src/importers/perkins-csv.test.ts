import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TPerkinsReport } from '../contracts/perkins.ts';
import { perkinsToCsv } from './perkins-csv.ts';
import { loadPerkinsProfile } from './perkins-profile-file.ts';

const report: TPerkinsReport = {
  year: 2026,
  profile: 'federal',
  threshold: 10,
  programs: [{ key: 'nursing', title: { en: '=HYPERLINK("x")', es: '=HYPERLINK("x")' } }],
  rows: [
    {
      level: 'district',
      orgId: 'rusd',
      orgName: 'Riverside',
      programKey: 'nursing',
      programTitle: '=HYPERLINK("x")',
      group: 'all',
      measure: 'participants',
      cell: { value: 120 },
    },
    {
      level: 'district',
      orgId: 'rusd',
      orgName: 'Riverside',
      programKey: 'nursing',
      programTitle: '=HYPERLINK("x")',
      group: 'gender:X',
      measure: 'participants',
      cell: { suppressed: true },
    },
    {
      level: 'district',
      orgId: 'rusd',
      orgName: 'Riverside',
      programKey: 'nursing',
      programTitle: '=HYPERLINK("x")',
      group: 'all',
      measure: '1S1',
      cell: { notAvailable: true },
    },
  ],
};

describe('Perkins state submission CSV', () => {
  it('writes one row per organization × program × group × measure, safe from formulas', () => {
    const csv = perkinsToCsv(report);
    // A byte-order mark first, so Excel reads accented names as written.
    expect(csv.startsWith('\uFEFFschool_year,')).toBe(true);
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(
      'school_year,profile,level,org_id,org_name,program_id,program_title,group,measure,value',
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[1]!.endsWith(',participants,120')).toBe(true);
    expect(lines[2]!.endsWith(',gender:X,participants,< 10')).toBe(true);
    expect(lines[3]!.endsWith(',1S1,NA')).toBe(true);
  });
});

describe('loadPerkinsProfile', () => {
  it('knows the built-in names and refuses others plainly', () => {
    expect(loadPerkinsProfile('texas-like').completer?.minCredits).toBe(4);
    expect(() => loadPerkinsProfile('ohio')).toThrow(/No Perkins profile is named ohio/);
  });
  it('reads a profile file, naming file:line:column of a mistake', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perkins-'));
    const good = path.join(dir, 'state.json');
    fs.writeFileSync(
      good,
      JSON.stringify({
        id: 'state',
        title: { en: 'S', es: 'S' },
        description: { en: 'D', es: 'D' },
        participant: { minCourses: 1 },
        concentrator: { minCourses: 3, minCredits: 3 },
        suppression: { threshold: 5 },
      }),
    );
    expect(loadPerkinsProfile(good)).toMatchObject({
      concentrator: { minCourses: 3 },
      scope: 'program',
    });
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(
      bad,
      '{\n  "id": "bad",\n  "title": { "en": "B", "es": "B" },\n  "description": { "en": "D", "es": "D" },\n  "participant": { "minCourses": 0 },\n  "concentrator": { "minCourses": 2 }\n}\n',
    );
    expect(() => loadPerkinsProfile(bad)).toThrow(/bad\.json:5:\d+: participant\.minCourses/);
  });
});
