/**
 * The problems of a plan edit's picks: of courses (a course's `choice`), of credentials
 * (`credentialPicks`) and of the credentials it lists outright, in English and Spanish. Each names the choice (its number and options, and the
 * grade or college year) so the reader can find it; the API says them in the reader's language.
 */
import { invalid, type AppError } from '../errors.ts';
import type { Lang } from '../framework.ts';
import { formatMessage, type MessageValues } from '../i18n/message.ts';

/** `{level}` is `grade` or `college`; `{year}` the grade or the college year. */
const CHOICE_EN =
  '"earn {choose} of {options}" ({level, select, grade {grade {year}} other {college year {year}}})';
const CHOICE_ES =
  '«obtener {choose} de {options}» ({level, select, grade {{year}.º grado} other {año {year} de educación superior}})';

/** A choice of courses: always in the high-school grades. */
const COURSE_CHOICE_EN = '"choose {choose} of {options}" (grade {year})';
const COURSE_CHOICE_ES = '«elegir {choose} de {options}» ({year}.º grado)';

export const PLAN_PICK_MESSAGES = {
  en: {
    noCourseChoices: 'The plan has no choices of courses: leave out choice.',
    courseChoiceRange:
      'The plan has {choices} choices of courses ({first} to {last}), not {choice}.',
    courseNotAnOption: `{id} is not an option of the choice ${COURSE_CHOICE_EN}: pick one of its options, or add the course on its own (without choice).`,
    courseTooMany: `The choice ${COURSE_CHOICE_EN} takes {choose, plural, one {# course} other {# courses}}: this one is more.`,
    countMismatch:
      'The plan has {choices, plural, one {# choice} other {# choices}} of credentials: give the picks of each ({given} given).',
    notAnOption: `{id} is not an option of the choice ${CHOICE_EN}: pick one of its options.`,
    pickedTwice: `{id} is picked twice for the choice ${CHOICE_EN}.`,
    pickedEarlier: '{id} is already picked for choice {earlier} of credentials.',
    tooMany: `The choice ${CHOICE_EN} takes {choose, plural, one {# credential} other {# credentials}}: {id} is one more.`,
    listedAndPicked: `Credential {id} is picked for the choice ${CHOICE_EN}: list it once, there or here.`,
  },
  es: {
    noCourseChoices: 'El plan no tiene elecciones de cursos: quita choice.',
    courseChoiceRange:
      'El plan tiene {choices} elecciones de cursos (de {first} a {last}), no {choice}.',
    courseNotAnOption: `{id} no es una opción de la elección ${COURSE_CHOICE_ES}: elige una de sus opciones, o agrega el curso por sí solo (sin choice).`,
    courseTooMany: `La elección ${COURSE_CHOICE_ES} admite {choose, plural, one {# curso} other {# cursos}}: este es uno de más.`,
    countMismatch:
      'El plan tiene {choices, plural, one {# elección} other {# elecciones}} de credenciales: indica lo elegido en cada una ({given} indicadas).',
    notAnOption: `{id} no es una opción de la elección ${CHOICE_ES}: elige una de sus opciones.`,
    pickedTwice: `{id} está elegida dos veces en la elección ${CHOICE_ES}.`,
    pickedEarlier: '{id} ya está elegida en la elección {earlier} de credenciales.',
    tooMany: `La elección ${CHOICE_ES} admite {choose, plural, one {# credencial} other {# credenciales}}: {id} es una de más.`,
    listedAndPicked: `La credencial {id} está elegida en la elección ${CHOICE_ES}: inclúyela una sola vez, allí o aquí.`,
  },
} as const;

export type PlanPickProblem = keyof typeof PLAN_PICK_MESSAGES.en;

/** The values that name a choice of credentials in these messages. */
export function choiceValues(choice: {
  choose: number;
  options: readonly string[];
  level: string;
}): MessageValues {
  const college = choice.level.startsWith('postsecondary-');
  return {
    choose: choice.choose,
    options: choice.options.join(', '),
    level: college ? 'college' : 'grade',
    year: choice.level.replace(/^(grade|postsecondary)-/, ''),
  };
}

/** An `invalid` error about `field`, in English with its Spanish. */
export function pickProblem(
  problem: PlanPickProblem,
  values: MessageValues,
  field: string,
): AppError {
  const say = (lang: Lang) => formatMessage(lang, PLAN_PICK_MESSAGES[lang][problem], values);
  return invalid(say('en'), field, { es: say('es') });
}
