/**
 * Lines of the plan PDF that need more than a course's title: a course picked for one of the
 * program's choices ("one of: A, B, C"), a choice still open, a credential picked for a choice of
 * credentials or one still to pick, and transfer credit the student
 * already earned elsewhere (where, when, credits, how it counts here), in English and Spanish.
 */
import type { TPlan } from '../contracts/plans.ts';
import type { TTransferCredit } from '../contracts/transfer.ts';
import type { TPlanCredentialCredit } from '../contracts/plan-credential-choices.ts';
import type { Lang } from '../domain/framework.ts';
import { credentialCreditText } from '../domain/program/pos-texts.ts';
import { schoolYearLabel } from '../domain/requirements/describe.ts';
import { MARKS } from './program-pdf.ts';

const WORDS = {
  en: {
    oneOf: 'one of',
    nOf: (n: number) => `${n} of`,
    toPick: 'still to choose',
    until: 'until',
    earnedOn: 'earned',
    transfers: 'Transfer credit already earned',
    units: 'cr.',
    countsCourse: (code: string) => `counts here as ${code}`,
    countsSced: (code: string) => `counts by SCED code ${code}`,
    elective: 'elective credit',
    flag: { AP: 'AP', IB: 'IB', H: 'honors', DE: 'dual enrollment' },
  },
  es: {
    oneOf: 'uno de',
    nOf: (n: number) => `${n} de`,
    toPick: 'falta elegir',
    until: 'hasta',
    earnedOn: 'obtenido el',
    transfers: 'Crédito transferido ya obtenido',
    units: 'cr.',
    countsCourse: (code: string) => `cuenta aquí como ${code}`,
    countsSced: (code: string) => `cuenta por el código SCED ${code}`,
    elective: 'crédito de materia optativa',
    flag: { AP: 'AP', IB: 'IB', H: 'honores', DE: 'crédito dual' },
  },
} as const;

type Choice = Pick<TPlan['choices'][number], 'choose'> & { options: { title: string }[] };

/** "one of: Web Design and Development, AP Computer Science A" (every option, the pick included). */
export function choiceText(choice: Choice, lang: Lang): string {
  const w = WORDS[lang];
  const how = choice.choose === 1 ? w.oneOf : w.nOf(choice.choose);
  return `${how}: ${choice.options.map((o) => o.title).join(', ')}`;
}

/** The suffix of a plan course picked for a choice; empty for any other course. */
export function pickedFrom(course: TPlan['courses'][number], plan: TPlan, lang: Lang): string {
  const choice = course.choice === undefined ? undefined : plan.choices[course.choice];
  return choice ? ` · ${choiceText(choice, lang)}` : '';
}

/** A grade's choices with fewer picks than they take: "Still to choose: one of: A, B". */
export function openChoices(plan: TPlan, level: string, lang: Lang): string[] {
  const w = WORDS[lang];
  return plan.choices
    .filter((c) => c.level === level && c.picked.length < c.choose)
    .map((c) => {
      const text = `${w.toPick}: ${choiceText(c, lang)}`;
      return text.charAt(0).toUpperCase() + text.slice(1);
    });
}

/**
 * A grade's or college year's choices of credentials: each pick with its choice ("★ CNA · one of:
 * CNA, PCT"), and a choice with fewer picks than it takes ("★ Still to choose: one of: CNA, PCT").
 */
export function credentialChoiceLines(
  plan: TPlan,
  level: string,
  lang: Lang,
  mark: string,
): string[] {
  const w = WORDS[lang];
  return plan.credentialChoices
    .filter((c) => c.level === level)
    .flatMap((c) => {
      const text = choiceText(c, lang);
      const byId = new Map(c.options.map((o) => [o.credentialId, o]));
      const picks = c.picked.map((id) => {
        const option = byId.get(id);
        return `${mark} ${option?.title ?? id}${creditSuffix(option?.earlyCredit, lang, MARKS.early)} · ${text}`;
      });
      const open = w.toPick.charAt(0).toUpperCase() + w.toPick.slice(1);
      return c.picked.length < c.choose ? [...picks, `${mark} ${open}: ${text}`] : picks;
    });
}

/**
 * What a credential of the plan would bring, after its title: " ⇄ transfers to CS 161 (4 cr) at
 * Valley CC (until 2028-06-30)"; empty without credential credit.
 */
export function creditSuffix(
  credits: readonly TPlanCredentialCredit[] | undefined,
  lang: Lang,
  mark: string,
): string {
  return (credits ?? [])
    .map(
      (c) =>
        ` ${mark} ${credentialCreditText(lang, c)}${
          c.earnedOn
            ? ` (${WORDS[lang].earnedOn} ${c.earnedOn})`
            : c.effectiveTo
              ? ` (${WORDS[lang].until} ${c.effectiveTo})`
              : ''
        }`,
    )
    .join('');
}

/** The title of the transfer credit column. */
export const transferTitle = (lang: Lang) => WORDS[lang].transfers;

/**
 * Passed transfer credit, one line each, by school year: "Welding I (AG 110), honors · Lakeview
 * High School, 2024–25 · 1 cr. · counts here as WLD-1". Credit not (yet) earned is left out.
 */
export function transferLines(credits: readonly TTransferCredit[], lang: Lang): string[] {
  const w = WORDS[lang];
  const number = new Intl.NumberFormat(lang === 'es' ? 'es-US' : 'en-US');
  return credits
    .filter((c) => c.result === 'pass')
    .sort((a, b) => a.schoolYear - b.schoolYear || a.course.title.localeCompare(b.course.title))
    .map((c) => {
      const flags = c.flags.map((f) => w.flag[f]).join(', ');
      const counts =
        c.countsAs.kind === 'course'
          ? w.countsCourse(c.countsAs.code)
          : c.countsAs.kind === 'sced'
            ? w.countsSced(c.countsAs.scedCode)
            : w.elective;
      return [
        `${c.course.title}${c.course.code ? ` (${c.course.code})` : ''}${flags ? `, ${flags}` : ''}`,
        `${c.earnedAt.name}, ${schoolYearLabel(c.schoolYear)}`,
        `${number.format(c.creditsEarned)} ${w.units}`,
        counts,
      ].join(' · ');
    });
}
