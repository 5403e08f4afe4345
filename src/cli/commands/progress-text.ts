/**
 * What `wayfinder progress STUDENT` prints as text, and what `progress --district` and `import
 * requirements` print around it, in English or Spanish (`--lang`): the student, the requirement
 * check (its sentences come in the language asked), the what-if check, and the credentials the
 * records name with the college credit they bring. English keeps the status codes a script
 * reads; Spanish says them in words. Dates stay YYYY-MM-DD and counts stay digits in both
 * languages, so a script can read them.
 */
import type { TCredentialCreditEarned } from '../../contracts/credential-credit-earned.ts';
import type { TProgressCheck, TStudentProgress } from '../../contracts/progress.ts';
import type { Lang } from '../../domain/framework.ts';
import { formatMessage } from '../../domain/i18n/message.ts';

/** English keeps the status codes a script reads; Spanish says them in words. */
const STATUS_EN =
  '{status, select, met {met} in_progress {in_progress} planned {planned} missing {missing} other {{status}}}';
const STATUS_ES =
  '{status, select, met {cumplido} in_progress {en curso} planned {planificado} missing {falta} other {{status}}}';

export const PROGRESS_TEXT = {
  en: {
    setStatus: `{title} [{id}]: ${STATUS_EN}`,
    student: '{name} ({id}), grade {grade}, {school}',
    noGrade: '?',
    unused: '{title} ({code}) counts toward nothing in this set.',
    whatIf: 'What if:',
    credentials: 'Credentials earned:',
    earned: '{title}, earned {date}',
    credit: '{code} {title}: {credits} cr at {institution}',
    total: 'College credit counted: {credits, plural, one {# credit} other {# credits}}',
    notCounted: 'Not counted:',
    loaded: 'Loaded {set} for {district}',
    loadedDefault: 'Loaded {set} for {district} (its default set)',
    checked:
      'Checked {count} students of {district} → {file}\n  met {met} · in progress {inProgress} · planned {planned} · missing {missing}',
  },
  es: {
    setStatus: `{title} [{id}]: ${STATUS_ES}`,
    student: '{name} ({id}), grado {grade}, {school}',
    noGrade: '¿?',
    unused: '{title} ({code}) no cuenta para nada en este conjunto.',
    whatIf: '¿Y si…?',
    credentials: 'Credenciales obtenidas:',
    earned: '{title}, obtenida el {date}',
    credit: '{code} {title}: {credits} cr en {institution}',
    total: 'Crédito universitario contado: {credits, plural, one {# crédito} other {# créditos}}',
    notCounted: 'No contado:',
    loaded: 'Se cargó {set} para {district}',
    loadedDefault: 'Se cargó {set} para {district} (su conjunto predeterminado)',
    checked:
      'Se revisaron {count} estudiantes de {district} → {file}\n  cumplido {met} · en curso {inProgress} · planificado {planned} · falta {missing}',
  },
} as const;

type Key = keyof typeof PROGRESS_TEXT.en;

/** The text `key` in `lang`; numbers other than plural counts as plain digits. */
export function progressCliText(
  lang: Lang,
  key: Key,
  values: Record<string, string | number> = {},
): string {
  return formatMessage(lang, PROGRESS_TEXT[lang][key], values);
}

const say = progressCliText;

const MARK = { met: '✓', in_progress: '…', planned: '○', missing: '✗' } as const;

export function formatCheck(check: TProgressCheck, lang: Lang = 'en'): string {
  const { setTitle: title, setId: id, status } = check;
  const lines = [say(lang, 'setStatus', { title, id, status })];
  for (const r of check.requirements) {
    const pad = '  '.repeat(r.depth + 1);
    lines.push(`${pad}${MARK[r.status]} ${r.sentence}`);
    for (const c of r.courses) lines.push(`${pad}    ${c.sentence}`);
  }
  for (const n of check.notCounted) lines.push(`  ✗ ${n.sentence}`);
  for (const u of check.unused)
    lines.push(`  · ${say(lang, 'unused', { title: u.title, code: u.code })}`);
  return lines.join('\n');
}

/**
 * The credentials the records name, each with the credit counted through it, the total, and the
 * agreements that brought none with why; empty when the records name none (a yes/no fact names
 * none), as on the progress page.
 */
export function formatCredentials(credit: TCredentialCreditEarned, lang: Lang = 'en'): string {
  if (credit.credentials.length === 0) return '';
  const lines = [say(lang, 'credentials')];
  for (const { credential, earnedOn } of credit.credentials) {
    lines.push(`  ✓ ${say(lang, 'earned', { title: credential.title, date: earnedOn })}`);
    for (const line of credit.counted.filter((l) => l.credential.id === credential.id))
      lines.push(
        `      ${say(lang, 'credit', {
          code: line.course.code,
          title: line.course.title,
          credits: line.credits,
          institution: line.institution,
        })}`,
      );
  }
  lines.push(`  ${say(lang, 'total', { credits: credit.credits })}`);
  if (credit.notCounted.length > 0) {
    lines.push(`  ${say(lang, 'notCounted')}`);
    for (const line of credit.notCounted) lines.push(`    ✗ ${line.sentence}`);
  }
  return lines.join('\n');
}

export function formatProgress(p: TStudentProgress, lang: Lang = 'en'): string {
  const { name, id, schoolId: school } = p.student;
  const grade = p.student.grade ?? say(lang, 'noGrade');
  const parts = [say(lang, 'student', { name, id, grade, school }), formatCheck(p.check, lang)];
  if (p.whatIf) parts.push(`${say(lang, 'whatIf')}\n${formatCheck(p.whatIf, lang)}`);
  const credentials = formatCredentials(p.credentialCredit, lang);
  if (credentials !== '') parts.push(credentials);
  return `${parts.join('\n\n')}\n`;
}
