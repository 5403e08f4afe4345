/**
 * What Wayfinder adds to the public occupation data it ships (./public-data.ts): a few real
 * O*NET-SOC occupations for every pathway of the 16/79 framework with their Spanish titles and
 * descriptions in our own words, and pathway links where O*NET's crosswalk has too few
 * (./pathway-links.ts). Codes, titles and job zones here are O*NET's (O*NET 27.0, CC BY 4.0).
 *
 * Each row: pathway codes (the first is the primary pathway) | O*NET-SOC code | job zone |
 * English title | Spanish title | English description | Spanish description.
 */
import type { OccupationSeed } from '../../domain/occupation/occupation.ts';
import { rows as rows01 } from './clusters-01-04.ts';
import { rows as rows05 } from './clusters-05-08.ts';
import { rows as rows09 } from './clusters-09-12.ts';
import { rows as rows13 } from './clusters-13-16.ts';
import { rows as extraLinks } from './pathway-links.ts';

/** Our pathway links and Spanish texts: rows that name it are Wayfinder's own. */
export const CURATED_OCCUPATION_SOURCE = {
  id: 'wayfinder-curated@2',
  kind: 'wayfinder-curated',
  version: '2',
  title: 'Wayfinder pathway links and Spanish occupation texts',
  publisher: 'Wayfinder contributors',
  url: 'https://www.onetcenter.org/database.html',
  license: 'MIT (links and Spanish texts); occupation codes from O*NET, CC BY 4.0',
  attribution:
    'Links from occupations to the 79 pathways where O*NET lists none, and Spanish titles and descriptions, by Wayfinder contributors. Occupation codes from the O*NET 27.0 Database by USDOL/ETA, used under the CC BY 4.0 license.',
} as const;

/** The source of the occupations earlier versions seeded; a new seed replaces their rows. */
export const LEGACY_DEFAULT_SOURCE_ID = 'wayfinder-default@1';

export function parseOccupationRows(text: string): OccupationSeed[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const parts = line.split('|').map((part) => part.trim());
      if (parts.length !== 7) throw new Error(`default occupation row needs 7 fields: ${line}`);
      const [pathways, code, zone, titleEn, titleEs, descriptionEn, descriptionEs] = parts as [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ];
      return {
        code,
        jobZone: zone === '-' ? null : Number(zone),
        title: { en: titleEn, es: titleEs },
        description: { en: descriptionEn, es: descriptionEs },
        pathways: pathways.split(/\s+/),
      };
    });
}

export const defaultOccupations: OccupationSeed[] = [rows01, rows05, rows09, rows13].flatMap(
  parseOccupationRows,
);

/** Spanish title and description by O*NET-SOC code, written by Wayfinder contributors. */
export const spanishOccupationTexts: ReadonlyMap<string, { title?: string; description?: string }> =
  new Map(
    defaultOccupations.map((o) => [o.code, { title: o.title.es, description: o.description.es }]),
  );

/** Our pathway links: each default occupation's pathways (its first is primary), then ./pathway-links.ts. */
export const curatedPathwayLinks: readonly {
  pathwayCode: string;
  occupationCode: string;
  isPrimary: boolean;
}[] = [
  ...defaultOccupations.flatMap((o) =>
    o.pathways.map((pathwayCode, i) => ({
      pathwayCode,
      occupationCode: o.code,
      isPrimary: i === 0,
    })),
  ),
  ...extraLinks
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [pathwayCode = '', codes = ''] = line.split('|').map((part) => part.trim());
      return codes
        .split(/\s+/)
        .map((occupationCode) => ({ pathwayCode, occupationCode, isPrimary: false }));
    }),
];
