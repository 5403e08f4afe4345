/** Occupations as data: the embedded default set and the checks it must pass. Pure, no I/O. */
import type { LocalizedText } from '../framework.ts';
import { isOnetSocCode } from './codes.ts';
import { isJobZone } from './entry-level.ts';

export interface OccupationSeed {
  /** O*NET-SOC code, e.g. "15-1252.00". */
  code: string;
  jobZone: number | null;
  title: LocalizedText;
  description: LocalizedText;
  /** Pathway codes this occupation belongs to; the first is its primary pathway. */
  pathways: string[];
}

export interface OccupationProblem {
  path: string;
  message: string;
}

/** Codes well-formed and unique, texts present, pathways known, job zones 1–5. */
export function checkOccupationSeeds(
  seeds: readonly OccupationSeed[],
  pathwayCodes: ReadonlySet<string>,
): OccupationProblem[] {
  const problems: OccupationProblem[] = [];
  const seen = new Set<string>();
  seeds.forEach((seed, index) => {
    const at = `occupations[${index}]`;
    if (!isOnetSocCode(seed.code))
      problems.push({
        path: `${at}.code`,
        message: `"${seed.code}" is not an O*NET-SOC code such as 15-1252.00`,
      });
    if (seen.has(seed.code))
      problems.push({ path: `${at}.code`, message: `occupation ${seed.code} appears twice` });
    seen.add(seed.code);
    if (seed.jobZone !== null && !isJobZone(seed.jobZone))
      problems.push({ path: `${at}.jobZone`, message: 'job zone must be 1 to 5' });
    for (const lang of ['en', 'es'] as const) {
      if (!seed.title[lang]?.trim())
        problems.push({ path: `${at}.title.${lang}`, message: `missing ${lang} title` });
      if (!seed.description[lang]?.trim())
        problems.push({
          path: `${at}.description.${lang}`,
          message: `missing ${lang} description`,
        });
    }
    if (seed.pathways.length === 0)
      problems.push({
        path: `${at}.pathways`,
        message: 'an occupation needs at least one pathway',
      });
    for (const code of seed.pathways) {
      if (!pathwayCodes.has(code))
        problems.push({ path: `${at}.pathways`, message: `unknown pathway ${code}` });
    }
  });
  return problems;
}
