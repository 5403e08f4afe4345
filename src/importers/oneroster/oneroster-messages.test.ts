import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { expectSpanish } from '../../../test/issue-spanish.ts';
import { localizeIssue } from '../issue-text.ts';
import { formatIssue, type ImportIssue } from '../tabular.ts';
import { readOneRoster, unzipPackage } from './oneroster-files.ts';
import { oneRosterRoster } from './oneroster-roster.ts';

const USERS =
  'sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades';
const files = (users: string[], extra: Record<string, string> = {}) =>
  Object.entries({
    'manifest.csv': 'propertyName,value\noneroster.version,1.2\nfile.users,bulk\n',
    'orgs.csv': 'sourcedId,name,type,identifier\no1,High,school,da-high\no2,Far,school,far\n',
    'users.csv': [USERS, ...users].join('\n'),
    'classes.csv': 'sourcedId,schoolSourcedId\nk1,o1\n',
    'enrollments.csv': 'sourcedId,classSourcedId,userSourcedId,role\ne1,k9,u1,student\n',
    ...extra,
  }).map(([name, text]) => ({ name: `p.zip/${name}`, text }));

describe('OneRoster problems in English and Spanish', () => {
  it('keys every problem of the files and their users', () => {
    const read = readOneRoster([
      ...files([], {
        'manifest.csv': 'propertyName,value\noneroster.version,1.1\nfile.users,delta\n',
      }).filter((f) => !f.name.endsWith('orgs.csv')),
      { name: 'again/users.csv', text: USERS },
    ]);
    expect(read.issues.map((i) => i.key)).toEqual(['second_file', 'no_file', 'not_version']);
    // A delta file is read (its tobedeleted rows end links): the manifest says which is which.
    expect(read.modes).toEqual({ users: 'delta' });
    expectSpanish(read.issues);
    const tables = readOneRoster(
      files([
        'u1,,,true,o1,student,,,Ola,Ray,,OR1,ola@da.test,,,p9,09',
        'u1,,,true,o1,janitor,,,A,B,,,a@da.test,,,,',
        'u1,,,true,o1,student,,,,Ray\u202e,,O R,ola,,,,5',
        ',,,true,o9,teacher,,,Tim,Ho,,,,,,,',
        'u4,,,true,o1,teacher,,,Tam,Ho,,,ola@da.test,,,,',
      ]),
    );
    expect(tables.issues).toEqual([]);
    const roster = oneRosterRoster(tables, new Set(['da-high']), 'da');
    expect(roster.issues.map((i) => i.key)).toEqual([
      'no_school',
      'bad_role',
      'repeats_user',
      'not_email',
      'empty',
      'name_bidi',
      'bad_id',
      'bad_oneroster_grade',
      'empty',
      'no_account_email',
      'no_package_school',
      'repeats_email',
      'no_package_user',
      'no_package_class',
    ]);
    expectSpanish(roster.issues);
    expect(formatIssue(localizeIssue(roster.issues[0]!, 'es'))).toBe(
      'p.zip/orgs.csv:3:4: identifier: no hay ninguna escuela far en el distrito da',
    );
  });

  it("keys a counselor linked to another school's student, by agent or by class", () => {
    const tables = readOneRoster(
      files(
        [
          'u1,,,true,o1,student,,,Ola,Ray,,OR1,ola@da.test,,,,09',
          'u2,,,true,o2,student,,,Eli,Ray,,OR2,eli@da.test,,,,10',
          'c1,,,true,o1,counselor,,,Cam,Lee,,,cam@da.test,,,u2,',
        ],
        {
          'enrollments.csv':
            'sourcedId,classSourcedId,userSourcedId\ne1,k1,c1\ne2,k1,u1\ne3,k1,u2\n',
        },
      ),
    );
    const roster = oneRosterRoster(tables, new Set(['da-high', 'far']), 'da');
    expect(roster.issues.map((i) => [i.file, i.line, i.columnName, i.key])).toEqual([
      ['p.zip/users.csv', 4, 'agentSourcedIds', 'other_school_counselor'],
      ['p.zip/enrollments.csv', 4, 'userSourcedId', 'other_school_counselor'],
    ]);
    expectSpanish(roster.issues);
    // The student of the counselor's own school is linked; the other is not.
    expect(roster.links.map((l) => [l.adult, l.studentLocalId])).toEqual([['cam@da.test', 'OR1']]);
  });

  it('keys a broken archive', () => {
    const broken = unzipPackage('p.zip', strToU8('not a zip'));
    expect(Array.isArray(broken)).toBe(false);
    expectSpanish([broken as ImportIssue]);
    expect(Array.isArray(unzipPackage('p.zip', zipSync({ 'a.csv': strToU8('x') })))).toBe(true);
  });
});
