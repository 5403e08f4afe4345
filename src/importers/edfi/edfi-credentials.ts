/**
 * Credentials students earned, from Ed-Fi `studentAcademicRecords`: the Data Standard records
 * them as the record's `diplomas` (Diploma: "the conferring or certification … that the student
 * has successfully completed a particular course of study"), whose required
 * `diplomaTypeDescriptor` includes "Industry-recognized Certification", "Occupational License",
 * "Career and Technical Education certificate" and "Apprenticeship Certificate" beside the high
 * school diplomas, with the required `diplomaAwardDate` and the optional `achievementTitle` (the
 * credential's name; `diplomaDescription` when it has none). Only those four types are read:
 * a high school diploma or equivalency is no catalog credential. `recognitions` (co-curricular and
 * extracurricular) and the staff `Credential` entity (teaching licences) are not a student's
 * credentials. Which catalog credential the name is, is decided by the import (the catalog).
 */
import { issueText } from '../issue-text.ts';
import type { ImportIssue } from '../tabular.ts';
import { ItemReader } from './edfi-fields.ts';
import { sectionsOf, type EdfiSources } from './edfi-sources.ts';
import type { Placed } from './edfi-students.ts';

/** DiplomaTypeDescriptor code values that name a credential (compared folded). */
const CREDENTIAL_TYPES = new Set(
  [
    'Industry-recognized Certification',
    'Occupational License',
    'Career and Technical Education certificate',
    'Apprenticeship Certificate',
  ].map((code) => fold(code)),
);

function fold(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** True when a DiplomaTypeDescriptor code value is a credential's, not a diploma's. */
export const isCredentialDiploma = (code: string) => CREDENTIAL_TYPES.has(fold(code));

export interface EdfiCredentialRow extends Placed {
  localId: string;
  /** The credential's name as written (achievementTitle or diplomaDescription), or ''. */
  credential: string;
  earnedOn: string;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function edfiCredentials(
  sources: EdfiSources,
  options: { today: string },
): { rows: EdfiCredentialRow[]; issues: ImportIssue[] } {
  const rows: EdfiCredentialRow[] = [];
  const issues: ImportIssue[] = [];
  for (const item of sectionsOf(sources, 'studentAcademicRecords')) {
    const r = new ItemReader(item);
    if (!r.isObject()) continue; // the transcripts reader reports it
    const diplomas = r.array(['diplomas']) ?? [];
    // The transcripts reader reports a record's student reference; only its value is read here.
    const localId = new ItemReader(item).id(['studentReference', 'studentUniqueId']);
    const found: EdfiCredentialRow[] = [];
    diplomas.forEach((_, i) => {
      const type = r.descriptor(['diplomas', i, 'diplomaTypeDescriptor'], true);
      if (type === undefined || !isCredentialDiploma(type)) return;
      const datePath = ['diplomas', i, 'diplomaAwardDate'];
      const date = r.text(datePath, 10, true);
      if (date !== undefined && !DATE.test(date)) r.fail(datePath, issueText('bad_date'));
      else if (date !== undefined && date > options.today)
        r.fail(datePath, issueText('credential_future_date', { today: options.today }));
      const title = r.text(['diplomas', i, 'achievementTitle'], 200);
      const titlePath = title ? 'achievementTitle' : 'diplomaDescription';
      const name = title ?? r.text(['diplomas', i, 'diplomaDescription'], 200);
      if (localId === undefined || date === undefined || name === undefined) return;
      found.push({
        localId,
        credential: name ?? '',
        earnedOn: date,
        places: {
          student_id: { item, path: ['studentReference', 'studentUniqueId'] },
          credential: { item, path: ['diplomas', i, titlePath] },
          date_earned: { item, path: datePath },
        },
      });
    });
    if (r.issues.length > 0) issues.push(...r.issues);
    else rows.push(...found);
  }
  return { rows, issues };
}
