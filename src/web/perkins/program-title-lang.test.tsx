import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { TLang } from '../../contracts/framework.ts';
import type { TPerkinsReport, TPerkinsRow } from '../../contracts/perkins.ts';
import { Results } from './PerkinsReportPage.tsx';
import { reportView } from './report-view.ts';

/** One program with a Spanish title and one written only in English. */
const rows = (key: string): TPerkinsRow[] =>
  (['participants', 'concentrators'] as const).flatMap((measure) =>
    [
      { level: 'district' as const, orgId: 'rusd', orgName: 'Riverside Unified' },
      { level: 'school' as const, orgId: 'rhs', orgName: 'Riverside High' },
    ].map((org) => ({
      ...org,
      programKey: key,
      programTitle: key,
      group: 'all',
      measure,
      cell: { value: 12 },
    })),
  );

const report: TPerkinsReport = {
  year: 2026,
  profile: 'federal',
  threshold: 10,
  programs: [
    { key: 'weld', title: { en: 'Welding Technology', es: 'Tecnología de soldadura' } },
    { key: 'mech', title: { en: 'Mechatronics Fast Track' } },
  ],
  rows: [...rows('weld'), ...rows('mech')],
};

function render(lang: TLang): string {
  return renderToStaticMarkup(
    <MemoryRouter initialEntries={[lang === 'es' ? '/es/reports/perkins' : '/reports/perkins']}>
      <Results report={report} noCompleter={false} profileTitle="Federal" />
    </MemoryRouter>,
  );
}

const markedEnglish = (html: string) =>
  [...html.matchAll(/<span[^>]*\blang="en"[^>]*>([^<]*)</g)].map((m) => m[1]);

describe('program titles on the Perkins report page', () => {
  it('gives each program its title language: Spanish where written, else English', () => {
    const es = reportView(report, 'es').programs.map((p) => [p.title, p.titleLang]);
    expect(es).toEqual([
      ['Mechatronics Fast Track', 'en'],
      ['Tecnología de soldadura', 'es'],
    ]);
    expect(reportView(report, 'en').programs.every((p) => p.titleLang === 'en')).toBe(true);
  });

  it('marks an English-only title lang="en" in the heading, table captions and funnel name on the Spanish page', () => {
    const html = render('es');
    const marked = markedEnglish(html);
    // Heading, the organization table's caption and the funnel's hidden name.
    expect(marked.filter((t) => t === 'Mechatronics Fast Track')).toHaveLength(3);
    expect(marked).not.toContain('Tecnología de soldadura');
    expect(html).toContain('Tecnología de soldadura');
    // The funnel of the English-only program is named by the marked HTML, not an SVG title.
    expect(html).toMatch(/<span id="[^"]*-name" hidden="">[^]*?lang="en"/);
    expect((html.match(/<title /g) ?? []).length).toBe(1);
  });

  it('marks nothing on the English page', () => {
    const html = render('en');
    expect(markedEnglish(html)).toEqual([]);
    expect((html.match(/<title /g) ?? []).length).toBe(2);
  });
});
