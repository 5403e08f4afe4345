/**
 * The schemas' own problem words (`.min(1, 'must not be empty')`, a refinement's message), in
 * English and Spanish. The schemas write the English, as the API, the logs and an English reader
 * get it; `schemaMessageIn` finds the entry an English message was written from (a number in it,
 * such as a length or a limit, as a `{value}`) and says it in the reader's language, for the API
 * (`?lang=es`), the program editor and `wayfinder … --lang es`. Every such message in
 * src/contracts has an entry here (schema-messages.test.ts reads the schemas' source to check).
 */
import type { Lang } from '../domain/framework.ts';
import { formatMessage } from '../domain/i18n/message.ts';

export const schemaMessagesEn = {
  required: 'is required',
  given: 'must be given',
  notEmpty: 'must not be empty',
  notNegative: 'must not be negative',
  atMost: 'must be at most {max}',
  atLeast: 'must be at least {min}',
  moreThan: 'must be more than {min}',
  orMore: 'must be {min} or more',
  atMostChars: 'must be at most {max} characters',
  atLeastChars: 'must be at least {min} characters',
  year1950: 'must be {min} or later',
  year2100: 'must be {max} or earlier',
  digits: 'must be {n} digits',
  wholeHours: 'must be a whole number of hours',
  repeats: 'must be at least 2 (omit it for a course taken once)',
  competencies: 'must list at most {max} competencies',
  oneLevel: 'must name at least one level',
  oneRequirement: 'must list at least one requirement',
  oneStep: 'a program needs at least one step',
  twoCourses: 'must list at least two courses to choose from',
  twoCredentials: 'must list at least two credentials to choose from',
  fewerCourses: 'must be less than the number of courses to choose from',
  fewerCredentials: 'must be less than the number of credentials to choose from',
  lessThanUnits: 'must be less than carnegieUnits, the most the course earns',
  lessThanHours: 'must be less than creditHours, the most the course earns',
  clockHoursNoCredit:
    'must be given for a course of no credit (creditHours 0): its hours of instruction',
  credentialForCredit: 'is required for credential credit: the credential that earns it',
  noCourseForCredit:
    'must be omitted for credential credit: the credential, not a course, earns it',
  courseForAgreement: 'is required for {type}: the high school course that earns it',
  schoolForAgreement: 'is required for {type}: the high school that is party',
  credentialOnlyForCredit:
    'is only for credential credit: omit it, or set type to credential_credit',
  slug: 'must be lowercase letters, digits and dashes (at most 63)',
  email: 'must be an email address',
  clusterCode: 'must be a two-digit cluster code such as {example}',
  pathwayCode: 'must be a pathway code such as {example}',
  frameworkId: 'must be a framework id such as nccf-16',
  onetSoc: 'must be an O*NET-SOC code such as 15-1252.00',
  socList: 'must be SOC or O*NET-SOC codes separated by commas',
  soc: 'must be a SOC or O*NET-SOC code such as 15-1252 or 15-1252.00',
  cip: 'must be a six-digit CIP code such as {example}',
  date: 'must be a date written YYYY-MM-DD',
  profileId: 'must be 1–40 lower-case letters, digits or dashes',
  entryId: 'must be 1–80 lower-case letters, digits, dots, dashes or underscores',
  ruleId: 'must be a rule id such as pos.starts-by-grade-9',
  stateCode: 'must be a two-letter state code',
  stateCodeSuch: 'must be a two-letter state code such as TX',
  profileName: 'must be a profile name such as federal',
  scedCode: 'must be a five-digit SCED course code',
  scedCodeSuch: 'must be a five-digit SCED course code such as 02052',
  scedSubject: 'must be a two-digit SCED subject area such as 02',
  subjectPrefix:
    'must be the subject prefix in letters, such as ENGL, MATH& or COM SCI, or a numeric subject such as 413',
  courseNumber: 'must be a course number such as 101, 1301, 22A, C1000 or 2XXX',
  courseCodePattern: 'must be a course code, with * or ? as wildcards',
  sayWhy: 'must say why, in a few words',
  forSubstitution: 'is required for a substitution',
  searchTypes: 'must be one or more of {types}, separated by commas',
  pathwayList: 'must be up to 20 pathway codes, comma-separated',
  repeatedFlag: 'must not repeat a flag',
  nameSchool: 'must name the school or institution',
  schoolId: 'must be an NCES id or CEEB code (letters, digits, -)',
  mark: 'must be a letter grade, a percentage or a mark such as P or CR',
  zeroForResult: 'must be 0 when the result is {result}',
  overAttempted: 'is more than the credits attempted',
  nul: 'must not contain a NUL character (\\u0000)',
  surrogate: 'must not contain a lone UTF-16 surrogate (a broken character)',
};

