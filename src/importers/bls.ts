/**
 * BLS labor-market files by 2018 SOC code: OEWS national wages (national_M2024_dl.tsv) and
 * Employment Projections (growth, openings, typical entry education). Both keep detailed and
 * broad codes (BLS publishes some occupations only as aggregates such as 13-1020).
 */
import { isSocCode, stripExcelText } from '../domain/occupation/codes.ts';
import type {
  DataSourceInfo,
  ProjectionRecord,
  WageRecord,
} from '../domain/occupation/import-records.ts';
import type { ImportPlan, SourceFile } from './import-plan.ts';
import { parseNumber, parseTabular } from './tabular.ts';

const bls = (id: string, version: string, title: string, url: string): DataSourceInfo => ({
  id,
  kind: id.split('@')[0]!,
  version,
  title,
  publisher: 'U.S. Bureau of Labor Statistics',
  url,
  license: 'Public domain (U.S. government work)',
  attribution: `U.S. Bureau of Labor Statistics, ${title}.`,
});

/** OEWS writes "#" for a wage at or above its top code. */
const TOP_CODED_ANNUAL_WAGE = 239_200;

export function planWagesImport(file: SourceFile, version: string): ImportPlan {
  const source = bls(
    `bls-oews@${version}`,
    version,
    `Occupational Employment and Wage Statistics, ${version}`,
    'https://www.bls.gov/oes/',
  );
  const table = parseTabular(file.name, file.text, {
    delimiter: file.name.endsWith('.csv') ? ',' : '\t',
  });
  const [codeCol, titleCol, groupCol, empCol, wageCol] = [
    table.column('OCC_CODE'),
    table.column('OCC_TITLE'),
    table.column('O_GROUP'),
    table.column('TOT_EMP'),
    table.column('A_MEDIAN'),
  ];
  const areaCol = table.has('AREA') ? table.column('AREA') : -1;
  const wages = new Map<string, WageRecord>();
  let skipped = 0;
  for (const row of table.issues.length ? [] : table.rows) {
    const group = table.get(row, groupCol);
    if (
      (group !== 'detailed' && group !== 'broad') ||
      (areaCol >= 0 && table.get(row, areaCol) !== '99')
    ) {
      skipped += 1;
      continue;
    }
    const socCode = table.get(row, codeCol);
    if (!isSocCode(socCode)) {
      table.fail(row, codeCol, `"${socCode}" is not a SOC code such as 29-1141`);
      continue;
    }
    const wageText = table.get(row, wageCol);
    const wage = parseNumber(wageText);
    if (wage === undefined && wageText !== '*' && wageText !== '#' && wageText !== '') {
      table.fail(row, wageCol, `"${wageText}" is not a wage, "*" or "#"`);
      continue;
    }
    const employment = parseNumber(table.get(row, empCol));
    if (wages.has(socCode) && group === 'broad') {
      skipped += 1; // the same aggregate published as detailed and broad: keep the detailed row
      continue;
    }
    wages.set(socCode, {
      socCode,
      title: table.get(row, titleCol),
      employment: employment ?? null,
      medianAnnualWage: wageText === '#' ? TOP_CODED_ANNUAL_WAGE : (wage ?? null),
      topCoded: wageText === '#',
    });
  }
  return {
    kind: 'wages',
    source,
    data: { wages: [...wages.values()] },
    files: [file.name],
    rowsRead: table.rows.length,
    skipped,
    issues: table.issues,
  };
}

export function planProjectionsImport(file: SourceFile, version: string): ImportPlan {
  const source = bls(
    `bls-projections@${version}`,
    version,
    `Employment Projections ${version}`,
    'https://www.bls.gov/emp/',
  );
  const table = parseTabular(file.name, file.text, { delimiter: ',' });
  const [titleCol, codeCol, pctCol, openCol, eduCol] = [
    table.column('Occupation Title'),
    table.column('Occupation Code'),
    table.column('Employment Percent Change, 2022-2032', 'Employment Percent Change'),
    table.column('Occupational Openings, 2022-2032 Annual Average', 'Occupational Openings'),
    table.column('Typical Entry-Level Education'),
  ];
  const projections: ProjectionRecord[] = [];
  for (const row of table.issues.length ? [] : table.rows) {
    const socCode = stripExcelText(table.get(row, codeCol));
    if (!isSocCode(socCode)) {
      table.fail(row, codeCol, `"${socCode}" is not a SOC code such as 29-1141`);
      continue;
    }
    const growth = parseNumber(table.get(row, pctCol));
    const openings = parseNumber(table.get(row, openCol));
    if (table.get(row, pctCol) !== '' && growth === undefined)
      table.fail(row, pctCol, 'must be a number');
    if (table.get(row, openCol) !== '' && openings === undefined)
      table.fail(row, openCol, 'must be a number (thousands)');
    projections.push({
      socCode,
      title: table.get(row, titleCol).split('*')[0]!.trim(),
      growthPct: growth ?? null,
      annualOpenings: openings === undefined ? null : Math.round(openings * 1000),
      entryEducation: table.get(row, eduCol) || null,
    });
  }
  return {
    kind: 'projections',
    source,
    data: { projections },
    files: [file.name],
    rowsRead: table.rows.length,
    skipped: 0,
    issues: table.issues,
  };
}
