/**
 * The problems of a JSON file an author writes (program files, requirement sets: json-file.ts,
 * program-file.ts) that are not the schema library's own, in English and Spanish, in the message
 * syntax of domain/i18n/message.ts. JSON type names stay as JSON writes them in Spanish, with the
 * word after them. Schema messages come in Spanish from the schema library (json-file.ts).
 */
const TYPE_EN =
  '{type, select, string {a string} number {a number} boolean {a boolean} object {an object} array {an array} null {null} other {{type}}}';
const TYPE_ES =
  '{type, select, string {un texto (string)} number {un número (number)} boolean {un valor lógico (boolean)} object {un objeto (object)} array {una lista (array)} null {null} other {{type}}}';

export const jsonFileMessagesEn = {
  cannot_read:
    'cannot read the file: {reason, select, missing {no such file} folder {it is a folder} other {{error}}}',
  required_type: `is required (${TYPE_EN})`,
  bad_discriminator: 'Invalid discriminator value. Expected {options}',
  choice_at_least_one: 'must be at least 1',
  choice_two_options:
    'must list at least two {kind, select, courses {courses} other {credentials}} to choose from',
  choice_offers_more:
    'must be less than the number of {kind, select, courses {courses} other {credentials}} to choose from',
  schema_type: `must be ${TYPE_EN}, not {found, select, string {a string} number {a number} boolean {a boolean} object {an object} array {an array} null {null} other {{found}}}`,
};

export const jsonFileMessagesEs: Record<keyof typeof jsonFileMessagesEn, string> = {
  cannot_read:
    'no se puede leer el archivo: {reason, select, missing {no existe} folder {es una carpeta} other {{error}}}',
  required_type: `es obligatorio y debe ser ${TYPE_ES}`,
  bad_discriminator: 'no es un valor válido: se esperaba {options}',
  choice_at_least_one: 'debe ser al menos 1',
  choice_two_options:
    'debe listar al menos dos {kind, select, courses {cursos} other {credenciales}} para elegir',
  choice_offers_more:
    'debe ser menor que el número de {kind, select, courses {cursos} other {credenciales}} para elegir',
  schema_type: `debe ser ${TYPE_ES}, no {found, select, string {un texto (string)} number {un número (number)} boolean {un valor lógico (boolean)} object {un objeto (object)} array {una lista (array)} null {null} other {{found}}}`,
};

/**
 * The schema's own words for a choice of courses or credentials (contracts/program-choices.ts),
 * as the English it writes, to the key that says them in the reader's language.
 */
export const CHOICE_SCHEMA_TEXT: Readonly<
  Record<
    string,
    { key: 'choice_at_least_one' | 'choice_two_options' | 'choice_offers_more'; kind?: string }
  >
> = {
  'must be at least 1': { key: 'choice_at_least_one' },
  ...Object.fromEntries(
    ['courses', 'credentials'].flatMap((kind) => [
      [`must list at least two ${kind} to choose from`, { key: 'choice_two_options', kind }],
      [
        `must be less than the number of ${kind} to choose from`,
        { key: 'choice_offers_more', kind },
      ],
    ]),
  ),
};
