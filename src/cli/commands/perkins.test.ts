import { describe, expect, it } from 'vitest';
import type { TPerkinsReport } from '../../contracts/perkins.ts';
import { formatFunnel } from './perkins.ts';

type Row = TPerkinsReport['rows'][number];
const row = (
  level: Row['level'],
  orgId: string,
  programKey: string,
  measure: Row['measure'],
  cell: Row['cell'],
  group = 'all',
): Row => ({
  level,
  orgId,
  orgName: orgId,
  programKey,
  programTitle: programKey === '*' ? '*' : 'Nursing',
  group,
  measure,
  cell,
});
const report = (rows: Row[]): TPerkinsReport => ({
  year: 2026,
  profile: 'federal',
  threshold: 10,
  programs: [{ key: 'nursing', title: { en: 'Nursing', es: 'Enfermería' } }],
  rows,
});

describe('wayfinder perkins --format text', () => {
  const rows = [
    row('district', 'd1', '*', 'participants', { value: 40 }),
    row('district', 'd1', '*', 'concentrators', { value: 12 }),
    row('district', 'd1', '*', 'completers', { suppressed: true }),
    row('district', 'd1', '*', '5S1', { notAvailable: true }),
    row('district', 'd1', 'nursing', 'participants', { value: 15 }),
    row('district', 'd1', 'nursing', 'concentrators', { suppressed: true }),
    row('district', 'd1', 'nursing', 'completers', { value: 3 }),
    row('district', 'd1', 'nursing', '5S1', { value: 0 }),
    row('school', 's1', '*', 'participants', { value: 99 }),
    row('district', 'd1', '*', 'participants', { value: 7 }, 'gender:F'),
  ];

  it('prints the funnel of the top organization, all students, one line per program', () => {
    expect(formatFunnel(report(rows))).toBe(
      [
        'Perkins V 2025–26, profile federal',
        '  All CTE: participants 40 → concentrators 12 → completers <10 → 5S1 n/a',
        '  Nursing: participants 15 → concentrators <10 → completers 3 → 5S1 0',
        '',
      ].join('\n'),
    );
  });

  it('says n/a for completers when the profile has no completer rule', () => {
    const text = formatFunnel(report(rows), false);
    expect(text).toContain(
      'All CTE: participants 40 → concentrators 12 → completers n/a → 5S1 n/a',
    );
    expect(text).toContain('Nursing: participants 15 → concentrators <10 → completers n/a → 5S1 0');
  });

  it('says the funnel in Spanish with --lang es, each program by its Spanish title', () => {
    expect(formatFunnel(report(rows), false, 'es')).toBe(
      [
        'Perkins V 2025–26, perfil federal',
        '  Toda la CTE: participantes 40 → concentradores 12 → completadores n/d → 5S1 n/d',
        '  Enfermería: participantes 15 → concentradores <10 → completadores n/d → 5S1 0',
        '',
      ].join('\n'),
    );
  });

  it('shows the state when the report has one, not its districts', () => {
    const text = formatFunnel(
      report([
        row('state', 'st', '*', 'participants', { value: 250 }),
        row('district', 'd1', '*', 'participants', { value: 240 }),
      ]),
    );
    expect(text).toBe('Perkins V 2025–26, profile federal\n  All CTE: participants 250\n');
  });
});
