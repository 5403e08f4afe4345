import { describe, expect, it } from 'vitest';
import { formatMessage, messagePlaceholders } from '../domain/i18n/message.ts';
import { sampleValues } from '../domain/i18n/sample-values.ts';
import { lines } from '../../test/transcript-text.ts';
import { ISSUE_MESSAGES, localizeIssue, REFUSED, type IssueKey } from './issue-text.ts';
import { formatIssue, type ImportIssue } from './tabular.ts';
import { parseTranscriptCsv } from './transcript-csv.ts';
import { credentialMessagesEn } from './credential-messages.ts';
import { importMessagesEn } from './import-messages.ts';
import { rosterMessagesEn } from './roster-messages.ts';
import { oneRosterMessagesEn } from './oneroster/oneroster-messages.ts';
import { edfiMessagesEn } from './edfi/edfi-messages.ts';
import { jsonFileMessagesEn } from './json-file-messages.ts';
import { transcriptMessagesEn } from './transcript-messages.ts';

const keys = Object.keys(ISSUE_MESSAGES.en) as IssueKey[];

describe('import problems in English and Spanish', () => {
  it('every message has both texts, with the same placeholders, rendering every branch', () => {
    expect(Object.keys(ISSUE_MESSAGES.es).sort()).toEqual([...keys].sort());
    for (const key of [...keys, 'refused'] as const) {
      const en = key === 'refused' ? REFUSED.en : ISSUE_MESSAGES.en[key];
      const es = key === 'refused' ? REFUSED.es : ISSUE_MESSAGES.es[key];
      expect(messagePlaceholders(es), key).toEqual(messagePlaceholders(en));
      for (const values of sampleValues(en))
        for (const [lang, template] of [
          ['en', en],
          ['es', es],
        ] as const)
          expect(formatMessage(lang, template, values), `${lang} ${key}`).not.toMatch(/[{}]/);
    }
  });

  it("holds each importer's messages under keys of their own (none written over by another)", () => {
    const sets = [
      importMessagesEn,
      rosterMessagesEn,
      oneRosterMessagesEn,
      edfiMessagesEn,
      jsonFileMessagesEn,
      transcriptMessagesEn,
      credentialMessagesEn,
    ];
    const all = sets.flatMap((set) => Object.keys(set));
    expect(new Set(all).size).toBe(all.length);
    expect(keys.length).toBe(all.length);
  });

  it('renders a keyed problem in Spanish keeping its file, line and column; plain text stays', () => {
    const keyed: ImportIssue = {
      file: 't.csv',
      line: 4,
      column: 8,
      columnName: 'credits_earned',
      message: 'must be 0 when the result is fail',
      key: 'earned_not_zero',
      params: { result: 'fail' },
    };
    expect(formatIssue(localizeIssue(keyed, 'es'))).toBe(
      't.csv:4:8: credits_earned: debe ser 0 cuando el resultado es fail',
    );
    expect(localizeIssue(keyed, 'en')).toEqual(keyed);
    const plain: ImportIssue = { file: 't.csv', line: 2, column: 1, message: 'is odd' };
    expect(localizeIssue(plain, 'es')).toEqual(plain);
  });

  it('keys every problem a transcript file can have', () => {
    const header =
      'student_id,school_id,school_year,term,course_code,course_title,sced_code,credits_attempted,credits_earned,letter_grade,result,AP,Course Level,Credit Status,earned_at,earned_at_state,transfer_kind';
    const files = [
      '',
      'student_id,school_id\n1,rhs\n',
      'student_id,school_id,school_year,term,course_code,course_title,credits_attempted,credits_earned,Grade\n1,rhs,2025,S1,C1,Bio,1,1,09\n',
      lines(header, [
        '1,rhs,2025,S1,C1,Bio,02052,1,1,A,pass,,,,,,',
        '1,rhs,2025,S1,C1,Bio,02052,1,1,A,pass,,,,,,',
        '1,rhs,20x5,S1,C2,Bio,2052X,eleven,1,ABCDEFG,pass,2,Gold,Maybe,,,',
        '1,rhs,2025,Fall 2020,C3,Bio,,1,0,B,,,,,,,',
        '1,rhs,2025,S1,C4,Bio,,1,2,A,,,,,,,',
        '1,rhs,2025,S1,C5,Bio,,1,1,F,pass,,,,,,',
        '1,rhs,2025,S1,C6,Bio,,1,1,B,fail,,,,,,',
        '1,rhs,2025,S1,C7,Bio,,,,B,pass,,,,,,',
        '1,rhs,2025,S1,C8,Bio,,,,,in_progress,,,,,,',
        '1,rhs,2025,S1,C9,Bio,,1,1,B,maybe,,,,,,',
        '1,rhs,2025,S1,C10,Bio,,1,1,B,,,,LC,,,',
        '1,rhs,2025,S1,C11,Bio,,1,0,A,,,,,Northside,Texas,barter',
        '1,rhs,2025,S1,C12,Bio,,1,1,A,pass,,,,,,,,,extra',
        '1,rhs,2025,S1',
        '1,r hs,2025,S1,C13,"Bio\u0001",,1,1,A,pass,,,,,,',
      ]),
      'Student ID,School Code,Term Code,Subject,Course Number,Course Title,Final Grade,Credit Hours\n1,rhs,202410,ENGL,1301,Comp,B,3\n',
    ];
    let count = 0;
    for (const text of files) {
      const parsed = parseTranscriptCsv({ name: 't.csv', text });
      for (const issue of parsed.issues) {
        count += 1;
        expect(issue.key, formatIssue(issue)).toBeDefined();
        expect(localizeIssue(issue, 'es').message, formatIssue(issue)).not.toBe(issue.message);
      }
    }
    // The files above hold this many problems: each of them checked.
    console.log('COUNT', count);
    expect(count).toBeGreaterThanOrEqual(30);
  });
});
