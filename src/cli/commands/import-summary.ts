/**
 * What `wayfinder import students|transcripts|credentials|edfi|oneroster` prints when an import went through
 * (or would, in a dry run), in English or Spanish (`--lang`). Counts are printed as digits, as
 * they are counted, so a script can read them in either language.
 */
import type { TBundleImportSummary, TImportSummary } from '../../contracts/records.ts';
import type { Lang } from '../../domain/framework.ts';
import { formatMessage } from '../../domain/i18n/message.ts';

/**
 * What a summary's kind of record is called: in English the kind as the API names it (scripts
 * read it), in Spanish in words; a bundle's format (edfi, oneroster) as it is.
 */
const KIND_EN =
  '{kind, select, students {students} transcripts {transcripts} credentials {credentials} accounts {accounts} guardian_links {guardian_links} caseloads {caseloads} counselor_schools {counselor_schools} other {{kind}}}';
const KIND_ES =
  '{kind, select, students {estudiantes} transcripts {historiales académicos} credentials {credenciales obtenidas} accounts {cuentas} guardian_links {vínculos con tutores} caseloads {listas de estudiantes asignados} counselor_schools {otras escuelas de consejeros} other {{kind}}}';

export const IMPORT_SUMMARY_TEXT = {
  en: {
    dryRun: 'Dry run (nothing written): ',
    kind: KIND_EN,
    into: `${KIND_EN} into {district} from {file}`,
    counts: 'rows read {read} · inserted {inserted} · updated {updated} · unchanged {unchanged}',
    unknownCourses: '{count} course codes not in the district catalog (imported all the same):',
    courseRows: '{code} {title} ({rows} rows)',
    more: '… and {count} more',
    electivesByTitle:
      '{count} transfer courses given by title alone count as electives: the district catalog has no course of that title, or more than one:',
    titleRows: 'line {line}: "{title}" ({matches} catalog courses of that title)',
    progressMarks:
      "{count} quarter, exam or summary marks under a course's final mark, not kept (lines {lines})",
    credentialKept:
      '{count} rows say credential_earned N for a student whose credentials records name one: kept Y (lines {lines})',
    unknownCredentials: '{count} credential names no single catalog credential has (not recorded):',
    credentialRows: '"{name}" ({rows} diploma records)',
    unmapped: '{count} descriptor values with no group code (the group is not recorded):',
    descriptorRecords: '{field}: {value} ({rows} records)',
    files: '{count} files',
    removed: 'removed {removed} (links the package no longer states, or marked tobedeleted)',
    skipped: 'Left alone (not a resource this import reads): {files}',
  },
  es: {
    dryRun: 'Prueba (no se escribió nada): ',
    kind: KIND_ES,
    into: `${KIND_ES} en {district} desde {file}`,
    counts:
      'filas leídas {read} · insertadas {inserted} · actualizadas {updated} · sin cambios {unchanged}',
    unknownCourses:
      '{count} códigos de curso que no están en el catálogo del distrito (importados de todos modos):',
    courseRows: '{code} {title} ({rows} filas)',
    more: '… y {count} más',
    electivesByTitle:
      '{count} cursos de transferencia dados solo por su título cuentan como optativos: el catálogo del distrito no tiene ningún curso con ese título, o tiene más de uno:',
    titleRows: 'línea {line}: "{title}" ({matches} cursos del catálogo con ese título)',
    progressMarks:
      '{count} notas de trimestre, examen o resumen bajo la nota final de un curso, no guardadas (líneas {lines})',
    credentialKept:
      '{count} filas dicen credential_earned N de un estudiante cuyos registros de credenciales nombran una: se mantiene Y (líneas {lines})',
    unknownCredentials:
      '{count} nombres de credencial que ninguna credencial del catálogo tiene por sí sola (no se registran):',
    credentialRows: '"{name}" ({rows} registros de diploma)',
    unmapped: '{count} valores de descriptor sin código de grupo (el grupo no se registra):',
    descriptorRecords: '{field}: {value} ({rows} registros)',
    files: '{count} archivos',
    removed: 'quitados {removed} (vínculos que el paquete ya no incluye, o marcados tobedeleted)',
    skipped: 'Sin tocar (no es un recurso que lea esta importación): {files}',
  },
} as const;

