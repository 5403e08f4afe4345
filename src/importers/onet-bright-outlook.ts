/**
 * O*NET Bright Outlook designations: the list of occupations O*NET OnLine flags as expected to
 * grow rapidly, have many openings, or be new and emerging (its "Bright Outlook" download, CSV
 * or tab-separated). The file lists only the flagged occupations, so an import marks every listed
 * occupation in the database as bright outlook and every other one as not: the flag then means
 * "on this release of the list". Codes may be O*NET-SOC ("29-1141.00") or six-digit SOC
 * ("29-1141", which flags every O*NET occupation of that SOC code).
 */
import { isOnetSocCode, isSocCode, stripExcelText } from '../domain/occupation/codes.ts';
import type { DataSourceInfo } from '../domain/occupation/import-records.ts';
import type { ImportPlan, SourceFile } from './import-plan.ts';
import { parseTabular } from './tabular.ts';

export function brightOutlookSource(version: string): DataSourceInfo {
  return {
    id: `onet-bright-outlook@${version}`,
    kind: 'onet-bright-outlook',
    version,
    title: `O*NET Bright Outlook occupations (${version})`,
    publisher: 'National Center for O*NET Development, for USDOL/ETA',
    url: 'https://www.onetonline.org/find/bright',
    license: 'CC BY 4.0',
    attribution:
      'This product includes Bright Outlook designations from O*NET OnLine by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.',
  };
}

/** The release a file name suggests ("Bright_Outlook_2025-03.csv" → "2025-03"), if any. */
export function brightOutlookVersionOf(fileName: string): string | undefined {
  const match = /(\d{4}(?:[-_.]\d{2}(?:[-_.]\d{2})?)?)/.exec(fileName.split(/[\\/]/).pop() ?? '');
  return match ? match[1]!.replace(/[_.]/g, '-') : undefined;
}

export function planBrightOutlookImport(file: SourceFile, version: string): ImportPlan {
  const firstLine = file.text.slice(0, file.text.indexOf('\n') >>> 0);
  const table = parseTabular(file.name, file.text, {
    delimiter: firstLine.includes('\t') ? '\t' : ',',
  });
  const codeCol = table.column('Code', 'O*NET-SOC Code', 'SOC Code', 'Occupation Code');
  const codes = new Set<string>();
  for (const row of table.issues.length ? [] : table.rows) {
    const code = stripExcelText(table.get(row, codeCol));
    if (!isOnetSocCode(code) && !isSocCode(code)) {
      table.fail(row, codeCol, `"${code}" is not an O*NET-SOC code such as 29-1141.00`);
      continue;
    }
    codes.add(code);
  }
  if (table.issues.length === 0 && table.rows.length === 0)
    table.issues.push({
      file: file.name,
      line: 2,
      column: 0,
      message: 'the file lists no occupations',
    });
  return {
    kind: 'bright-outlook',
    source: brightOutlookSource(version),
    data: { brightOutlook: [...codes].map((code) => ({ code })) },
    files: [file.name],
    rowsRead: table.rows.length,
    skipped: 0,
    issues: table.issues,
  };
}
