/** A plan version as the API shows it: courses with titles, checks, sign-offs, review, history. */
import type { TPlan } from '../../contracts/plans.ts';
import { SIGNER_ROLES } from '../../contracts/plans.ts';
import type { TCourse, TProgramBody } from '../../contracts/program.ts';
import type { PlanHead, PlanSignature, PlanVersion } from '../../db/plan-repository.ts';
import type { StudentRow } from '../../db/roster-repository.ts';
import type { Lang } from '../../domain/framework.ts';
import { checkPlan, reviewDue } from '../../domain/plans/check-plan.ts';
import { occupationTitle, occupationTitleLang } from '../occupations/occupation-title.ts';
import { pickTitle } from './pick-title.ts';
import { courseCode, type PlanCatalog } from './plan-context.ts';

const credits = (course: TCourse) =>
  course.level === 'secondary' ? course.carnegieUnits : course.creditHours;

export function presentPlan(input: {
  student: StudentRow;
  head: PlanHead;
  versions: PlanVersion[];
  signatures: PlanSignature[];
  version: PlanVersion;
  program: TProgramBody | undefined;
  catalog: PlanCatalog;
  /** Pathway, career choices, credentials and work-based learning (read beside the plan). */
  extras: Pick<
    TPlan,
    'pathway' | 'careerChoices' | 'credentials' | 'credentialChoices' | 'workBasedLearning'
  >;
  lang: Lang;
  now: Date;
}): TPlan {
  const { version, catalog, lang, program } = input;
  const programTitle = pickTitle(program?.title ?? { en: version.body.programId ?? '' }, lang);
  const text = (t: { en: string; es?: string | undefined }) => pickTitle(t, lang).title;
  const signed = input.signatures.filter((s) => s.version === version.version);
  return {
    studentId: input.student.userId,
    districtId: input.student.districtId,
    version: version.version,
    currentVersion: input.head.currentVersion,
    programId: version.body.programId,
    programVersion: version.body.programVersion,
    programTitle: program
      ? programTitle.title
      : (input.extras.pathway?.title ?? version.body.pathwayCode ?? version.body.programId ?? ''),
    programTitleLang: program ? programTitle.titleLang : lang,
    ...input.extras,
    courses: version.body.courses.map((c) => {
      const course = catalog.courses.get(c.courseId);
      return {
        ...c,
        code: course ? courseCode(course) : c.courseId,
        ...pickTitle(course?.title ?? { en: c.courseId }, lang),
        credits: course ? credits(course) : 0,
        kind: course?.kind ?? 'academic',
      };
    }),
    choices: (version.body.choices ?? []).map((choice, index) => {
      const note = choice.note ? pickTitle(choice.note, lang) : undefined;
      return {
        level: choice.level,
        choose: choice.choose,
        ...(note ? { note: note.title, noteLang: note.titleLang } : {}),
        options: choice.options.map((courseId) => {
          const course = catalog.courses.get(courseId);
          return {
            courseId,
            code: course ? courseCode(course) : courseId,
            ...pickTitle(course?.title ?? { en: courseId }, lang),
            credits: course ? credits(course) : 0,
          };
        }),
        picked: version.body.courses.filter((c) => c.choice === index).map((c) => c.courseId),
      };
    }),
    postsecondary: (program?.steps ?? [])
      .filter((s) => s.level.startsWith('postsecondary'))
      .map((s) => ({
        level: s.level,
        ...(s.term ? { term: s.term } : {}),
        courses: s.courses,
        credentials: s.credentials,
        workBasedLearning: s.workBasedLearning.map((w) => ({ type: w.type, title: text(w.title) })),
      })),
    exitPoints: (program?.occupations ?? []).map((o) => ({
      soc: o.soc,
      title: occupationTitle(o.soc, { en: o.title }, lang),
      titleLang: occupationTitleLang(o.soc, { en: o.title }, lang),
      point: o.point,
    })),
    goals: version.body.goals,
    findings: checkPlan(version.body.courses, { ...catalog, lang }),
    signatures: signed.map((s) => ({
      role: s.role,
      signerId: s.signerId,
      signedAt: s.signedAt.toISOString(),
      lang: s.lang,
    })),
    unsigned: SIGNER_ROLES.filter((r) => !signed.some((s) => s.role === r)),
    reviewedAt: input.head.reviewedAt?.toISOString() ?? null,
    reviewDue: reviewDue(input.head.reviewedAt, input.now),
    history: input.versions.map((v) => ({
      version: v.version,
      createdAt: v.createdAt.toISOString(),
      signedBy: input.signatures.filter((s) => s.version === v.version).map((s) => s.role),
    })),
  };
}
