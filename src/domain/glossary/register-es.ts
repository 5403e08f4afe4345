/**
 * The one register of Wayfinder's Spanish: «tú». The product speaks to students and families
 * first, and staff pages and the server's refusals follow the same voice, so a refusal never reads
 * in «usted» on a page that says «Inicia sesión». This file lists the «usted» forms we look for
 * (test/register-es.test.ts checks every Spanish text under src/ with them) and the few
 * third-person uses that look the same. Pure data.
 */

/**
 * Verbs as their «usted» command (and subjunctive) form, without accents; matched with an
 * optional pronoun attached (inténtelo, quítela, agréguelos). The «tú» form is beside each one.
 */
export const USTED_COMMANDS: Readonly<Record<string, string>> = {
  abra: 'abre',
  acceda: 'accede',
  acepte: 'acepta',
  actualice: 'actualiza',
  acuda: 'acude',
  adjunte: 'adjunta',
  agregue: 'agrega',
  anada: 'añade',
  anote: 'anota',
  apruebe: 'aprueba',
  asegure: 'asegura',
  asigne: 'asigna',
  avise: 'avisa',
  borre: 'borra',
  busque: 'busca',
  cambie: 'cambia',
  cancele: 'cancela',
  cargue: 'carga',
  coloque: 'coloca',
  comparta: 'comparte',
  complete: 'completa',
  compruebe: 'comprueba',
  configure: 'configura',
  confirme: 'confirma',
  conserve: 'conserva',
  consulte: 'consulta',
  contacte: 'contacta',
  continue: 'continúa',
  copie: 'copia',
  corrija: 'corrige',
  defina: 'define',
  deje: 'deja',
  descargue: 'descarga',
  descarte: 'descarta',
  desvincule: 'desvincula',
  diga: 'di',
  divida: 'divide',
  edite: 'edita',
  ejecute: 'ejecuta',
  elija: 'elige',
  elimine: 'elimina',
  empiece: 'empieza',
  emplee: 'emplea',
  envie: 'envía',
  escoja: 'escoge',
  escriba: 'escribe',
  especifique: 'especifica',
  espere: 'espera',
  establezca: 'establece',
  evite: 'evita',
  exporte: 'exporta',
  guarde: 'guarda',
  hable: 'habla',
  haga: 'haz',
  importe: 'importa',
  incluya: 'incluye',
  indique: 'indica',
  ingrese: 'ingresa',
  inicie: 'inicia',
  inscriba: 'inscribe',
  intente: 'intenta',
  introduzca: 'introduce',
  lea: 'lee',
  llame: 'llama',
  llene: 'llena',
  mantenga: 'mantén',
  marque: 'marca',
  mueva: 'mueve',
  obtenga: 'obtén',
  omita: 'omite',
  oprima: 'oprime',
  pegue: 'pega',
  permita: 'permite',
  pida: 'pide',
  ponga: 'pon',
  pregunte: 'pregunta',
  presione: 'presiona',
  proceda: 'procede',
  proporcione: 'proporciona',
  pruebe: 'prueba',
  pulse: 'pulsa',
  quite: 'quita',
  recargue: 'recarga',
  recuerde: 'recuerda',
  reemplace: 'reemplaza',
  reenvie: 'reenvía',
  registre: 'registra',
  reintente: 'reintenta',
  rellene: 'rellena',
  renueve: 'renueva',
  repita: 'repite',
  retire: 'retira',
  revise: 'revisa',
  salga: 'sal',
  seleccione: 'selecciona',
  sepa: 'sabe',
  siga: 'sigue',
  solicite: 'solicita',
  suba: 'sube',
  tenga: 'ten',
  traiga: 'trae',
  use: 'usa',
  utilice: 'utiliza',
  valide: 'valida',
  vea: 've',
  venga: 'ven',
  verifique: 'verifica',
  vincule: 'vincula',
  visite: 'visita',
  vuelva: 'vuelve',
};

/** Possessives and pronouns that address the reader as «usted». */
const USTED_WORDS =
  /\b(?:[Uu]sted(?:es)?|[Ss]us? (?:cuentas?|contraseña|correo|dirección|dispositivo|función|segundo factor|aplicación|administrador|escuela|navegador|sesión|propia|estudiantes|hijos?|hijas?|identificador))\b/g;

/**
 * Any «usted» command with «se» attached, listed above or not: the written accent on its stem and
 * the pronoun «se» where «tú» attaches «te» (asegúrese / asegúrate, diríjase, póngase, regístrese).
 * A gerund (inscribiéndose) is not a command.
 */