type Key = keyof typeof IMPORT_SUMMARY_TEXT.en;

/** The text `key` in `lang`, its values as given (digits stay digits). */
function say(lang: Lang, key: Key, values: Record<string, string | number> = {}): string {
  const asText = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));
  return formatMessage(lang, IMPORT_SUMMARY_TEXT[lang][key], asText);
}

export function formatRecordSummary(s: TImportSummary, lang: Lang = 'en'): string {
  const into = say(lang, 'into', { kind: s.kind, district: s.districtId, file: s.file });
  const lines = [
    `${s.dryRun ? say(lang, 'dryRun') : ''}${into}`,
    `  ${say(lang, 'counts', { read: s.rowsRead, inserted: s.inserted, updated: s.updated, unchanged: s.unchanged })}`,
  ];
  if (s.removed !== undefined) lines.push(`  ${say(lang, 'removed', { removed: s.removed })}`);
  if (s.unknownCourses.length > 0) {
    lines.push(`  ${say(lang, 'unknownCourses', { count: s.unknownCourses.length })}`);
    for (const c of s.unknownCourses.slice(0, 20))
      lines.push(`    ${say(lang, 'courseRows', { code: c.code, title: c.title, rows: c.rows })}`);
    if (s.unknownCourses.length > 20)
      lines.push(`    ${say(lang, 'more', { count: s.unknownCourses.length - 20 })}`);
  }
  const electives = s.transferCredits?.electivesByTitle ?? [];
  if (electives.length > 0) {
    lines.push(`  ${say(lang, 'electivesByTitle', { count: electives.length })}`);
    for (const e of electives.slice(0, 20))
      lines.push(
        `    ${say(lang, 'titleRows', { line: e.line, title: e.title, matches: e.matches })}`,
      );
    if (electives.length > 20)
      lines.push(`    ${say(lang, 'more', { count: electives.length - 20 })}`);
  }
  for (const key of ['progressMarks', 'credentialKept'] as const) {
    const marks = s[key];
    if (!marks) continue;
    const cut = marks.rows > marks.lines.length ? ', …' : '';
    const lines_ = `${marks.lines.join(', ')}${cut}`;
    lines.push(`  ${say(lang, key, { count: marks.rows, lines: lines_ })}`);
  }
  const credentials = s.unknownCredentials ?? [];
  if (credentials.length > 0) {
    lines.push(`  ${say(lang, 'unknownCredentials', { count: credentials.length })}`);
    for (const c of credentials.slice(0, 20))
      lines.push(`    ${say(lang, 'credentialRows', { name: c.name, rows: c.rows })}`);
    if (credentials.length > 20)
      lines.push(`    ${say(lang, 'more', { count: credentials.length - 20 })}`);
  }
  const unmapped = s.unmappedDescriptors ?? [];
  if (unmapped.length > 0) {
    lines.push(`  ${say(lang, 'unmapped', { count: unmapped.length })}`);
    for (const d of unmapped.slice(0, 20))
      lines.push(
        `    ${say(lang, 'descriptorRecords', { field: d.field, value: d.value, rows: d.rows })}`,
      );
    if (unmapped.length > 20)
      lines.push(`    ${say(lang, 'more', { count: unmapped.length - 20 })}`);
  }
  return `${lines.join('\n')}\n`;
}

export function formatBundleSummary(
  s: TBundleImportSummary,
  skipped: string[],
  lang: Lang = 'en',
): string {
  const files = say(lang, 'files', { count: s.files.length });
  const into = say(lang, 'into', { kind: s.format, district: s.districtId, file: files });
  const head = `${s.dryRun ? say(lang, 'dryRun') : ''}${into}`;
  const parts = s.results.map((r) =>
    formatRecordSummary({ ...r, file: files }, lang).replace(
      /^.*\n/,
      `${say(lang, 'kind', { kind: r.kind })}:\n`,
    ),
  );
  const skip = skipped.length > 0 ? `${say(lang, 'skipped', { files: skipped.join(', ') })}\n` : '';
  return `${head}\n${parts.join('')}${skip}`;
}
