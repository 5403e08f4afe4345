/**
 * Sentences a 14-year-old understands, in English and Spanish: what each course does for the
 * student ("Algebra II, 2025–26, grade B, counts toward Mathematics: 3 of 3 credits.") and where
 * each requirement stands.
 */
import type { Lang } from '../framework.ts';
import type { AttemptState, CourseAttempt, NotCountedReason } from './attempts.ts';
import type { CountedAttempt, NodeProgress, NodeStatus } from './evaluate.ts';

/** 2026 → "2025–26". */
export const schoolYearLabel = (endYear: number) =>
  `${endYear - 1}–${String(endYear % 100).padStart(2, '0')}`;

const num = (n: number, lang: Lang) => {
  const text = String(Math.round(n * 100) / 100);
  return lang === 'es' ? text.replace('.', ',') : text;
};

const progressOf = (node: NodeProgress, lang: Lang): string => {
  const total = node.earned + node.inProgress + node.planned;
  const { credits, courses } = node.required;
  if (credits !== null)
    return lang === 'es'
      ? `${num(total, lang)} de ${num(credits, lang)} créditos`
      : `${num(total, lang)} of ${num(credits, lang)} credits`;
  if (courses !== null) {
    const count = node.counted.length;
    return lang === 'es'
      ? `${count} de ${courses} ${courses === 1 ? 'curso' : 'cursos'}`
      : `${count} of ${courses} ${courses === 1 ? 'course' : 'courses'}`;
  }
  return '';
};

export function describeCounted(
  attempt: CourseAttempt,
  counted: CountedAttempt,
  node: NodeProgress,
  nodeTitle: string,
  lang: Lang,
): string {
  const year = schoolYearLabel(attempt.schoolYear);
  const where = progressOf(node, lang);
  const target = where ? `${nodeTitle}: ${where}` : nodeTitle;
  const es = lang === 'es';
  const lead: Record<AttemptState, string> = es
    ? {
        completed: `${attempt.title}, ${year}${attempt.grade ? `, calificación ${attempt.grade}` : ''}, cuenta para`,
        in_progress: `${attempt.title}, ${year}, en curso: contará para`,
        planned: `${attempt.title}, planeado para ${year}: contaría para`,
      }
    : {
        completed: `${attempt.title}, ${year}${attempt.grade ? `, grade ${attempt.grade}` : ''}, counts toward`,
        in_progress: `${attempt.title}, ${year}, under way: will count toward`,
        planned: `${attempt.title}, planned for ${year}: would count toward`,
      };
  let sentence = `${lead[counted.state]} ${target}.`;
  if (counted.extra)
    sentence += es
      ? ' Es un crédito de más: ya tenías suficientes.'
      : ' It is extra: you already had enough there.';
  if (counted.substituted)
    sentence += es
      ? ' Tu consejero lo aceptó en lugar del curso habitual.'
      : ' Your counselor accepted it in place of the usual course.';
  return sentence;
}

export function describeNotCounted(
  attempt: CourseAttempt,
  reason: NotCountedReason,
  lang: Lang,
): string {
  const head = `${attempt.title}, ${schoolYearLabel(attempt.schoolYear)}`;
  const en: Record<NotCountedReason, string> = {
    failed: `${head}, was not passed, so it does not count. Taking it again can fix that.`,
    withdrawn: `${head}, was dropped, so it does not count.`,
    incomplete: `${head}, is incomplete, so it does not count yet.`,
    retake: `${head}, was taken more than once; only the best try counts.`,
  };
  const es: Record<NotCountedReason, string> = {
    failed: `${head}, no se aprobó, así que no cuenta. Volver a tomarlo lo puede arreglar.`,
    withdrawn: `${head}, se dejó, así que no cuenta.`,
    incomplete: `${head}, está incompleto, así que todavía no cuenta.`,
    retake: `${head}, se tomó más de una vez; solo cuenta el mejor intento.`,
  };
  return (lang === 'es' ? es : en)[reason];
}

export function describeNode(node: NodeProgress, title: string, lang: Lang): string {
  const es = lang === 'es';
  const where = progressOf(node, lang);
  const n = node.required.n;
  const of =
    n !== null
      ? es
        ? ` (${n} de ${node.children.length} opciones)`
        : ` (${n} of ${node.children.length} options)`
      : '';
  const exception = node.exception
    ? es
      ? ` Tu consejero registró una excepción: ${node.exception.reason}.`
      : ` Your counselor recorded an exception: ${node.exception.reason}.`
    : '';
  const text: Record<NodeStatus, string> = es
    ? {
        met: `${title}: cumplido${where ? ` (${where})` : ''}${of}.`,
        in_progress: `${title}: se cumplirá al aprobar los cursos que llevas ahora${where ? ` (${where})` : ''}${of}.`,
        planned: `${title}: se cumplirá con los cursos de tu plan${where ? ` (${where})` : ''}${of}.`,
        missing: `${title}: falta${where ? ` (${where} hasta ahora, contando lo planeado)` : ''}${of}.`,
      }
    : {
        met: `${title}: done${where ? ` (${where})` : ''}${of}.`,
        in_progress: `${title}: done once you pass the courses you are taking now${where ? ` (${where})` : ''}${of}.`,
        planned: `${title}: done once you pass the courses in your plan${where ? ` (${where})` : ''}${of}.`,
        missing: `${title}: still missing${where ? ` (${where} so far, counting your plan)` : ''}${of}.`,
      };
  return text[node.status] + exception;
}
