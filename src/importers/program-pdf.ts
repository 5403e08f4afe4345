/**
 * A program of study as a one-page landscape PDF with the same content as the web diagram:
 * the level × subject grid, credentials and work-based learning per level, occupations with
 * their entry and exit points.
 */
import PDFDocument from 'pdfkit';
import type { TCourseView, TProgramDetail } from '../contracts/program-api.ts';
import type { Lang } from '../domain/framework.ts';
import { buildPosGrid } from '../domain/program/pos-grid.ts';
import { posLabels } from '../domain/program/pos-labels.ts';

const PAGE = { width: 792, height: 612, margin: 28 };

function courseLines(c: TCourseView, lang: Lang): string {
  const l = posLabels(lang);
  const credits = `${c.credits} ${c.creditUnit === 'credit_hours' ? l.words.credits : l.words.units}`;
  const early = c.earlyCredit.map(
    (e) =>
      `${l.agreement[e.type]}: ${l.words.transfersTo} ${e.course.code} (${e.credits} ${l.words.credits}), ${e.institution}`,
  );
  return [
    `${c.code} ${c.title}${c.kind === 'cte' ? ` [${l.words.cte}]` : ''} — ${credits}`,
    ...early,
  ].join('\n  ');
}

export async function programToPdf(p: TProgramDetail): Promise<Buffer> {
  const lang = p.lang;
  const l = posLabels(lang);
  const grid = buildPosGrid(p, (level) => l.level[level]);
  const doc = new PDFDocument({
    size: 'LETTER',
    layout: 'landscape',
    margin: PAGE.margin,
    info: { Title: p.title, Subject: l.words.programOfStudy },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );

  const left = PAGE.margin;
  const usable = PAGE.width - 2 * PAGE.margin;
  doc.font('Helvetica-Bold').fontSize(15).text(p.title, left, PAGE.margin, { width: usable });
  doc
    .font('Helvetica')
    .fontSize(8.5)
    .text(
      [
        `${l.words.cluster}: ${p.cluster.title} · ${l.words.pathway}: ${p.pathway.title}`,
        p.cipCode ? `${l.words.cip}: ${p.cipCode}` : '',
        `${l.words.version} ${p.version} · ${l.words.status}: ${l.status[p.status]}`,
      ]
        .filter(Boolean)
        .join(' · '),
      { width: usable },
    )
    .text(`${l.words.partners}: ${p.partners.map((x) => x.name).join(', ')}`, { width: usable });

  // Columns: level, one per subject, credentials and work-based learning.
  const levelWidth = 70;
  const sideWidth = 120;
  const subjectWidth = (usable - levelWidth - sideWidth) / Math.max(grid.columns.length, 1);
  const columns = [
    { title: l.words.level, width: levelWidth },
    ...grid.columns.map((s) => ({ title: l.subject[s], width: subjectWidth })),
    { title: `${l.words.credentials} / ${l.words.workBasedLearning}`, width: sideWidth },
  ];
  const rows = grid.rows.map((row) => [
    row.label,
    ...grid.columns.map((s) => (row.cells[s] ?? []).map((c) => courseLines(c, lang)).join('\n')),
    [
      ...row.credentials.map((c) => `★ ${c.title} (${l.credential[c.type]})`),
      ...row.workBasedLearning.map((w) => `◆ ${w.title}${w.employer ? `, ${w.employer}` : ''}`),
    ].join('\n'),
  ]);
  const occupations = p.occupations.map(
    (o) => `${o.soc} ${o.title} — ${l.point[o.point]}${o.credential ? ` (${o.credential})` : ''}`,
  );

  // Shrink the text until the grid and the occupations fit on the one page.
  let fontSize = 7.5;
  const top = doc.y + 8;
  const heightAt = (size: number) => {
    doc.fontSize(size);
    const header =
      Math.max(...columns.map((c) => doc.heightOfString(c.title, { width: c.width - 6 }))) + 6;
    const body = rows.reduce(
      (sum, cells) =>
        sum +
        Math.max(
          ...cells.map((text, i) =>
            doc.heightOfString(text || ' ', { width: columns[i]!.width - 6 }),
          ),
        ) +
        6,
      0,
    );
    const footer = doc.heightOfString(occupations.join('\n') || ' ', { width: usable }) + 24;
    return { header, total: header + body + footer };
  };
  while (fontSize > 4.5 && top + heightAt(fontSize).total > PAGE.height - PAGE.margin)
    fontSize -= 0.25;
  const { header } = heightAt(fontSize);

  let y = top;
  const drawRow = (cells: string[], height: number, bold: boolean, shade: boolean) => {
    let x = left;
    cells.forEach((text, i) => {
      const width = columns[i]!.width;
      if (shade) doc.rect(x, y, width, height).fill('#e8eef5');
      doc.rect(x, y, width, height).lineWidth(0.5).stroke('#555555');
      doc
        .fillColor('#000000')
        .font(bold || i === 0 ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(fontSize);
      doc.text(text, x + 3, y + 3, { width: width - 6 });
      x += width;
    });
    y += height;
  };
  drawRow(
    columns.map((c) => c.title),
    header,
    true,
    true,
  );
  doc.font('Helvetica').fontSize(fontSize);
  for (const cells of rows) {
    const height =
      Math.max(
        ...cells.map((text, i) =>
          doc.heightOfString(text || ' ', { width: columns[i]!.width - 6 }),
        ),
      ) + 6;
    drawRow(cells, height, false, false);
  }
  doc
    .font('Helvetica-Bold')
    .fontSize(fontSize + 1)
    .text(l.words.occupations, left, y + 8, { width: usable });
  doc.font('Helvetica').fontSize(fontSize).text(occupations.join('\n'), { width: usable });
  doc.end();
  return done;
}
