import { describe, expect, it } from 'vitest';
import type { TCell, TPerkinsReport, TPerkinsRow } from '../../contracts/perkins.ts';
import { perkinsReportPath } from './perkins-paths.ts';
import { cellText, reportView } from './report-view.ts';

const row = (
  level: TPerkinsRow['level'],
  orgId: string,
  programKey: string,
  group: string,
  measure: TPerkinsRow['measure'],
  cell: TCell,
): TPerkinsRow => ({
  level,
  orgId,
  orgName: orgId.toUpperCase(),
  programKey,
  programTitle: programKey === '*' ? '*' : `${programKey} (en)`,
  group,
  measure,
  cell,
});

const report: TPerkinsReport = {
  year: 2026,
  profile: 'federal',
  threshold: 10,
  programs: [
    { key: 'weld', title: { en: 'Welding', es: 'Soldadura' } },
    { key: 'acct', title: { en: 'Accounting', es: 'Contabilidad' } },
  ],
  rows: [
    row('state', 'st', 'weld', 'all', 'participants', { value: 40 }),
    row('state', 'st', 'weld', 'gender:F', 'participants', { suppressed: true }),
    row('district', 'd1', 'weld', 'all', 'participants', { value: 30 }),
    row('district', 'd1', 'weld', 'gender:F', 'participants', { value: 12 }),
    row('school', 's1', 'weld', 'all', 'participants', { value: 30 }),
    row('state', 'st', 'weld', 'all', '5S1', { notAvailable: true }),
    row('state', 'st', '*', 'all', 'participants', { value: 55 }),
    row('state', 'st', 'acct', 'all', 'participants', { value: 15 }),
  ],
};

describe('the report page’s view of a Perkins report', () => {
  it('puts all CTE first, then programs by title in the language, the top organization first', () => {
    const view = reportView(report, 'es');
    expect(view.top).toEqual({ level: 'state', id: 'st', name: 'ST' });
    expect(view.programs.map((p) => p.title)).toEqual([undefined, 'Contabilidad', 'Soldadura']);
    const weld = view.programs[2]!;
    expect(weld.orgs.map((o) => o.id)).toEqual(['st', 'd1', 's1']);
    expect(weld.orgs[0]!.cells).toEqual({
      participants: { value: 40 },
      '5S1': { notAvailable: true },
    });
    // Groups are the top organization's only.
    expect(weld.groups).toEqual([
      { group: 'gender:F', cells: { participants: { suppressed: true } } },
    ]);
    expect(view.hasGroups).toBe(true);
    expect(
      reportView({ ...report, rows: report.rows.filter((r) => r.group === 'all') }, 'en'),
    ).toMatchObject({ hasGroups: false });
  });

  it('writes a hidden cell as "< threshold" and a missing one in words, never 0', () => {
    const en = { notAvailable: 'Not available', hidden: 'Hidden' };
    const es = { notAvailable: 'No disponible', hidden: 'Oculto' };
    expect(cellText({ value: 1234 }, 10, 'en', en)).toBe('1,234');
    expect(cellText({ suppressed: true }, 5, 'es', es)).toBe('< 5');
    expect(cellText({ suppressed: true, complementary: true }, 5, 'es', es)).toBe('Oculto');
    expect(cellText({ notAvailable: true }, 10, 'es', es)).toBe('No disponible');
    expect(cellText(undefined, 10, 'en', en)).toBe('Not available');
  });

  it('keeps the settings in the address of either language', () => {
    expect(perkinsReportPath('en')).toBe('/reports/perkins');
    expect(perkinsReportPath('es', { year: 2026, profile: 'texas-like', district: 'rusd' })).toBe(
      '/es/reports/perkins?year=2026&profile=texas-like&district=rusd',
    );
  });
});
