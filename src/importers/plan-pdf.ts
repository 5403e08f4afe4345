/**
 * A learning plan as a one-page landscape PDF (a second page only when it runs long): the courses
 * by grade side by side, the program's postsecondary years and exit points, goals and yearly
 * benchmarks, the checks, and who signed which version. English or Spanish.
 */
import PDFDocument from 'pdfkit';
import type { TPlan } from '../contracts/plans.ts';
import type { Lang } from '../domain/framework.ts';

const PAGE = { width: 792, height: 612, margin: 28 };

const WORDS = {
  en: {
    plan: 'Learning plan',
    version: 'version',
    of: 'of',
    grade: 'Grade',
    dual: 'dual credit',
    after: 'After high school (from the program of study)',
    points: 'Entry and exit points',
    goals: 'Goals',
    career: 'Career goal',
    post: 'After high school',
    benchmarks: 'Yearly benchmarks',
    checks: 'Checks',
    none: 'none',
    signed: 'Signed',
    unsigned: 'Still to sign',
    review: 'A counselor has not reviewed this plan this school year.',
    units: 'cr.',
    done: 'done',
  },
  es: {
    plan: 'Plan de aprendizaje',
    version: 'versión',
    of: 'de',
    grade: 'Grado',
    dual: 'crédito doble',
    after: 'Después de la preparatoria (del programa de estudio)',
    points: 'Puntos de entrada y salida',
    goals: 'Metas',
    career: 'Meta profesional',
    post: 'Después de la preparatoria',
    benchmarks: 'Metas de cada año',
    checks: 'Revisiones',
    none: 'ninguna',
    signed: 'Firmado',
    unsigned: 'Falta firmar',
    review: 'Ningún consejero ha revisado este plan en este año escolar.',
    units: 'cr.',
    done: 'hecho',
  },
} as const;

export async function planToPdf(plan: TPlan, studentName: string, lang: Lang): Promise<Buffer> {
  const w = WORDS[lang];
  const doc = new PDFDocument({
    size: 'LETTER',
    layout: 'landscape',
    margin: PAGE.margin,
    info: { Title: `${w.plan}: ${studentName}`, Subject: plan.programTitle },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  const left = PAGE.margin;
  const usable = PAGE.width - 2 * PAGE.margin;

  doc
    .font('Helvetica-Bold')
    .fontSize(15)
    .text(`${w.plan}: ${studentName}`, left, PAGE.margin, { width: usable });
  doc
    .font('Helvetica')
    .fontSize(9)
    .text(`${plan.programTitle} · ${w.version} ${plan.version} ${w.of} ${plan.currentVersion}`, {
      width: usable,
    });
  if (plan.reviewDue) doc.fillColor('#8a1c1c').text(w.review).fillColor('black');

  const top = doc.y + 8;
  const columnWidth = usable / 4;
  let bottom = top;
  for (const [index, level] of (
    ['grade-9', 'grade-10', 'grade-11', 'grade-12'] as const
  ).entries()) {
    const x = left + index * columnWidth;
    doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(`${w.grade} ${level.slice(6)}`, x, top, { width: columnWidth - 8 });
    doc.font('Helvetica').fontSize(8);
    for (const c of plan.courses.filter((course) => course.level === level))
      doc.text(
        `${c.title} (${c.code}) ${c.credits} ${w.units}${c.dualCredit ? ` · ${w.dual}` : ''}`,
        x,
        doc.y + 1,
        { width: columnWidth - 8 },
      );
    bottom = Math.max(bottom, doc.y);
  }
  doc.x = left;
  doc.y = bottom + 10;
  const section = (title: string, lines: string[]) => {
    doc.font('Helvetica-Bold').fontSize(10).text(title, left, doc.y, { width: usable });
    doc
      .font('Helvetica')
      .fontSize(8)
      .text(lines.length ? lines.join('\n') : w.none, { width: usable });
    doc.moveDown(0.4);
  };
  section(
    w.after,
    plan.postsecondary.map((s) => `${s.level}: ${[...s.courses, ...s.credentials].join(', ')}`),
  );
  section(
    w.points,
    plan.exitPoints.map((p) => `${p.point}: ${p.title} (${p.soc})`),
  );
  section(w.goals, [
    ...(plan.goals.career ? [`${w.career}: ${plan.goals.career.title}`] : []),
    ...(plan.goals.postsecondary ? [`${w.post}: ${plan.goals.postsecondary.text}`] : []),
    ...plan.goals.benchmarks.map(
      (b) => `${w.benchmarks} · ${w.grade} ${b.grade}: ${b.text}${b.done ? ` (${w.done})` : ''}`,
    ),
  ]);
  section(
    w.checks,
    plan.findings.map((f) => f.message),
  );
  section(w.signed, [
    ...plan.signatures.map((s) => `${s.role}: ${s.signedAt.slice(0, 10)} (${s.lang})`),
    ...(plan.unsigned.length ? [`${w.unsigned}: ${plan.unsigned.join(', ')}`] : []),
  ]);
  doc.end();
  return done;
}
