/**
 * O*NET database text files: Occupation Data (codes, titles, descriptions), Job Zones,
 * Interests (RIASEC), Related Occupations and Alternate Titles. Reads O*NET's own header names and the camelCase
 * copies some redistributions use ("oNETSOCCode"), on any release (2010 or 2019 O*NET-SOC).
 */
import { isOnetSocCode } from '../domain/occupation/codes.ts';
import type {
  DataSourceInfo,
  OccupationRecord,
  RelatedRecord,
} from '../domain/occupation/import-records.ts';
import {
  interestCode,
  RIASEC,
  riasecLetterOf,
  type RiasecScores,
} from '../domain/occupation/riasec.ts';
import type { ImportPlan, SourceFile } from './import-plan.ts';
import { readAlternateTitles } from './onet-alternate-titles.ts';
import { parseNumber, parseTabular, type ImportIssue, type TabularFile } from './tabular.ts';

export interface OnetFiles {
  occupations: SourceFile;
  jobZones?: SourceFile | undefined;
  interests?: SourceFile | undefined;
  related?: SourceFile | undefined;
  alternateTitles?: SourceFile | undefined;
  readMe?: string | undefined;
}

/** The file names of each part, as O*NET publishes them and as renamed copies. */
export const ONET_FILE_NAMES: Record<Exclude<keyof OnetFiles, 'readMe'>, string[]> & {
  readMe: string[];
} = {
  occupations: ['Occupation Data.txt', 'ONET.OccupationData.tsv'],
  jobZones: ['Job Zones.txt', 'ONET.JobZones.tsv'],
  interests: ['Interests.txt', 'ONET.Interests.tsv'],
  related: ['Related Occupations.txt', 'ONET.RelatedOccupations.tsv'],
  alternateTitles: ['Alternate Titles.txt', 'ONET.AlternateTitles.tsv'],
  readMe: ['Read Me.txt'],
};

export function onetSource(version: string): DataSourceInfo {
  return {
    id: `onet@${version}`,
    kind: 'onet',
    version,
    title: `O*NET ${version} Database`,
    publisher:
      'National Center for O*NET Development, for the U.S. Department of Labor, Employment and Training Administration',
    url: 'https://www.onetcenter.org/database.html',
    license: 'CC BY 4.0',
    attribution: `This product includes information from the O*NET ${version} Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.`,
  };
}

/** "O*NET 27.0 Database" in Read Me.txt, else a "db_30_0" or "27.0" in a folder or archive name. */
export function detectOnetVersion(readMe: string | undefined, hint: string): string | undefined {
  const fromReadMe = readMe ? /O\*NET\s+(\d+\.\d+)\s+Database/i.exec(readMe) : null;
  if (fromReadMe) return fromReadMe[1];
  const fromName = /(?:db_|onet[-_ ]?)(\d+)[._](\d+)/i.exec(hint);
  return fromName ? `${fromName[1]}.${fromName[2]}` : undefined;
}