const REFLEXIVE_COMMAND = /(?<!\p{L})\p{L}*[áéíóú]\p{L}*(?<!nd[oó])se(?!\p{L})/gu;

/** «dé» (give), the one command whose accent alone tells it from a common word («de»). */
const DE_COMMAND = /(?<!\p{L})[Dd]é(?!\p{L})/gu;

/** A Spanish text: an accent, ñ, ¿ or ¡, or one of the commonest Spanish words. */
const SPANISH = /[áéíóúñ¿¡]|\b(?:el|la|los|las|del|de|que|para|una|con|por|ya|primero)\b/;

const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

const COMMAND = new RegExp(
  // After «que» the same form is a third-person subjunctive («pide que cree una»): not a command.
  `(?<!(?<!asi )\\bque )(?<!\\bque se )(?<!\\bque lo )(?<!\\bque la )\\b(?:${Object.keys(USTED_COMMANDS).join('|')})(?:lo|la|los|las|le|les|se)?\\b`,
  'gi',
);

/**
 * The «usted» forms in a line of Spanish text, as they appear in it (none in a text that is not
 * Spanish, so «Use» in an English text is not a Spanish command).
 */
export function ustedForms(line: string): string[] {
  // A data line holds English and Spanish cells side by side: look at each cell alone.
  return line.split(/\t| \| /).flatMap((cell) => {
    if (!SPANISH.test(cell)) return [];
    const found: string[] = [];
    for (const match of plain(cell).matchAll(COMMAND))
      found.push(cell.slice(match.index, match.index + match[0].length));
    for (const match of cell.matchAll(REFLEXIVE_COMMAND))
      if (!found.some((form) => form === match[0])) found.push(match[0]);
    for (const match of cell.matchAll(USTED_WORDS)) found.push(match[0]);
    for (const match of cell.matchAll(DE_COMMAND)) found.push(match[0]);
    return found;
  });
}

/**
 * Lines where a form above is a true third person (a user, a student or a program seen by
 * staff), each as a file under src/ and a piece of that line. Keep this short.
 */
export const THIRD_PERSON_ES: readonly { file: string; text: string; why: string }[] = [
  {
    file: 'domain/auth/account-messages-es.ts',
    text: '(o le diste su función)',
    why: "the requester's account",
  },
  {
    file: 'domain/auth/account-messages-es.ts',
    text: 'son de su propia escuela',
    why: "the counselor's school",
  },
  {
    file: 'domain/records/credential-removal.ts',
    text: 'su identificador o título',
    why: "the credential's",
  },
  {
    file: 'importers/edfi/edfi-messages.ts',
    text: 'no se conocen su escuela',
    why: "the student's",
  },
  {
    file: 'web/account/i18n-sign-in.ts',
    text: 'las familias inician sesión',
    why: 'staff, students and families',
  },
  {
    file: 'web/editor/i18n-agreements.ts',
    text: 'el acuerdo no tenga fecha',
    why: "the agreement's (a subjunctive)",
  },
  { file: 'web/account/i18n-admin.ts', text: 'para crear su contraseña', why: "each new user's" },
  {
    file: 'web/account/i18n-admin.ts',
    text: 'por su correo. Vincula',
    why: 'the user an admin links',
  },
  {
    file: 'web/account/i18n-admin.ts',
    text: 'no su correo electrónico',
    why: 'the user an admin links',
  },
  { file: 'web/account/i18n-admin.ts', text: 'vinculado: {name}', why: "{name}'s account" },
  {
    file: 'web/account/i18n-admin.ts',
    text: '{name} ya no podrá',
    why: "{name}'s account and password",
  },
  {
    file: 'web/account/i18n-exports.ts',
    text: 'Nadie puede aprobar su propia',
    why: "«la apruebe» is a subjunctive; nobody's own export",
  },
];

/** The register rule, as docs/glossary-es.md shows it. */
export const REGISTER_RULE_ES = [
  '## Register: «tú»',
  '',
  "Every Spanish text speaks to the reader as «tú»: pages, e-mails, the server's refusals, importer",
  'and CLI messages, for students, families and staff alike ("Inicia sesión", "Revisa tu',
  'contraseña", "Elige una de sus opciones"). Never «usted» forms: no "Inicie", "Revise",',
  '"inténtelo", "su cuenta" or "usted". «su» and «sus» stay where they mean a third person: the',
  "student's plan read by a counselor, a course's credits, a user an administrator manages. The",
  'forms checked, and the few third-person lines that look like them, are in',
  '`src/domain/glossary/register-es.ts` (test/register-es.test.ts checks all of `src/`).',
].join('\n');
