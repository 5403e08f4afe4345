import { describe, expect, it } from 'vitest';
import { csvLine } from '../../importers/csv-line.ts';
import { parseRosterCsv } from '../../importers/roster-csv.ts';
import { parseTranscriptCsv } from '../../importers/transcript-csv.ts';
import { GENERATED_ROSTER_HEADER, generateStudents } from './generate-students.ts';
import { TRANSCRIPT_HEADER } from './test-world.ts';

const options = { count: 600, seed: 7, schools: ['rhs', 'cvhs'], currentYear: 2026 };

describe('generateStudents', () => {
  const students = [...generateStudents(options)];

  it('is the same for the same seed, and differs for another', () => {
    expect([...generateStudents({ ...options, count: 20 })]).toEqual(students.slice(0, 20));
    expect([...generateStudents({ ...options, count: 20, seed: 8 })]).not.toEqual(
      students.slice(0, 20),
    );
  });

  it('writes files the importers accept without a single problem', () => {
    const roster = parseRosterCsv({
      name: 's.csv',
      text: `${GENERATED_ROSTER_HEADER.join(',')}\n${students.map((s) => csvLine(s.roster)).join('')}`,
    });
    expect(roster.issues).toEqual([]);
    expect(roster.rows).toHaveLength(600);
    const girls = roster.rows.filter((r) => r.facts.gender === 'F').length;
    expect(girls / 600).toBeGreaterThan(0.4);
    expect(girls / 600).toBeLessThan(0.58);
    expect(roster.rows.some((r) => r.facts.credential_earned === 'Y')).toBe(true);
    const transcript = parseTranscriptCsv({
      name: 't.csv',
      text: `${TRANSCRIPT_HEADER}\n${students.flatMap((s) => s.attempts.map((a) => csvLine(a))).join('')}`,
    });
    expect(transcript.issues.slice(0, 3)).toEqual([]);
  });

  it('has grades 9–12, failures, retakes, transfers and about one in ten off track', () => {
    const grades = new Set(students.map((s) => s.roster[5]));
    expect([...grades].sort()).toEqual(['10', '11', '12', '9']);
    const offTrack = students.filter((s) => s.offTrack).length / students.length;
    expect(offTrack).toBeGreaterThan(0.06);
    expect(offTrack).toBeLessThan(0.14);
    const rows = students.flatMap((s) => s.attempts);
    expect(rows.some((r) => r[10] === 'fail')).toBe(true);
    expect(rows.some((r) => r[3] === 'summer' && r[10] === 'pass')).toBe(true);
    expect(rows.some((r) => r[10] === 'in_progress')).toBe(true);
    expect(
      students.some((s) => s.transferred && s.attempts.some((a) => a[1] !== s.roster[1])),
    ).toBe(true);
  });
});
