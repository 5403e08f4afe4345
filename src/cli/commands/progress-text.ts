/**
 * What `wayfinder progress` and `import requirements` print around the checks' own sentences
 * (which the service writes in the language asked), in English and Spanish (`--lang`). English
 * keeps the status codes a script reads; Spanish says them in words.
 */
import type { Lang } from '../../domain/framework.ts';
import { formatMessage } from '../../domain/i18n/message.ts';

const STATUS_ES =
  '{status, select, met {cumplido} in_progress {en curso} planned {planificado} missing {falta} other {{status}}}';

export const PROGRESS_CLI_TEXT = {
  en: {
    setStatus: '{title} [{id}]: {status}',
    student: '{name} ({id}), grade {grade}, {school}',
    noGrade: '?',
    whatIf: 'What if:',
    unused: '{title} ({code}) counts toward nothing in this set.',
    loaded: 'Loaded {set} for {district}',
    loadedDefault: 'Loaded {set} for {district} (its default set)',
    checked:
      'Checked {count} students of {district} → {file}\n  met {met} · in progress {inProgress} · planned {planned} · missing {missing}',
  },
  es: {
    setStatus: `{title} [{id}]: ${STATUS_ES}`,
    student: '{name} ({id}), grado {grade}, {school}',
    noGrade: '¿?',
    whatIf: '¿Y si…?',
    unused: '{title} ({code}) no cuenta para nada en este conjunto.',
    loaded: 'Se cargó {set} para {district}',
    loadedDefault: 'Se cargó {set} para {district} (su conjunto predeterminado)',
    checked:
      'Se revisaron {count} estudiantes de {district} → {file}\n  cumplido {met} · en curso {inProgress} · planificado {planned} · falta {missing}',
  },
} as const;

/** The text `key` in `lang`, its numbers as digits. */
export const progressCliText = (
  lang: Lang,
  key: keyof typeof PROGRESS_CLI_TEXT.en,
  values: Record<string, string | number> = {},
): string =>
  formatMessage(
    lang,
    PROGRESS_CLI_TEXT[lang][key],
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])),
  );
