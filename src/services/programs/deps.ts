/** What the program use cases need: repositories (also inside one transaction) and the framework. */
import type { AuditRepository } from '../../db/audit-repository.ts';
import type { CatalogRepository } from '../../db/catalog-repository.ts';
import type { OrgRepository } from '../../db/org-repository.ts';
import type { ProgramRepository } from '../../db/program-repository.ts';
import type { FrameworkCatalog } from '../framework-catalog.ts';

export interface ProgramRepos {
  programs: ProgramRepository;
  catalog: CatalogRepository;
  /** Organizations: owners of programs and catalog rows. */
  orgs: OrgRepository;
  /** Status changes, catalog writes and refusals are logged here. */
  audit: AuditRepository;
}

/** Wage and outlook of an occupation, where labor-market data exists. */
export interface LaborFacts {
  medianAnnualWage: number | null;
  wageTopCoded: boolean;
  growthPct: number | null;
  annualOpenings: number | null;
  brightOutlook: boolean | null;
  /** O*NET job zone and BLS typical education needed for entry, for exit points. */
  jobZone?: number | null;
  entryEducation?: string | null;
}

export interface ProgramDeps extends ProgramRepos {
  frameworks: FrameworkCatalog;
  clock: () => Date;
  /** Labor-market facts by O*NET-SOC code (15-1252.00); none when occupations are not loaded. */
  laborFacts?: (codes: string[]) => Promise<Map<string, LaborFacts>>;
  /**
   * The pathway codes each occupation (O*NET-SOC code) is linked to in a framework, for the
   * occupation-fit rule; occupations without links are left out. None when occupations are not loaded.
   */
  occupationPathways?: (codes: string[], frameworkId: string) => Promise<Map<string, string[]>>;
  /** Runs `work` in one database transaction: all of it lands, or none. */
  transaction<T>(work: (repos: ProgramRepos) => Promise<T>): Promise<T>;
}
