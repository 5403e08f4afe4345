/**
 * The embedded default occupations: a few real O*NET-SOC occupations for every pathway of the
 * 16/79 framework, so that pathway pages are never empty before an import. Codes, titles and
 * job zones are O*NET's (O*NET 27.0, CC BY 4.0); Spanish titles and all descriptions are our
 * own words.
 *
 * Each row: pathway codes (the first is the primary pathway) | O*NET-SOC code | job zone |
 * English title | Spanish title | English description | Spanish description.
 */
import type { OccupationSeed } from '../../domain/occupation/occupation.ts';
import { rows as rows01 } from './clusters-01-04.ts';
import { rows as rows05 } from './clusters-05-08.ts';
import { rows as rows09 } from './clusters-09-12.ts';
import { rows as rows13 } from './clusters-13-16.ts';

export const DEFAULT_OCCUPATION_SOURCE = {
  id: 'wayfinder-default@1',
  kind: 'wayfinder-default',
  version: '1',
  title: 'Wayfinder default occupations',
  publisher: 'Wayfinder contributors, with codes, titles and job zones from O*NET 27.0',
  url: 'https://www.onetcenter.org/database.html',
  license: 'CC BY 4.0 (O*NET codes, titles and job zones); descriptions MIT',
  attribution:
    'Occupation codes, titles and job zones from the O*NET 27.0 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. Descriptions and Spanish titles written by Wayfinder contributors.',
} as const;

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
