/** What importers hand to storage: typed records, one per row of a publisher's file. */
import type { RiasecScores } from './riasec.ts';

export interface DataSourceInfo {
  /** Unique per release, e.g. "onet@27.0". */
  id: string;
  kind: string;
  version: string;
  title: string;
  publisher: string;
  url: string;
  license: string;
  attribution: string;
}

/** English always; Spanish when someone wrote it. */
export interface TextRecord {
  en: string;
  es?: string;
}

export interface OccupationRecord {
  code: string;
  title: TextRecord;
  description: TextRecord;
  jobZone: number | null;
  riasec: RiasecScores | null;
  interestCode: string | null;
  /** Other names for the occupation (O*NET alternate and short titles); null when not given. */
  alternateTitles?: string[] | null;
}

export interface OccupationStub {
  code: string;
  title: string;
}

export interface PathwayLinkRecord {
  frameworkId: string;
  pathwayCode: string;
  occupationCode: string;
  isPrimary: boolean;
}

export interface RelatedRecord {
  code: string;
  relatedCode: string;
  tier: string;
  position: number;
}

export interface WageRecord {
  socCode: string;
  title: string;
  employment: number | null;
  medianAnnualWage: number | null;
  topCoded: boolean;
}

export interface ProjectionRecord {
  socCode: string;
  title: string;
  growthPct: number | null;
  annualOpenings: number | null;
  entryEducation: string | null;
}

export interface CipRecord {
  code: string;
  title: string;
  definition: string;
}

export interface CipSocRecord {
  cipCode: string;
  socCode: string;
}

/** One occupation on O*NET's Bright Outlook list (an O*NET-SOC or a six-digit SOC code). */
export interface BrightOutlookRecord {
  code: string;
}

/** Everything one import writes; each list is optional. */
export interface ImportData {
  occupations?: OccupationRecord[];
  occupationStubs?: OccupationStub[];
  pathwayLinks?: PathwayLinkRecord[];
  related?: RelatedRecord[];
  wages?: WageRecord[];
  projections?: ProjectionRecord[];
  cip?: CipRecord[];
  cipSoc?: CipSocRecord[];
  brightOutlook?: BrightOutlookRecord[];
}

export type ImportTable = keyof ImportData;
