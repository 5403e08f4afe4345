/**
 * A learning plan as a landscape PDF: page one holds the courses by grade side by side, the goals
 * and yearly benchmarks, the checks, the entry and exit points and who signed which version
 * (each block kept to its box, so page one never spills); the program's postsecondary years
 * follow as columns, on page one when they fit and on a second page when they do not. English
 * or Spanish. Credentials (★) and work-based learning (◆) stand in their grade's column with the
 * program diagram's marks, explained by its legend's lines; set in the program PDF's embedded
 * DejaVu font, which draws those marks and every accent. A course picked for one of the program's
 * choices says so with the choice's options, a choice left open is listed in its grade, and
 * transfer credit the student already earned elsewhere gets a column before grade 9
 * (plan-pdf-lines.ts).
 */
import PDFDocument from 'pdfkit';
import type { TPlan } from '../contracts/plans.ts';
import type { TTransferCredit } from '../contracts/transfer.ts';
import type { Lang } from '../domain/framework.ts';
import { posLabels } from '../domain/program/pos-labels.ts';
import {
  credentialChoiceLines,
  creditSuffix,
  openChoices,
  pickedFrom,
  transferLines,
  transferTitle,
} from './plan-pdf-lines.ts';
import { legendLines, MARKS, PDF_FONTS } from './program-pdf.ts';

const PAGE = { width: 792, height: 612, margin: 28 };
const BOTTOM = PAGE.height - PAGE.margin;

const WORDS = {
  en: {
    plan: 'Learning plan',
    version: 'version',
    of: 'of',
    dual: 'dual credit',
    after: 'After high school (from the program of study)',
    points: 'Entry and exit points',
    goals: 'Goals',
    career: 'Career goal',
    post: 'After high school',
    benchmarks: 'Yearly benchmarks',
    checks: 'Checks',
    none: 'none',
    signed: 'Sign-offs',
    unsigned: 'Still to sign',
    review: 'A counselor has not reviewed this plan this school year.',
    units: 'cr.',
    done: 'done',
    role: { student: 'Student', guardian: 'Guardian', counselor: 'Counselor' },
    roleIn: { student: 'Student', guardian: 'Guardian', counselor: 'Counselor' },
    lang: { en: 'English', es: 'Spanish' },
  },
  es: {
    plan: 'Plan de aprendizaje',
    version: 'versión',
    of: 'de',
    dual: 'crédito dual',
    after: 'Después de la preparatoria (del programa de estudio)',
    points: 'Puntos de entrada y salida',
    goals: 'Metas',
    career: 'Meta profesional',
    post: 'Después de la preparatoria',
    benchmarks: 'Metas de cada año',
    checks: 'Revisiones',
    none: 'ninguna',
    signed: 'Firmas',
    unsigned: 'Falta la firma de',
    review: 'Ningún consejero escolar ha revisado este plan en este año escolar.',
    units: 'cr.',
    done: 'cumplida',
    role: {
      student: 'Estudiante',
      guardian: 'Padre, madre o tutor',
      counselor: 'Consejero escolar',
    },
    roleIn: {
      student: 'el estudiante',
      guardian: 'el padre o tutor',
      counselor: 'el consejero escolar',
    },
    lang: { en: 'inglés', es: 'español' },
  },
} as const;

/**
 * `names`: titles of the postsecondary courses and credentials by id (ids are shown otherwise);
 * `transfers`: the student's transfer credit (the passed ones are printed).
 */
