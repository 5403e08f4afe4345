/**
 * Where a plan starts: an approved program of study of the student's district, or a pathway. A
 * pathway with an approved program of the district starts from that program (the first by title
 * when there are several; the plan's program title says which); a pathway with none gives an
 * empty plan whose goal is the pathway, its occupations offered as career goals.
 */
import type { TPlan } from '../../contracts/plans.ts';
import { DEFAULT_FRAMEWORK_ID } from '../../data/index.ts';
import type { StudentRow } from '../../db/roster-repository.ts';
import { invalid } from '../../domain/errors.ts';
import type { Lang } from '../../domain/framework.ts';
import { startFromPathway, startPlan, type PlanBody } from '../../domain/plans/start-plan.ts';
import { stepCourseIds } from '../../domain/program/steps.ts';
import { occupationTitle, occupationTitleLang } from '../occupations/occupation-title.ts';
import type { RecordRepos } from '../records/deps.ts';
import { approvedProgramFor, loadPlanCatalog } from './plan-context.ts';

type Repos = Pick<RecordRepos, 'programs' | 'catalog' | 'transcripts' | 'transfers' | 'framework'>;

const frameworkOf = async (repos: Pick<RecordRepos, 'framework'>) =>
  (await repos.framework.findDefaultFrameworkId()) ?? DEFAULT_FRAMEWORK_ID;

/** The approved programs of the student's school and district, latest approved version each. */
export async function approvedPrograms(repos: Pick<RecordRepos, 'programs'>, student: StudentRow) {
  const lists = await Promise.all(
    [student.schoolId, student.districtId].map((institutionId) =>
      repos.programs.list({
        institutionId,
        visibleStatuses: ['approved'],
        status: 'approved',
        limit: 200,
      }),
    ),
  );
  return [...new Map(lists.flatMap((l) => l.items).map((p) => [p.programId, p])).values()];
}

export async function planStartBody(
  repos: Repos,
  student: StudentRow,
  from: { programId?: string | undefined; pathwayCode?: string | undefined },
  today: Date,
): Promise<PlanBody> {
  if ((from.programId === undefined) === (from.pathwayCode === undefined))
    throw invalid(
      'Give either a program of study (programId) or a pathway (pathwayCode).',
      'programId',
    );
  let programId = from.programId;
  if (from.pathwayCode !== undefined) {
    const inPathway = (await approvedPrograms(repos, student))
      .filter((p) => p.pathwayCode === from.pathwayCode)
      .sort(
        (a, b) =>
          a.title.en.localeCompare(b.title.en, 'en') || a.programId.localeCompare(b.programId),
      );
    programId = inPathway[0]?.programId;
    if (programId === undefined) {
      const pathway = await repos.framework.findPathway(await frameworkOf(repos), from.pathwayCode);
      if (!pathway)
        throw invalid(
          `There is no pathway ${from.pathwayCode}: pick one of the list.`,
          'pathwayCode',
        );
      return startFromPathway(from.pathwayCode);
    }
  }
  const program = await approvedProgramFor(repos, student, programId!);
  const programCourses = program.body.steps.flatMap(stepCourseIds);
  const catalog = await loadPlanCatalog(repos, student, programCourses, today);
  return startPlan(program.body, programId!, program.version, catalog.dualCredit);
}

/** The plan's pathway in the language, and its occupations offered as career goals. */
export async function pathwayOfPlan(
  repos: Pick<RecordRepos, 'framework' | 'occupations'>,
  pathwayCode: string | undefined,
  lang: Lang,
): Promise<Pick<TPlan, 'pathway' | 'careerChoices'>> {
  if (!pathwayCode) return { pathway: null, careerChoices: [] };
  const frameworkId = await frameworkOf(repos);
  const [pathway, occupations] = await Promise.all([
    repos.framework.findPathway(frameworkId, pathwayCode),
    repos.occupations.list({ frameworkId, pathwayCode, limit: 40, offset: 0 }),
  ]);
  return {
    pathway: pathway ? { code: pathwayCode, title: pathway.title[lang] || pathway.title.en } : null,
    careerChoices: occupations.items.map((o) => ({
      soc: o.code,
      title: occupationTitle(o.code, o.title, lang),
      titleLang: occupationTitleLang(o.code, o.title, lang),
    })),
  };
}
