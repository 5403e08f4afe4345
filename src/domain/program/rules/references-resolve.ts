/**
 * Every id the program or its catalog refers to names an entry of the right kind: steps list
 * catalog courses and credentials, partners and courses name catalog institutions, credit
 * agreements link a high school course (or, for credential credit, a catalog credential) to a
 * college course.
 */
import type { TText } from '../../../contracts/program.ts';
import type { RuleContext } from '../context.ts';
import {
  findingOf,
  type Finding,
  type FindingMessage,
  type FindingTarget,
  type Rule,
} from '../finding.ts';
import { courseLabel, stepLabel, type Labels } from '../labels.ts';
import { say } from '../message-catalog.ts';
import { REFERENCES as M } from '../messages-references.ts';

const text = (t: TText): Labels => ({ en: t.en, es: t.es ?? t.en });

export const referencesResolve: Rule = {
  id: 'pos.references-resolve',
  severity: 'error',
  check(ctx) {
    const findings: Finding[] = [];
    const push: Push = (path, message, extra = {}) =>
      findings.push(findingOf(referencesResolve, { path, ...extra }, message));
    checkProgram(ctx, push);
    checkCatalog(ctx, push);
    return findings;
  },
};

type Push = (path: string, message: FindingMessage, extra?: Omit<FindingTarget, 'path'>) => void;

function checkProgram(ctx: RuleContext, push: Push): void {
  const { program, institutions, credentials } = ctx;
  if (!institutions.has(program.ownerId)) {
    push('program.ownerId', say(M.unknownOwner, { id: program.ownerId }));
  }
  program.partners.forEach((partner, i) => {
    if (institutions.has(partner.institutionId)) return;
    push(
      `program.partners[${i}].institutionId`,
      say(M.unknownPartner, { id: partner.institutionId }),
    );
  });
  for (const placement of ctx.coursePlacements) {
    if (placement.course) continue;
    push(
      placement.path,
      say(M.unknownStepCourse, { step: stepLabel(placement.step), id: placement.courseId }),
      { stepLevel: placement.step.level, courseId: placement.courseId },
    );
  }
  for (const placement of ctx.credentialPlacements) {
    if (placement.credential) continue;
    push(
      placement.path,
      say(M.unknownStepCredential, { step: stepLabel(placement.step), id: placement.credentialId }),
      { stepLevel: placement.step.level },
    );
  }
  program.steps.forEach((step, s) => {
    step.workBasedLearning.forEach((wbl, w) => {
      if (wbl.employerId === undefined || institutions.has(wbl.employerId)) return;
      push(
        `program.steps[${s}].workBasedLearning[${w}].employerId`,
        say(M.unknownEmployer, { title: text(wbl.title), id: wbl.employerId }),
      );
    });
  });
  program.occupations.forEach((occupation, i) => {
    if (occupation.credentialId === undefined || credentials.has(occupation.credentialId)) return;
    push(
      `program.occupations[${i}].credentialId`,
      say(M.unknownOccupationCredential, { title: occupation.title, id: occupation.credentialId }),
    );
  });
}

function checkCatalog(ctx: RuleContext, push: Push): void {
  const { catalog, institutions, courses, credentials } = ctx;
  // `who` is only worded when the institution is missing (most programs have none missing).
  const institution = (path: string, id: string, who: () => FindingMessage) => {
    if (institutions.has(id)) return;
    push(path, say(M.unknownInstitution, { who: who(), id }));
  };
  catalog.institutions.forEach((inst, i) => {
    if (inst.parentId === undefined) return;
    institution(`catalog.institutions[${i}].parentId`, inst.parentId, () =>
      say(M.whoInstitution, { name: inst.name }),
    );
  });
  catalog.courses.forEach((course, i) => {
    institution(`catalog.courses[${i}].institutionId`, course.institutionId, () =>
      say(M.whoCourse, { course: courseLabel(course) }),
    );
    for (const key of ['prerequisites', 'corequisites'] as const) {
      course[key].forEach((id, j) => {
        if (courses.has(id)) return;
        const msg = key === 'prerequisites' ? M.unknownPrerequisite : M.unknownCorequisite;
        push(`catalog.courses[${i}].${key}[${j}]`, say(msg, { course: courseLabel(course), id }), {
          courseId: course.id,
        });
      });
    }
  });
  catalog.creditAgreements.forEach((agreement, i) => {
    const base = `catalog.creditAgreements[${i}]`;
    const ends = [
      ['secondaryCourseId', 'secondary', M.needHighSchoolCourse],
      ['postsecondaryCourseId', 'postsecondary', M.needCollegeCourse],
    ] as const;
    for (const [key, level, needed] of ends) {
      const id = agreement[key];
      // A credential-credit agreement has no high school course (the file format says so).
      if (id === undefined) continue;
      const course = courses.get(id)?.value;
      if (course && course.level === level) continue;
      push(
        `${base}.${key}`,
        course
          ? say(M.agreementWrongLevel, {
              id: agreement.id,
              course: courseLabel(course),
              needed: say(needed, {}),
            })
          : say(M.agreementUnknownCourse, { id: agreement.id, course: id }),
        { courseId: id },
      );
    }
    const credential = agreement.credentialId;
    if (credential !== undefined && !credentials.has(credential))
      push(
        `${base}.credentialId`,
        say(M.agreementUnknownCredential, { id: agreement.id, credential }),
      );
    const who = () => say(M.whoAgreement, { id: agreement.id });
    if (agreement.secondaryInstitutionId !== undefined)
      institution(`${base}.secondaryInstitutionId`, agreement.secondaryInstitutionId, who);
    institution(`${base}.postsecondaryInstitutionId`, agreement.postsecondaryInstitutionId, who);
  });
  catalog.credentials.forEach((credential, i) => {
    credential.stacksInto.forEach((id, j) => {
      if (credentials.has(id)) return;
      push(
        `catalog.credentials[${i}].stacksInto[${j}]`,
        say(M.unknownStack, { title: text(credential.title), id }),
      );
    });
  });
}
