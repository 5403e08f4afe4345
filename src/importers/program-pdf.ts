/**
 * A program of study as a one-page landscape PDF with the same content, marks and legend as the
 * web diagram (components/PosDiagram.tsx): the level × subject grid with CTE and early-credit
 * marks, credentials (★) and work-based learning (◆) per level, occupations with their entry and
 * exit points, and the legend. Every word comes from posLabels and the one message function, so
 * the PDF is wholly in the program's language with plurals by rule ("1 unit", "1 unidad").
 *
 * The text is set in DejaVu Sans Condensed (package dejavu-fonts-ttf, Bitstream Vera licence with
 * public-domain DejaVu changes), embedded as a subset: unlike the PDF standard fonts it draws
 * ★ ◆ ⇄ and every accent. `src/importers/program-pdf.test.ts` extracts the text and checks each
 * character against the font's character map.
 */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { TProgramDetail } from '../contracts/program-api.ts';
import type { Lang } from '../domain/framework.ts';
import { formatMessage } from '../domain/i18n/message.ts';
import {
  buildPosGrid,
  type PosGridCourse,
  type PosGridCredential,
} from '../domain/program/pos-grid.ts';
import { posLabels } from '../domain/program/pos-labels.ts';
import {
  chooseText,
  credentialCreditText,
  credentialNote,
  creditsText,
  earlyCreditText,
  earnText,
} from '../domain/program/pos-texts.ts';

const PAGE = { width: 792, height: 612, margin: 28 };

const resolve = createRequire(import.meta.url).resolve;
/** The embedded fonts' files (regular and bold). */
export const PDF_FONTS = {
  regular: resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf'),
  bold: resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf'),
} as const;

/** The marks of the web diagram and its legend. */
export const MARKS = { early: '⇄', credential: '★', wbl: '◆', choice: '○' } as const;

/** " · spring" after a course or choice whose step names a term; nothing for a whole year. */
const termNote = (lang: Lang, term: PosGridCourse['term']): string =>
  term ? ` · ${posLabels(lang).term[term]}` : '';

/** A credential, then the college credit holding it earns (credential credit), one per line. */
function credentialLines(c: PosGridCredential, lang: Lang): string {
  const l = posLabels(lang);
  const credit = (c.earlyCredit ?? []).map(
    (e) => `${MARKS.early} ${l.agreement[e.type]}: ${credentialCreditText(lang, e)}`,
  );
  return [
    `${MARKS.credential} ${c.title} (${credentialNote(lang, c)})${termNote(lang, c.term)}`,
    ...credit,
  ].join('\n  ');
}

function courseLines(c: PosGridCourse, lang: Lang): string {
  const l = posLabels(lang);
  const cte = c.kind === 'cte' ? ` [${l.words.cte}]` : '';
  const early = c.earlyCredit.map((e) => {
    const transfers = earlyCreditText(lang, c.id, e);
    const exam = e.exam ? ` (${formatMessage(lang, l.text.examNeeded, { exam: e.exam })})` : '';
    return `${MARKS.early} ${l.agreement[e.type]}: ${transfers}${exam}`;
  });
  const name = c.code ? `${c.code} ${c.title}` : c.title;
  return [`${name} — ${creditsText(lang, c)}${termNote(lang, c.term)}${cte}`, ...early].join(
    '\n  ',
  );
}

/** The legend's lines: the same marks and words as the page's legend. */
export function legendLines(lang: Lang): string[] {
  const l = posLabels(lang);
  return [
    `[${l.words.cte}] ${l.legend.cte}`,
    `${MARKS.early} ${l.agreement.dual_credit}: ${l.legend.early}`,
    `${MARKS.credential} ${l.legend.credential}`,
    `${MARKS.wbl} ${l.legend.wbl}`,
  ];
}