export async function planToPdf(
  plan: TPlan,
  studentName: string,
  lang: Lang,
  names: ReadonlyMap<string, string> = new Map(),
  transfers: readonly TTransferCredit[] = [],
): Promise<Buffer> {
  const w = WORDS[lang];
  const labels = posLabels(lang);
  const locale = lang === 'es' ? 'es-US' : 'en-US';
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const longDay = (iso: string) =>
    new Date(iso).toLocaleDateString(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const doc = new PDFDocument({
    size: 'LETTER',
    layout: 'landscape',
    margin: PAGE.margin,
    info: { Title: `${w.plan}: ${studentName}`, Subject: plan.programTitle },
  });
  doc.registerFont('regular', PDF_FONTS.regular);
  doc.registerFont('bold', PDF_FONTS.bold);
  doc.font('regular');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  const left = PAGE.margin;
  const usable = PAGE.width - 2 * PAGE.margin;

  doc
    .font('bold')
    .fontSize(14)
    .text(`${w.plan}: ${studentName}`, left, PAGE.margin, { width: usable });
  doc
    .font('regular')
    .fontSize(9)
    .text(`${plan.programTitle} · ${w.version} ${plan.version} ${w.of} ${plan.currentVersion}`, {
      width: usable,
    });
  if (plan.reviewDue) doc.fillColor('#8a1c1c').text(w.review).fillColor('black');

  /** Columns of a title and lines, side by side from `top`, each kept above `limit`. */
  const columns = (blocks: { title: string; lines: string[] }[], top: number, limit: number) => {
    const width = usable / Math.max(blocks.length, 1);
    let bottom = top;
    blocks.forEach((block, index) => {
      const x = left + index * width;
      doc
        .font('bold')
        .fontSize(9)
        .text(block.title, x, top, { width: width - 8 });
      doc.font('regular').fontSize(7.5);
      const text = block.lines.length ? block.lines.join('\n') : w.none;
      doc.text(text, x, doc.y + 1, {
        width: width - 8,
        height: Math.max(limit - doc.y, 10),
        ellipsis: true,
      });
      bottom = Math.max(bottom, doc.y);
    });
    return bottom;
  };

  const grades = (['grade-9', 'grade-10', 'grade-11', 'grade-12'] as const).map((level) => ({
    title: labels.level[level],
    lines: [
      ...plan.courses
        .filter((course) => course.level === level)
        .map(
          (c) =>
            `${c.title} (${c.code}) ${c.credits} ${w.units}${c.dualCredit ? ` · ${w.dual}` : ''}${pickedFrom(c, plan, lang)}`,
        ),
      ...openChoices(plan, level, lang),
      ...credentialChoiceLines(plan, level, lang, MARKS.credential),
      ...plan.credentials
        .filter((c) => c.level === level)
        .map(
          (c) =>
            `${MARKS.credential} ${c.title}${c.type ? ` (${labels.credential[c.type]})` : ''}${creditSuffix(c.earlyCredit, lang, MARKS.early)}`,
        ),
      ...plan.workBasedLearning
        .filter((x) => x.level === level)
        .map(
          (x) =>
            `${MARKS.wbl} ${labels.words.workBasedLearning}: ${x.title}${x.employer ? `, ${x.employer}` : ''}`,
        ),
    ],
  }));
  const earned = transferLines(transfers, lang);
  const first = earned.length > 0 ? [{ title: transferTitle(lang), lines: earned }] : [];
  // The courses by grade take at most about half the page; the rest is for goals and sign-offs.
  let y = columns([...first, ...grades], doc.y + 6, PAGE.height * 0.55) + 8;
  const { goals } = plan;
  y =
    columns(
      [
        {
          title: w.goals,
          lines: [
            ...(goals.career ? [`${w.career}: ${goals.career.title}`] : []),
            ...(goals.postsecondary ? [`${w.post}: ${goals.postsecondary.text}`] : []),
            ...goals.benchmarks.map(
              (b) =>
                `${w.benchmarks} · ${labels.level[`grade-${b.grade}` as 'grade-9'] ?? b.grade}: ${b.text}${b.done ? ` (${w.done})` : ''}`,
            ),
          ],
        },
        { title: w.checks, lines: plan.findings.map((f) => f.message) },
        {
          title: `${w.signed} · ${w.points}`,
          lines: [
            ...plan.signatures.map(
              (s) => `${w.role[s.role]}: ${longDay(s.signedAt)} (${w.lang[s.lang]})`,
            ),
            ...(plan.unsigned.length
              ? [`${w.unsigned}: ${list.format(plan.unsigned.map((r) => w.roleIn[r]))}`]
              : []),
            ...plan.exitPoints.map((p) => `${labels.point[p.point]}: ${p.title} (${p.soc})`),
            `${labels.words.legend}: ${legendLines(lang).slice(2).join(' · ')}`,
          ],
        },
      ],
      y,
      BOTTOM - 4,
    ) + 10;

  if (plan.postsecondary.length > 0) {
    const years = plan.postsecondary.map((step) => ({
      title: labels.level[step.level],
      lines: [
        ...step.courses.map((id) => names.get(id) ?? id),
        ...step.credentials.map((id) => `${MARKS.credential} ${names.get(id) ?? id}`),
        ...credentialChoiceLines(plan, step.level, lang, MARKS.credential),
        ...step.workBasedLearning.map(
          (x) => `${MARKS.wbl} ${labels.words.workBasedLearning}: ${x.title}`,
        ),
      ],
    }));
    const width = usable / years.length - 8;
    doc.font('regular').fontSize(7.5);
    const needed =
      24 +
      Math.max(...years.map((b) => doc.heightOfString(b.lines.join('\n') || w.none, { width })));
    if (y + needed > BOTTOM) {
      doc.addPage();
      y = PAGE.margin;
    }
    doc.font('bold').fontSize(10).text(w.after, left, y, { width: usable });
    columns(years, doc.y + 2, BOTTOM);
  }
  doc.end();
  return done;
}