export function planOnetImport(files: OnetFiles, version: string): ImportPlan {
  const issues: ImportIssue[] = [];
  let rowsRead = 0;
  const open = (file: SourceFile) => {
    const table = parseTabular(file.name, file.text, { delimiter: '\t' });
    rowsRead += table.rows.length;
    return table;
  };

  const occupations = new Map<string, OccupationRecord>();
  const occ = open(files.occupations);
  const [codeCol, titleCol, descCol] = [
    occ.column('O*NET-SOC Code'),
    occ.column('Title'),
    occ.column('Description'),
  ];
  for (const row of occ.issues.length ? [] : occ.rows) {
    const code = occ.required(row, codeCol);
    const title = occ.required(row, titleCol);
    const description = occ.get(row, descCol);
    if (code === undefined || title === undefined) continue;
    if (!isOnetSocCode(code))
      occ.fail(row, codeCol, `"${code}" is not an O*NET-SOC code such as 15-1252.00`);
    else if (occupations.has(code)) occ.fail(row, codeCol, `occupation ${code} appears twice`);
    else
      occupations.set(code, {
        code,
        title: { en: title },
        description: { en: description },
        jobZone: null,
        riasec: null,
        interestCode: null,
        alternateTitles: null,
      });
  }
  issues.push(...occ.issues);

  const known = (
    table: TabularFile,
    row: TabularFile['rows'][number],
    column: number,
  ): OccupationRecord | undefined => {
    const code = table.required(row, column);
    if (code === undefined) return undefined;
    const found = occupations.get(code);
    if (!found) table.fail(row, column, `occupation ${code} is not in ${files.occupations.name}`);
    return found;
  };

  if (files.jobZones) {
    const jz = open(files.jobZones);
    const [c, z] = [jz.column('O*NET-SOC Code'), jz.column('Job Zone')];
    for (const row of jz.issues.length ? [] : jz.rows) {
      const target = known(jz, row, c);
      const zone = parseNumber(jz.get(row, z));
      if (zone === undefined || !Number.isInteger(zone) || zone < 1 || zone > 5)
        jz.fail(row, z, 'must be a job zone from 1 to 5');
      else if (target) target.jobZone = zone;
    }
    issues.push(...jz.issues);
  }

  if (files.interests) readInterests(open(files.interests), known, issues, occupations);
  if (files.alternateTitles) {
    const table = open(files.alternateTitles);
    readAlternateTitles(table, known);
    issues.push(...table.issues);
  }

  const related: RelatedRecord[] = [];
  if (files.related) {
    const rel = open(files.related);
    const [c, r, t, i] = [
      rel.column('O*NET-SOC Code'),
      rel.column('Related O*NET-SOC Code'),
      rel.column('Relatedness Tier'),
      rel.column('Index'),
    ];
    for (const row of rel.issues.length ? [] : rel.rows) {
      const from = known(rel, row, c);
      const to = known(rel, row, r);
      const position = parseNumber(rel.get(row, i));
      if (position === undefined) rel.fail(row, i, 'must be a number');
      if (from && to && position !== undefined)
        related.push({ code: from.code, relatedCode: to.code, tier: rel.get(row, t), position });
    }
    issues.push(...rel.issues);
  }

  return {
    kind: 'onet',
    source: onetSource(version),
    data: { occupations: [...occupations.values()], related },
    files: [
      files.occupations,
      files.jobZones,
      files.interests,
      files.related,
      files.alternateTitles,
    ].flatMap((f) => (f ? [f.name] : [])),
    rowsRead,
    skipped: 0,
    issues,
  };
}

function readInterests(
  table: TabularFile,
  known: (
    table: TabularFile,
    row: TabularFile['rows'][number],
    column: number,
  ) => OccupationRecord | undefined,
  issues: ImportIssue[],
  occupations: Map<string, OccupationRecord>,
): void {
  const [c, name, scale, value] = [
    table.column('O*NET-SOC Code'),
    table.column('Element Name'),
    table.column('Scale ID'),
    table.column('Data Value'),
  ];
  const highPoints = new Map<string, string[]>();
  for (const row of table.issues.length ? [] : table.rows) {
    const target = known(table, row, c);
    const number = parseNumber(table.get(row, value));
    if (number === undefined) {
      table.fail(row, value, 'must be a number');
      continue;
    }
    if (!target) continue;
    const scaleId = table.get(row, scale);
    if (scaleId === 'OI') {
      const letter = riasecLetterOf(table.get(row, name));
      if (!letter) table.fail(row, name, 'is not one of the six RIASEC interests');
      else target.riasec = { ...target.riasec, [letter]: number } as RiasecScores;
    } else if (scaleId === 'IH' && number >= 1 && number <= 6) {
      const letters = highPoints.get(target.code) ?? [];
      letters.push(RIASEC[Math.round(number) - 1]!);
      highPoints.set(target.code, letters);
    }
  }
  for (const occupation of occupations.values()) {
    if (!occupation.riasec) continue;
    occupation.interestCode =
      highPoints.get(occupation.code)?.join('') ?? interestCode(occupation.riasec);
  }
  issues.push(...table.issues);
}