export async function programToPdf(p: TProgramDetail): Promise<Buffer> {
  const lang = p.lang;
  const l = posLabels(lang);
  const grid = buildPosGrid(p, (level) => l.level[level]);
  const doc = new PDFDocument({
    size: 'LETTER',
    layout: 'landscape',
    margin: PAGE.margin,
    lang: lang === 'es' ? 'es-US' : 'en-US',
    info: { Title: p.title, Subject: l.words.programOfStudy },
  });
  doc.registerFont('regular', PDF_FONTS.regular);
  doc.registerFont('bold', PDF_FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );

  const left = PAGE.margin;
  const usable = PAGE.width - 2 * PAGE.margin;
  doc.font('bold').fontSize(15).text(p.title, left, PAGE.margin, { width: usable });
  doc
    .font('regular')
    .fontSize(8.5)
    .text(
      [
        `${l.words.cluster}: ${p.cluster.title} · ${l.words.pathway}: ${p.pathway.title}`,
        p.cipCode ? `${l.words.cip}: ${p.cipCode}` : '',
        formatMessage(lang, l.text.statusLine, { version: p.version, status: l.status[p.status] }),
      ]
        .filter(Boolean)
        .join(' · '),
      { width: usable },
    )
    .text(`${l.words.partners}: ${p.partners.map((x) => x.name).join(', ')}`, { width: usable });

  // Columns: level, one per subject, credentials and work-based learning.
  const levelWidth = 70;
  // The credentials column takes a share like a subject's when the program uses few subjects
  // (an apprenticeship's CTE alone), so its long credential names do not run down the page.
  const sideWidth = Math.min(240, Math.max(130, (usable - levelWidth) / (grid.columns.length + 1)));
  const subjectWidth = (usable - levelWidth - sideWidth) / Math.max(grid.columns.length, 1);
  const columns = [
    { title: l.words.level, width: levelWidth },
    ...grid.columns.map((s) => ({ title: l.subject[s], width: subjectWidth })),
    { title: `${l.words.credentials} / ${l.words.workBasedLearning}`, width: sideWidth },
  ];
  // Each row: its cells, each a list of entries (a course, a credential …) set one per line.
  const rows: string[][][] = grid.rows.map((row) => [
    [row.label],
    ...grid.columns.map((s) => [
      ...(row.cells[s] ?? []).map((c) => courseLines(c, lang)),
      // A choice is one entry: its heading, then its courses indented under it.
      ...(row.choices[s] ?? []).map((choice) =>
        [
          `${chooseText(lang, { choose: choice.choose, of: choice.courses.length })}${choice.note ? ` (${choice.note})` : ''}${termNote(lang, choice.term)}:`,
          ...choice.courses.map((c) => `${MARKS.choice} ${courseLines(c, lang)}`),
        ].join('\n  '),
      ),
    ]),
    [
      ...row.credentials.map((c) => credentialLines(c, lang)),
      // A choice of credentials is one entry: its heading, then its credentials indented under it.
      ...row.credentialChoices.map((choice) =>
        [
          `${earnText(lang, { choose: choice.choose, of: choice.credentials.length })}${choice.note ? ` (${choice.note})` : ''}${termNote(lang, choice.term)}:`,
          ...choice.credentials.map((c) => `${MARKS.choice} ${credentialLines(c, lang)}`),
        ].join('\n  '),
      ),
      ...(row.exitOccupations.length > 0
        ? [`${l.words.jobsHere}: ${row.exitOccupations.map((o) => o.title).join(', ')}`]
        : []),
      ...row.workBasedLearning.map(
        (w) =>
          `${MARKS.wbl} ${l.words.workBasedLearning}: ${w.title}${w.employer ? `, ${w.employer}` : ''}`,
      ),
    ],
  ]);
  const occupations = p.occupations.map(
    (o) => `${o.soc} ${o.title} — ${l.point[o.point]}${o.credential ? ` (${o.credential})` : ''}`,
  );
  const legend = legendLines(lang).join('   ');

  // Shrink the text until the grid, the occupations and the legend fit on the one page. A program
  // too large for it even in the smallest type goes on over further pages, whole rows at a time,
  // each page starting with the header row.
  let fontSize = 7.5;
  const top = doc.y + 8;
  const bottom = PAGE.height - PAGE.margin;
  const entriesHeight = (entries: string[], column: number) =>
    doc.heightOfString(entries.join('\n') || ' ', { width: columns[column]!.width - 6 }) + 6;
  const cellHeight = (cells: string[][]) =>
    Math.max(...cells.map((entries, i) => entriesHeight(entries, i)));
  const heightAt = (size: number) => {
    doc.font('bold').fontSize(size);
    const header = cellHeight(columns.map((c) => [c.title]));
    doc.font('regular').fontSize(size);
    const body = rows.reduce((sum, cells) => sum + cellHeight(cells), 0);
    const footer =
      doc.heightOfString(occupations.join('\n') || ' ', { width: usable }) +
      doc.heightOfString(legend, { width: usable }) +
      36;
    return { header, footer, total: header + body + footer };
  };
  while (fontSize > 4.5 && top + heightAt(fontSize).total > bottom) fontSize -= 0.25;
  const { header, footer } = heightAt(fontSize);

  let y = top;
  const drawRow = (cells: string[][], height: number, bold: boolean, shade: boolean) => {
    let x = left;
    cells.forEach((entries, i) => {
      const text = entries.join('\n');
      const width = columns[i]!.width;
      if (shade) doc.rect(x, y, width, height).fill('#e8eef5');
      doc.rect(x, y, width, height).lineWidth(0.5).stroke('#555555');
      doc
        .fillColor('#000000')
        .font(bold || i === 0 ? 'bold' : 'regular')
        .fontSize(fontSize);
      doc.text(text, x + 3, y + 3, { width: width - 6 });
      x += width;
    });
    y += height;
  };
  const headerRow = () =>
    drawRow(
      columns.map((c) => [c.title]),
      header,
      true,
      true,
    );
  let rowsOnPage = 0;
  const newPage = () => {
    doc.addPage();
    y = PAGE.margin;
    rowsOnPage = 0;
    headerRow();
    doc.font('regular').fontSize(fontSize);
  };
  /**
   * A row taller than a whole page is cut between entries: what fits in the room left, and the
   * rest as a row of its own under the level's name, marked as continued. Each cell gives at least
   * one entry, so the cutting ends.
   */
  const cut = (cells: string[][], room: number, level: string): [string[][], string[][]] => {
    const head: string[][] = [cells[0]!];
    const rest: string[][] = [[`${level} (${l.words.continued})`]];
    cells.slice(1).forEach((entries, k) => {
      let n = 0;
      while (
        n < entries.length &&
        (n === 0 || entriesHeight(entries.slice(0, n + 1), k + 1) <= room)
      )
        n += 1;
      head.push(entries.slice(0, n));
      rest.push(entries.slice(n));
    });
    return [head, rest];
  };
  headerRow();
  for (const row of rows) {
    let cells = row;
    for (;;) {
      doc.font('regular').fontSize(fontSize);
      const height = cellHeight(cells);
      if (y + height <= bottom) {
        drawRow(cells, height, false, false);
        rowsOnPage += 1;
        break;
      }
      if (rowsOnPage > 0) {
        newPage();
        continue;
      }
      const [head, rest] = cut(cells, bottom - y, row[0]!.join(' '));
      drawRow(head, Math.min(cellHeight(head), bottom - y), false, false);
      cells = rest;
      newPage();
    }
  }
  if (y + footer > bottom) {
    doc.addPage();
    y = PAGE.margin - 8;
  }
  doc
    .font('bold')
    .fontSize(fontSize + 1)
    .text(l.words.occupations, left, y + 8, { width: usable });
  doc.font('regular').fontSize(fontSize).text(occupations.join('\n'), { width: usable });
  doc
    .moveDown(0.5)
    .font('bold')
    .text(`${l.words.legend}: `, { width: usable, continued: true })
    .font('regular')
    .text(legend, { width: usable });
  doc.end();
  return done;
}
