/**
 * The problems a credentials CSV reports (credentials-csv.ts, services/records/import-credentials.ts),
 * in English and Spanish, in the message syntax of domain/i18n/message.ts. Each follows the name
 * of its column (`credential: no credential "CompTIA A" in the catalog …`). Credential names and
 * ids stay as written in both languages; line numbers are passed as text.
 */
export const credentialMessagesEn = {
  credential_bad_date: 'must be a date such as 2026-05-14 or 5/14/2026, not "{value}"',
  credential_future_date: 'is after today ({today}): a credential is recorded once earned',
  credential_unknown:
    'no credential "{value}" in the catalog: write its id or its title exactly as the program of study names it',
  credential_ambiguous: '"{value}" is the title of more than one credential ({ids}): write its id',
  credential_repeats: 'repeats the credential of line {line} for the same student',
};

export const credentialMessagesEs: Record<keyof typeof credentialMessagesEn, string> = {
  credential_bad_date: 'debe ser una fecha como 2026-05-14 o 5/14/2026, no "{value}"',
  credential_future_date:
    'es posterior a hoy ({today}): una credencial se registra una vez obtenida',
  credential_unknown:
    'no hay ninguna credencial "{value}" en el catálogo: escribe su id o su título tal como lo nombra el programa de estudio',
  credential_ambiguous: '"{value}" es el título de más de una credencial ({ids}): escribe su id',
  credential_repeats: 'repite la credencial de la línea {line} para el mismo estudiante',
};
