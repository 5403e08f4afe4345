/** Maps a stored program version and its catalog to the API's shapes, in one language. */
import type {
  TFindingView,
  TProgramDetail,
  TProgramSummary,
  TCourseView,
  TCredentialView,
  TStepView,
} from '../../contracts/program-api.ts';
import {
  collegeCourseCode,
  type TCatalog,
  type TCourse,
  type TText,
} from '../../contracts/program.ts';
import type { Lang } from '../../domain/framework.ts';
import type { Finding } from '../../domain/program/validate-program.ts';
import { exitPoints, socKey } from '../../domain/program/exit-points.ts';
import { stepLabel } from '../../domain/program/labels.ts';
import { isGradeLevel } from '../../domain/program/steps.ts';
import type { ProgramVersionRecord } from '../../db/program-repository.ts';
import { occupationTitle, occupationTitleLang } from '../occupations/occupation-title.ts';
import type { LaborFacts } from './deps.ts';
import type { PathwayCodesOf } from './occupation-entries.ts';

export interface FrameworkTitles {
  cluster: { code: string; title: string };
  pathway: { code: string; title: string };
}

const text = (t: TText, lang: Lang) => (lang === 'es' && t.es ? t.es : t.en);

export function presentFinding(f: Finding, lang: Lang): TFindingView {
  const view: TFindingView = {
    rule: f.rule,
    severity: f.severity,
    message: f.message[lang],
    path: f.path,
  };
  if (f.stepLevel) view.stepLevel = f.stepLevel;
  if (f.courseId) view.courseId = f.courseId;
  if (f.profile) view.profile = f.profile;
  if (f.reason) view.reason = f.reason[lang];
  return view;
}

export function presentSummary(
  record: ProgramVersionRecord,
  titles: FrameworkTitles,
  ownerName: string,
  lang: Lang,
): TProgramSummary {
  const findings = record.findings as Finding[];
  const summary: TProgramSummary = {
    id: record.programId,
    version: record.version,
    status: record.status,
    title: text(record.title, lang),
    cluster: titles.cluster,
    pathway: titles.pathway,
    owner: { id: record.ownerId, name: ownerName },
    updatedAt: record.updatedAt.toISOString(),
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
  };
  if (record.body.cipCode) summary.cipCode = record.body.cipCode;
  return summary;
}

function courseCode(course: TCourse): string {
  return course.level === 'secondary' ? (course.stateCode ?? '') : collegeCourseCode(course);
}

/** The least credit of a course of variable credit, when it has one. */
function creditsMinOf(course: TCourse): { creditsMin?: number } {
  const min = course.level === 'secondary' ? course.carnegieUnitsMin : course.creditHoursMin;
  return min === undefined ? {} : { creditsMin: min };
}

/** The O*NET-SOC code of a program's SOC code: 15-1252 → 15-1252.00. */
export function onetCode(soc: string): string {
  return soc.includes('.') ? soc : `${soc}.00`;
}

