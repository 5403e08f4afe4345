/**
 * NCES CIP 2020 code list (CIPCode2020.csv) and the CIP 2020 ↔ SOC 2018 crosswalk
 * (CIP2020_SOC2018_Crosswalk.csv). Only six-digit, live codes are kept: two- and four-digit
 * headings, "Moved from"/"Deleted" history rows, "Reserved." placeholders and the crosswalk's NO MATCH placeholders are
 * counted as skipped.
 */
import { isSocCode, normalizeCipCode, stripExcelText } from '../domain/occupation/codes.ts';
import type {
  CipRecord,
  CipSocRecord,
  DataSourceInfo,
} from '../domain/occupation/import-records.ts';
import type { ImportPlan, SourceFile } from './import-plan.ts';
import { parseTabular } from './tabular.ts';

const nces = (id: string, title: string): DataSourceInfo => ({
  id,
  kind: id.split('@')[0]!,
  version: '2020',
  title,
  publisher: 'National Center for Education Statistics (NCES), U.S. Department of Education',
  url: 'https://nces.ed.gov/ipeds/cipcode/resources.aspx',
  license: 'Public domain (U.S. government work)',
  attribution: `${title}, National Center for Education Statistics.`,
});

export const CIP_SOURCE = nces(
  'nces-cip@2020',
  'Classification of Instructional Programs (CIP) 2020',
);
export const CIP_SOC_SOURCE = nces('nces-cip-soc@2020', 'CIP 2020 to SOC 2018 crosswalk');

const HISTORY = new Set(['moved from', 'deleted']);

export function planCipImport(file: SourceFile): ImportPlan {
  const table = parseTabular(file.name, file.text, { delimiter: ',' });
  const [codeCol, actionCol, titleCol, defCol] = [
    table.column('CIPCode'),
    table.column('Action'),
    table.column('CIPTitle'),
    table.column('CIPDefinition'),
  ];
  const cip = new Map<string, CipRecord>();
  let skipped = 0;
  for (const row of table.issues.length ? [] : table.rows) {
    const raw = stripExcelText(table.get(row, codeCol));
    const skip =
      /^\d{2}(\.\d{2})?$/.test(raw) || HISTORY.has(table.get(row, actionCol).toLowerCase());
    if (skip || table.get(row, titleCol) === 'Reserved.') {
      skipped += 1;
      continue;
    }
    const code = normalizeCipCode(raw);
    const title = table.required(row, titleCol);
    if (!code) table.fail(row, codeCol, `"${raw}" is not a CIP code such as 51.3801`);
    else if (title !== undefined)
      cip.set(code, { code, title: title.replace(/\.$/, ''), definition: table.get(row, defCol) });
  }
  return {
    kind: 'cip',
    source: CIP_SOURCE,
    data: { cip: [...cip.values()] },
    files: [file.name],
    rowsRead: table.rows.length,
    skipped,
    issues: table.issues,
  };
}

export function planCipSocImport(file: SourceFile): ImportPlan {
  const table = parseTabular(file.name, file.text, { delimiter: ',' });
  const [cipCol, socCol] = [table.column('CIP2020Code'), table.column('SOC2018Code')];
  const links = new Map<string, CipSocRecord>();
  let skipped = 0;
  for (const row of table.issues.length ? [] : table.rows) {
    const rawCip = table.get(row, cipCol);
    const soc = stripExcelText(table.get(row, socCol));
    if (soc === '99-9999' || rawCip === '99.9999') {
      skipped += 1;
      continue;
    }
    const cipCode = normalizeCipCode(rawCip);
    if (!cipCode) table.fail(row, cipCol, `"${rawCip}" is not a CIP code such as 51.3801`);
    else if (!isSocCode(soc)) table.fail(row, socCol, `"${soc}" is not a SOC code such as 29-1141`);
    else links.set(`${cipCode}|${soc}`, { cipCode, socCode: soc });
  }
  return {
    kind: 'cip-soc',
    source: CIP_SOC_SOURCE,
    data: { cipSoc: [...links.values()] },
    files: [file.name],
    rowsRead: table.rows.length,
    skipped,
    issues: table.issues,
  };
}
