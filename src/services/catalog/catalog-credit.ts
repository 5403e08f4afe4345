/**
 * The credit agreements a catalog page shows: on a course's page, course-to-course credit (the
 * other course and where it is taught) and, for a college course, the credentials whose holders
 * receive its credit; on a credential's page, the college courses whose credit it earns. Pure:
 * catalog-pages.ts reads the rows and passes them in.
 */
import type { TCourseDetail, TCourseRef, TCredentialDetail } from '../../contracts/catalog.ts';
import {
  collegeCourseCode,
  type TCourse,
  type TCreditAgreement,
  type TCredential,
  type TInstitution,
  type TText,
} from '../../contracts/program.ts';
import type { Lang } from '../../domain/framework.ts';

export const text = (t: TText, lang: Lang) => (lang === 'es' && t.es ? t.es : t.en);

export const courseCode = (course: TCourse): string =>
  course.level === 'secondary' ? (course.stateCode ?? '') : collegeCourseCode(course);

export const courseRef = (course: TCourse, lang: Lang): TCourseRef => ({
  id: course.id,
  code: courseCode(course),
  title: text(course.title, lang),
});

export const credentialRef = (credential: TCredential, lang: Lang) => ({
  id: credential.id,
  title: text(credential.title, lang),
  type: credential.type,
});

const inForce = (a: TCreditAgreement) => ({
  effectiveFrom: a.effectiveFrom,
  effectiveTo: a.effectiveTo ?? null,
});

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

/** A course-to-course agreement seen from one of its courses: the course on the other side. */
export interface OtherSide {
  agreement: TCreditAgreement;
  otherCourseId: string;
  otherInstitutionId: string;
}

/** What a course's page needs to read: the other side of each course-to-course agreement. */
export function otherSides(courseId: string, agreements: readonly TCreditAgreement[]): OtherSide[] {
  return agreements.flatMap((a) => {
    if (a.secondaryCourseId === undefined || a.secondaryInstitutionId === undefined) return [];
    const secondarySide = a.secondaryCourseId === courseId;
    return [
      {
        agreement: a,
        otherCourseId: secondarySide ? a.postsecondaryCourseId : a.secondaryCourseId,
        otherInstitutionId: secondarySide ? a.postsecondaryInstitutionId : a.secondaryInstitutionId,
      },
    ];
  });
}

/** Credential credit granted for this college course (the credential ids to read as well). */
export function creditForCourse(
  courseId: string,
  agreements: readonly TCreditAgreement[],
): (TCreditAgreement & { credentialId: string })[] {
  return agreements.filter(
    (a): a is TCreditAgreement & { credentialId: string } =>
      a.type === 'credential_credit' &&
      a.credentialId !== undefined &&
      a.postsecondaryCourseId === courseId,
  );
}

/** Course-to-course agreements as the course page lists them; a missing course is left out. */
export function presentOtherSides(
  sides: readonly OtherSide[],
  courses: ReadonlyMap<string, TCourse>,
  institutions: ReadonlyMap<string, TInstitution>,
  lang: Lang,
): TCourseDetail['creditAgreements'] {
  return [...sides]
    .sort((a, b) => byId(a.agreement, b.agreement))
    .flatMap(({ agreement, otherCourseId, otherInstitutionId }) => {
      const other = courses.get(otherCourseId);
      if (!other) return [];
      return [
        {
          id: agreement.id,
          type: agreement.type,
          credits: agreement.credits,
          course: courseRef(other, lang),
          institution: institutions.get(otherInstitutionId)?.name ?? otherInstitutionId,
          exam: agreement.exam ?? null,
          ...inForce(agreement),
        },
      ];
    });
}

/** A college course's credential credit; an agreement whose credential is missing is left out. */
export function presentCredentialCredit(
  agreements: readonly (TCreditAgreement & { credentialId: string })[],
  credentials: ReadonlyMap<string, TCredential>,
  lang: Lang,
): TCourseDetail['credentialCredit'] {
  return [...agreements].sort(byId).flatMap((agreement) => {
    const credential = credentials.get(agreement.credentialId);
    if (!credential) return [];
    return [
      {
        id: agreement.id,
        credits: agreement.credits,
        credential: credentialRef(credential, lang),
        ...inForce(agreement),
      },
    ];
  });
}

/** The college courses a credential earns credit for; a missing course is left out. */
export function presentCreditEarned(
  credentialId: string,
  agreements: readonly TCreditAgreement[],
  courses: ReadonlyMap<string, TCourse>,
  institutions: ReadonlyMap<string, TInstitution>,
  lang: Lang,
): TCredentialDetail['credit'] {
  return agreements
    .filter((a) => a.type === 'credential_credit' && a.credentialId === credentialId)
    .sort(byId)
    .flatMap((agreement) => {
      const course = courses.get(agreement.postsecondaryCourseId);
      if (!course) return [];
      return [
        {
          id: agreement.id,
          credits: agreement.credits,
          course: courseRef(course, lang),
          institution:
            institutions.get(agreement.postsecondaryInstitutionId)?.name ??
            agreement.postsecondaryInstitutionId,
          ...inForce(agreement),
        },
      ];
    });
}
