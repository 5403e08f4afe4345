/**
 * Notices to program owners: the credit agreements their programs rely on (the program lists the
 * agreement's high school course in a grade, or its credential at a step) that end within the
 * notice period, soonest first.
 * The warning pos.credit-agreement-ending-soon says the same on the program when it is checked;
 * these notices find every program at once, for the owners, on any day.
 */
import type { TCreditAgreement, TProgramBody, TText } from '../../contracts/program.ts';
import { daysBetween, reliesOn } from './agreements.ts';
import { stepCourseIds, stepCredentialIds } from './steps.ts';
import type { FindingMessage } from './finding.ts';
import { say } from './message-catalog.ts';
import { MESSAGES } from './messages.ts';

export interface NoticeProgram {
  programId: string;
  title: TText;
  body: TProgramBody;
}

export interface AgreementNotice {
  ownerId: string;
  programId: string;
  agreementId: string;
  endsOn: string;
  daysLeft: number;
  message: FindingMessage;
}

export function agreementNotices(
  programs: readonly NoticeProgram[],
  agreements: readonly TCreditAgreement[],
  today: string,
  days = 90,
): AgreementNotice[] {
  const ending = agreements.filter(
    (a) =>
      a.effectiveTo !== undefined &&
      a.effectiveTo >= today &&
      daysBetween(today, a.effectiveTo) <= days,
  );
  const notices: AgreementNotice[] = [];
  for (const { programId, title, body } of programs) {
    const inHighSchool = new Set(
      body.steps.filter((s) => s.level.startsWith('grade-')).flatMap(stepCourseIds),
    );
    const credentials = new Set(body.steps.flatMap(stepCredentialIds));
    for (const agreement of ending) {
      if (!reliesOn(agreement, inHighSchool, credentials)) continue;
      const endsOn = agreement.effectiveTo!;
      const daysLeft = daysBetween(today, endsOn);
      notices.push({
        ownerId: body.ownerId,
        programId,
        agreementId: agreement.id,
        endsOn,
        daysLeft,
        message: say(MESSAGES.agreementNotice, {
          agreement: agreement.id,
          program: { en: title.en, es: title.es ?? title.en },
          date: endsOn,
          days: daysLeft,
        }),
      });
    }
  }
  return notices.sort(
    (a, b) =>
      a.ownerId.localeCompare(b.ownerId) ||
      a.daysLeft - b.daysLeft ||
      a.programId.localeCompare(b.programId),
  );
}
