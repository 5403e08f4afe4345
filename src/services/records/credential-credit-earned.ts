/**
 * A student's earned credentials and the college credit they bring (domain/records/
 * earned-credentials.ts), read from the records and the catalog and named in the reader's
 * language: for the progress check (`credentialCredit`) and for the plan, which shows such
 * credit as earned rather than as credit a credential would bring.
 */
import type { TCredentialCreditEarned } from '../../contracts/credential-credit-earned.ts';
import type { TCreditAgreement } from '../../contracts/program.ts';
import type { Lang } from '../../domain/framework.ts';
import { formatMessage } from '../../domain/i18n/message.ts';
import {
  credentialCreditMessagesEn,
  credentialCreditMessagesEs,
} from '../../domain/records/credential-credit-messages.ts';
import {
  countedCredits,
  earnedCredentialCredit,
  type EarnedCredentialCredit,
  type NotCountedReason,
} from '../../domain/records/earned-credentials.ts';
import type { RecordRepos } from './deps.ts';
import { pickTitle } from '../plans/pick-title.ts';
import { courseCode } from '../plans/plan-context.ts';

type Repos = Pick<RecordRepos, 'credentials' | 'catalog'>;

export interface StudentRef {
  districtId: string;
  schoolId: string;
  userId: string;
}

/** The credentials the student's records name and what they bring, with the catalog rows read. */
export async function creditOfEarned(repos: Repos, student: StudentRef) {
  const earned = await repos.credentials.ofStudent(student.districtId, student.userId);
  const found = earned.length
    ? await repos.catalog.findCatalog({
        institutions: [],
        courses: [],
        credentials: earned.map((e) => e.credentialId),
      })
    : { credentials: [], creditAgreements: [] as TCreditAgreement[] };
  const credit = earnedCredentialCredit(found.creditAgreements, earned, {
    schoolId: student.schoolId,
    districtId: student.districtId,
  });
  return { earned, credentials: found.credentials, credit };
}

/** Earned credit by credential id: agreement id → the day the credential was earned. */
export async function earnedAgreements(
  repos: Repos,
  student: StudentRef,
): Promise<Map<string, string>> {
  const { credit } = await creditOfEarned(repos, student);
  return new Map(credit.counted.map((line) => [line.agreement.id, line.earnedOn]));
}

function reasonSentence(
  lang: Lang,
  reason: NotCountedReason,
  values: { credential: string; earned: string; course: string; institution: string },
): string {
  const messages = lang === 'es' ? credentialCreditMessagesEs : credentialCreditMessagesEn;
  const date = reason.kind === 'not-party' ? '' : reason.date;
  return formatMessage(lang, messages[reason.kind], { ...values, date });
}

export async function presentCreditOfEarned(
  repos: Repos,
  student: StudentRef,
  lang: Lang,
): Promise<TCredentialCreditEarned> {
  const { earned, credentials, credit } = await creditOfEarned(repos, student);
  const lines = [...credit.counted, ...credit.notCounted];
  const found = lines.length
    ? await repos.catalog.findCatalog({
        institutions: [
          ...new Set(
            lines.flatMap((l) => [
              l.agreement.postsecondaryInstitutionId,
              ...(l.agreement.secondaryInstitutionId ? [l.agreement.secondaryInstitutionId] : []),
            ]),
          ),
        ],
        courses: [...new Set(lines.map((l) => l.agreement.postsecondaryCourseId))],
        credentials: [],
      })
    : { courses: [], institutions: [] };
  const titles = new Map(credentials.map((c) => [c.id, c.title]));
  const courses = new Map(found.courses.map((c) => [c.id, c]));
  const names = new Map(found.institutions.map((i) => [i.id, i.name]));
  const titled = (id: string) => {
    const title = titles.get(id);
    return { id, ...(title ? pickTitle(title, lang) : { title: id, titleLang: 'en' as const }) };
  };
  const view = (line: EarnedCredentialCredit['counted'][number]) => {
    const a = line.agreement;
    const course = courses.get(a.postsecondaryCourseId);
    return {
      credential: titled(line.credentialId),
      earnedOn: line.earnedOn,
      agreementId: a.id,
      credits: a.credits,
      course: {
        id: a.postsecondaryCourseId,
        code: course ? courseCode(course) : a.postsecondaryCourseId,
        ...(course
          ? pickTitle(course.title, lang)
          : { title: a.postsecondaryCourseId, titleLang: 'en' as const }),
      },
      institution: names.get(a.postsecondaryInstitutionId) ?? a.postsecondaryInstitutionId,
      effectiveFrom: a.effectiveFrom,
      ...(a.effectiveTo !== undefined ? { effectiveTo: a.effectiveTo } : {}),
    };
  };
  return {
    credentials: earned.map((e) => ({ credential: titled(e.credentialId), earnedOn: e.earnedOn })),
    credits: countedCredits(credit),
    counted: credit.counted.map(view),
    notCounted: credit.notCounted.map((line) => {
      const shown = view(line);
      const party =
        line.reason.kind === 'not-party'
          ? (names.get(line.reason.institutionId) ?? line.reason.institutionId)
          : '';
      return {
        ...shown,
        reason: line.reason.kind,
        sentence: reasonSentence(lang, line.reason, {
          credential: shown.credential.title,
          earned: line.earnedOn,
          course: shown.course.code,
          institution: party,
        }),
      };
    }),
  };
}
