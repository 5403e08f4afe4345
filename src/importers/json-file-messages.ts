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
  schema_type: `must be ${TYPE_EN}, not {found, select, string {a string} number {a number} boolean {a boolean} object {an object} array {an array} null {null} other {{found}}}`,
};

export const jsonFileMessagesEs: Record<keyof typeof jsonFileMessagesEn, string> = {
  cannot_read:
    'no se puede leer el archivo: {reason, select, missing {no existe} folder {es una carpeta} other {{error}}}',
  required_type: `es obligatorio y debe ser ${TYPE_ES}`,
  bad_discriminator: 'no es un valor válido: se esperaba {options}',
  schema_type: `debe ser ${TYPE_ES}, no {found, select, string {un texto (string)} number {un número (number)} boolean {un valor lógico (boolean)} object {un objeto (object)} array {una lista (array)} null {null} other {{found}}}`,
};