export type SchemaMessage = keyof typeof schemaMessagesEn;

export const schemaMessagesEs: Record<SchemaMessage, string> = {
  required: 'es obligatorio',
  given: 'debe indicarse',
  notEmpty: 'no debe estar vacío',
  notNegative: 'no debe ser negativo',
  atMost: 'debe ser como máximo {max}',
  atLeast: 'debe ser al menos {min}',
  moreThan: 'debe ser mayor que {min}',
  orMore: 'debe ser {min} o más',
  atMostChars: 'debe tener como máximo {max} caracteres',
  atLeastChars: 'debe tener al menos {min} caracteres',
  year1950: 'debe ser {min} o posterior',
  year2100: 'debe ser {max} o anterior',
  digits: 'debe tener {n} dígitos',
  wholeHours: 'debe ser un número entero de horas',
  repeats: 'debe ser al menos 2 (omítelo para un curso que se toma una sola vez)',
  competencies: 'debe listar como máximo {max} competencias',
  oneLevel: 'debe nombrar al menos un nivel',
  oneRequirement: 'debe listar al menos un requisito',
  oneStep: 'un programa necesita al menos una etapa',
  twoCourses: 'debe listar al menos dos cursos para elegir',
  twoCredentials: 'debe listar al menos dos credenciales para elegir',
  fewerCourses: 'debe ser menor que el número de cursos para elegir',
  fewerCredentials: 'debe ser menor que el número de credenciales para elegir',
  lessThanUnits: 'debe ser menor que carnegieUnits, lo máximo que otorga el curso',
  lessThanHours: 'debe ser menor que creditHours, lo máximo que otorga el curso',
  clockHoursNoCredit:
    'debe indicarse para un curso sin créditos (creditHours 0): sus horas de instrucción',
  credentialForCredit: 'es obligatorio para el crédito por credencial: la credencial que lo otorga',
  noCourseForCredit:
    'debe omitirse para el crédito por credencial: lo otorga la credencial, no un curso',
  courseForAgreement: 'es obligatorio para {type}: el curso de preparatoria que lo otorga',
  schoolForAgreement: 'es obligatorio para {type}: la preparatoria que es parte',
  credentialOnlyForCredit:
    'es solo para el crédito por credencial: omítelo o pon type en credential_credit',
  slug: 'debe tener letras minúsculas, dígitos y guiones (como máximo 63)',
  email: 'debe ser una dirección de correo electrónico',
  clusterCode: 'debe ser un código de grupo de dos dígitos, como {example}',
  pathwayCode: 'debe ser un código de trayectoria, como {example}',
  frameworkId: 'debe ser un id de marco, como nccf-16',
  onetSoc: 'debe ser un código O*NET-SOC, como 15-1252.00',
  socList: 'deben ser códigos SOC u O*NET-SOC separados por comas',
  soc: 'debe ser un código SOC u O*NET-SOC, como 15-1252 o 15-1252.00',
  cip: 'debe ser un código CIP de seis dígitos, como {example}',
  date: 'debe ser una fecha escrita AAAA-MM-DD',
  profileId: 'debe tener de 1 a 40 letras minúsculas, dígitos o guiones',
  entryId: 'debe tener de 1 a 80 letras minúsculas, dígitos, puntos, guiones o guiones bajos',
  ruleId: 'debe ser un id de regla, como pos.starts-by-grade-9',
  stateCode: 'debe ser un código de estado de dos letras',
  stateCodeSuch: 'debe ser un código de estado de dos letras, como TX',
  profileName: 'debe ser el nombre de un perfil, como federal',
  scedCode: 'debe ser un código de curso SCED de cinco dígitos',
  scedCodeSuch: 'debe ser un código de curso SCED de cinco dígitos, como 02052',
  scedSubject: 'debe ser un área temática SCED de dos dígitos, como 02',
  subjectPrefix:
    'debe ser el prefijo de la materia en letras, como ENGL, MATH& o COM SCI, o una materia numérica, como 413',
  courseNumber: 'debe ser un número de curso, como 101, 1301, 22A, C1000 o 2XXX',
  courseCodePattern: 'debe ser un código de curso, con * o ? como comodines',
  sayWhy: 'debe decir el motivo en pocas palabras',
  forSubstitution: 'es obligatorio para una sustitución',
  searchTypes: 'debe ser uno o más de {types}, separados por comas',
  pathwayList: 'deben ser hasta 20 códigos de trayectoria separados por comas',
  repeatedFlag: 'no debe repetir una marca',
  nameSchool: 'debe nombrar la escuela o institución',
  schoolId: 'debe ser un id NCES o un código CEEB (letras, dígitos, -)',
  mark: 'debe ser una letra de calificación, un porcentaje o una nota como P o CR',
  zeroForResult: 'debe ser 0 cuando el resultado (result) es {result}',
  overAttempted: 'es más que los créditos intentados',
  nul: 'no debe contener un carácter NUL (\\u0000)',
  surrogate: 'no debe contener un sustituto UTF-16 suelto (un carácter roto)',
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Values that are numbers (a length, a limit, a year); other values are any words. */
const NUMBER_VALUES = new Set(['min', 'max', 'n']);

/**
 * Each English template as a whole-message pattern whose groups are its values, in order; the
 * templates with more words of their own first ('must be at most {max} characters' before
 * 'must be at most {max}').
 */
const PATTERNS = (Object.keys(schemaMessagesEn) as SchemaMessage[])
  .map((key) => {
    const names: string[] = [];
    const parts = schemaMessagesEn[key].split(/\{(\w+)\}/);
    const source = parts
      .map((part, i) => {
        if (i % 2 === 0) return escape(part);
        names.push(part);
        return NUMBER_VALUES.has(part) ? '([\\d,.]+)' : '(.+?)';
      })
      .join('');
    const ownLength = parts.filter((_, i) => i % 2 === 0).join('').length;
    return { key, names, ownLength, pattern: new RegExp(`^${source}$`) };
  })
  .sort((a, b) => b.ownLength - a.ownLength);

/** The entry and values an English schema message was written from; undefined for another text. */
export function schemaMessageOf(
  english: string,
): { key: SchemaMessage; values: Record<string, string> } | undefined {
  for (const { key, names, pattern } of PATTERNS) {
    const match = pattern.exec(english);
    if (match) return { key, values: Object.fromEntries(names.map((n, i) => [n, match[i + 1]!])) };
  }
  return undefined;
}

/** A schema's English message in `lang`; undefined when it is not one of the schemas' own. */
export function schemaMessageIn(lang: Lang, english: string): string | undefined {
  const found = schemaMessageOf(english);
  if (!found) return undefined;
  return formatMessage(
    lang,
    (lang === 'es' ? schemaMessagesEs : schemaMessagesEn)[found.key],
    found.values,
  );
}