export function presentDetail(input: {
  labor?: Map<string, LaborFacts>;
  /** The pathways the occupation data links an occupation to, in the program's framework. */
  pathwayCodesOf?: PathwayCodesOf;
  record: ProgramVersionRecord;
  versions: ProgramVersionRecord[];
  catalog: TCatalog;
  titles: FrameworkTitles;
  lang: Lang;
}): TProgramDetail {
  const { record, catalog, lang } = input;
  const institutions = new Map(catalog.institutions.map((i) => [i.id, i]));
  const courses = new Map(catalog.courses.map((c) => [c.id, c]));
  const credentials = new Map(catalog.credentials.map((c) => [c.id, c]));
  const name = (id: string) => institutions.get(id)?.name ?? id;

  /**
   * A course as a step lists it. A college course listed in a high school grade is dual
   * enrollment: college credit earned in high school, marked like a dual-credit agreement (its
   * early credit is the course itself).
   */
  const courseView = (id: string, inHighSchool: boolean): TCourseView | undefined => {
    const course = courses.get(id);
    if (!course) return undefined;
    const self = { id: course.id, code: courseCode(course), title: text(course.title, lang) };
    const enrolled =
      inHighSchool && course.level === 'postsecondary'
        ? [
            {
              id: `dual-enrollment:${course.id}`,
              type: 'dual_credit' as const,
              credits: course.creditHours,
              institution: name(course.institutionId),
              course: self,
            },
          ]
        : [];
    return {
      id: course.id,
      title: text(course.title, lang),
      code: courseCode(course),
      level: course.level,
      kind: course.kind,
      subject: course.subject,
      credits: course.level === 'secondary' ? course.carnegieUnits : course.creditHours,
      ...creditsMinOf(course),
      creditUnit: course.level === 'secondary' ? 'carnegie_units' : 'credit_hours',
      ...(course.level === 'postsecondary' && course.clockHours !== undefined
        ? { clockHours: course.clockHours }
        : {}),
      institution: name(course.institutionId),
      earlyCredit: [
        ...enrolled,
        ...catalog.creditAgreements
          .filter((a) => a.secondaryCourseId === course.id)
          .flatMap((a) => {
            const target = courses.get(a.postsecondaryCourseId);
            if (!target) return [];
            return [
              {
                id: a.id,
                type: a.type,
                credits: a.credits,
                institution: name(a.postsecondaryInstitutionId),
                course: {
                  id: target.id,
                  code: courseCode(target),
                  title: text(target.title, lang),
                },
                ...(a.exam ? { exam: `${a.exam.name} ≥ ${a.exam.minScore}` } : {}),
              },
            ];
          }),
      ],
    };
  };

  /** A credential as a step lists it, with the college credit holding it earns. */
  const credentialView = (id: string): TCredentialView | undefined => {
    const c = credentials.get(id);
    if (!c) return undefined;
    const credit = catalog.creditAgreements.flatMap((a) => {
      const target = a.credentialId === c.id ? courses.get(a.postsecondaryCourseId) : undefined;
      if (!target) return [];
      return [
        {
          id: a.id,
          type: a.type,
          credits: a.credits,
          institution: name(a.postsecondaryInstitutionId),
          course: { id: target.id, code: courseCode(target), title: text(target.title, lang) },
        },
      ];
    });
    return {
      id: c.id,
      title: text(c.title, lang),
      type: c.type,
      ...(c.issuer ? { issuer: c.issuer } : {}),
      ...(c.level ? { level: c.level } : {}),
      ...(c.validYears !== undefined ? { validYears: c.validYears } : {}),
      ...(credit.length > 0 ? { earlyCredit: credit } : {}),
    };
  };

  const exits = new Map(
    exitPoints(
      record.body,
      (id) => credentials.get(id),
      (code) => input.labor?.get(code),
    ).map((p) => [p.stepIndex, p]),
  );
  const steps: TStepView[] = record.body.steps.map((step, stepIndex) => ({
    level: step.level,
    ...(step.term ? { term: step.term } : {}),
    label: stepLabel(step)[lang],
    courses: step.courses.flatMap((id) => courseView(id, isGradeLevel(step.level)) ?? []),
    ...(step.choices?.length
      ? {
          choices: step.choices.map((choice) => ({
            choose: choice.choose,
            ...(choice.note ? { note: text(choice.note, lang) } : {}),
            courses: choice.courses.flatMap((id) => courseView(id, isGradeLevel(step.level)) ?? []),
          })),
        }
      : {}),
    credentials: step.credentials.flatMap((id) => credentialView(id) ?? []),
    ...(step.credentialChoices?.length
      ? {
          credentialChoices: step.credentialChoices.map((choice) => ({
            choose: choice.choose,
            ...(choice.note ? { note: text(choice.note, lang) } : {}),
            credentials: choice.credentials.flatMap((id) => credentialView(id) ?? []),
          })),
        }
      : {}),
    workBasedLearning: step.workBasedLearning.map((w) => ({
      type: w.type,
      title: text(w.title, lang),
      ...(w.employerId ? { employer: name(w.employerId) } : {}),
    })),
    ...(exits.has(stepIndex)
      ? {
          exitOccupations: exits.get(stepIndex)!.occupations.map((o) => ({
            code: socKey(o.soc),
            title: occupationTitle(o.soc, { en: o.title }, lang),
            titleLang: occupationTitleLang(o.soc, { en: o.title }, lang),
          })),
        }
      : {}),
  }));

  return {
    ...presentSummary(record, input.titles, record.ownerName, lang),
    lang,
    partners: record.body.partners.flatMap((p) => {
      const i = institutions.get(p.institutionId);
      return i ? [{ id: i.id, name: i.name, kind: i.kind, role: p.role }] : [];
    }),
    steps,
    occupations: record.body.occupations.map((o) => {
      const credential = o.credentialId ? credentials.get(o.credentialId) : undefined;
      return {
        soc: o.soc,
        title: occupationTitle(o.soc, { en: o.title }, lang),
        point: o.point,
        ...(credential ? { credential: text(credential.title, lang) } : {}),
        ...laborView(input.labor?.get(onetCode(o.soc))),
        ...pathwaysView(input.pathwayCodesOf, o.soc),
      };
    }),
    findings: (record.findings as Finding[]).map((f) => presentFinding(f, lang)),
    versions: input.versions.map((v) => ({
      version: v.version,
      status: v.status,
      updatedAt: v.updatedAt.toISOString(),
    })),
    document: { id: record.programId, program: record.body, catalog },
  };
}

/** An occupation's pathways, looked up as pos.occupations-fit-pathway does (by its SOC code's .00 too). */
function pathwaysView(pathwayCodesOf: PathwayCodesOf | undefined, soc: string) {
  const codes = pathwayCodesOf?.(soc) ?? pathwayCodesOf?.(soc.slice(0, 7));
  return codes ? { pathways: [...codes] } : {};
}

/** The labor-market and entry facts of an occupation row (the editor ties exit points with them). */
function laborView(facts: LaborFacts | undefined) {
  if (!facts) return {};
  const { medianAnnualWage, wageTopCoded, growthPct, annualOpenings, brightOutlook } = facts;
  return {
    medianAnnualWage,
    wageTopCoded,
    growthPct,
    annualOpenings,
    brightOutlook,
    jobZone: facts.jobZone ?? null,
    entryEducation: facts.entryEducation ?? null,
  };
}
