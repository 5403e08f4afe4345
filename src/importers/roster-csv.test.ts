import { describe, expect, it } from 'vitest';
import { gradeLevel, parseRosterCsv } from './roster-csv.ts';
import { formatIssue } from './tabular.ts';

const HEADER = 'student_id,school_id,first_name,last_name,email,grade_level,graduation_year';
const parse = (rows: string[], header = HEADER) =>
  parseRosterCsv({ name: 's.csv', text: `${[header, ...rows].join('\n')}\n` });

describe('roster CSV: names and fields as SIS exports write them', () => {
  it('keeps real names as written, tidied to one Unicode form and single spaces', () => {
    const { rows, issues } = parse([
      `001234,rhs,Liam,O'Brien,liam@x.test,9,2029`,
      `S2,rhs,Siobhán,O’Brien,sio@x.test,09,2029`,
      `S3,rhs,María José,García-López,MJ.Garcia+cte@X.test  ,9th,2029`,
      `S4,rhs,Jose\u0301,Ramírez,jose@x.test,Grade 9,2029`,
      `S5,rhs,An,Nguyễn Văn,an@x.test,12,2026`,
      `S6,rhs,  Ana\u00a0 Sofía ,  De La Cruz ,adlc@x.test,11th Grade,2027`,
      `S7,rhs,JOHN,SMITH JR.,js@x.test,Gr. 10,2028`,
      `S8,rhs,,Madonna,m@x.test,Tenth grade,2028`,
      `S9,rhs,Zoë,,zoe@x.test,10,`,
    ]);
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.localId, r.firstName, r.lastName, r.email, r.grade])).toEqual([
      ['001234', 'Liam', "O'Brien", 'liam@x.test', 9],
      ['S2', 'Siobhán', 'O’Brien', 'sio@x.test', 9],
      ['S3', 'María José', 'García-López', 'mj.garcia+cte@x.test', 9],
      ['S4', 'José', 'Ramírez', 'jose@x.test', 9],
      ['S5', 'An', 'Nguyễn Văn', 'an@x.test', 12],
      ['S6', 'Ana Sofía', 'De La Cruz', 'adlc@x.test', 11],
      ['S7', 'JOHN', 'SMITH JR.', 'js@x.test', 10],
      ['S8', '', 'Madonna', 'm@x.test', 10],
      ['S9', 'Zoë', '', 'zoe@x.test', 10],
    ]);
    expect(rows[3]!.firstName).toBe('Jos\u00e9');
  });

  it('reads one name column written "LAST, FIRST"', () => {
    const { rows, issues } = parse(
      [
        'S1,rhs,"GARCIA, MARIA",mg@x.test,9,',
        'S2,rhs,"De La Cruz, Ana Sofía",a@x.test,10,',
        'S3,rhs,Cher,c@x.test,11,',
      ],
      'Student ID,School ID,Student Name,Email,Grade Level,Graduation Year',
    );
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.firstName, r.lastName])).toEqual([
      ['MARIA', 'GARCIA'],
      ['Ana Sofía', 'De La Cruz'],
      ['Cher', ''],
    ]);
  });

  it('keeps a generational suffix with the last name in a "LAST, FIRST" column', () => {
    const { rows, issues } = parse(
      [
        'S1,rhs,"Garcia, Maria, Jr.",a@x.test,9',
        'S2,rhs,"SMITH, JOHN PAUL, III",b@x.test,9',
        'S3,rhs,"Nguyen, Tom Sr",c@x.test,9',
        'S4,rhs,"Lee Jr., Marcus",d@x.test,9',
        'S5,rhs,"Brown, James, II",e@x.test,9',
        'S6,rhs,"Ortiz, Luis iv",f@x.test,9',
        'S7,rhs,"Cole, John V",g@x.test,9',
        'S8,rhs,"Diaz, Jr.",h@x.test,9',
      ],
      'Student ID,School ID,Name,Email,Grade',
    );
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.firstName, r.lastName])).toEqual([
      ['Maria', 'Garcia Jr.'],
      ['JOHN PAUL', 'SMITH III'],
      ['Tom', 'Nguyen Sr'],
      ['Marcus', 'Lee Jr.'],
      ['James', 'Brown II'],
      ['Luis', 'Ortiz iv'],
      // A lone V is a middle initial; a suffix alone is kept as the first name it is written as.
      ['John V', 'Cole'],
      ['Jr.', 'Diaz'],
    ]);
  });

  it('reads a roster without a graduation year column (many SIS exports have none)', () => {
    const { rows, issues, columns } = parse(
      ['012345,rhs,Garcia,Maria,mgarcia@rusd.test,10', '012346,rhs,Ng,Ben,bng@rusd.test,Grade 12'],
      'Student Number,School Number,Last Name,First Name,Email,Grade Level',
    );
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.localId, r.grade, r.graduationYear])).toEqual([
      ['012345', 10, undefined],
      ['012346', 12, undefined],
    ]);
    expect(columns).not.toHaveProperty('graduation_year');
    // With the column, an empty field is "not recorded" and a bad one is still refused.
    const withYear = parse(['S1,rhs,Ana,Lopez,a@x.test,9,', 'S2,rhs,Ben,Ng,b@x.test,9,29']);
    expect(withYear.rows.map((r) => r.graduationYear)).toEqual([null]);
    expect(withYear.issues.map(formatIssue)).toEqual([
      's.csv:3:7: graduation_year: must be a year such as 2028, or empty',
    ]);
  });

  it('reads the column names SIS exports use', () => {
    const { rows, issues } = parse(
      ['00789,rhs,Zoë,Ñúñez,Zoe.Nunez@RUSD.test,Grade 11,2027'],
      'Student Number,SchoolID,Legal First Name,Surname,Email Address,Grade,Class Of',
    );
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({
      localId: '00789',
      schoolId: 'rhs',
      firstName: 'Zoë',
      lastName: 'Ñúñez',
      email: 'zoe.nunez@rusd.test',
      grade: 11,
      graduationYear: 2027,
    });
  });

  it('refuses what is not a name or a grade, naming line and column', () => {
    const { rows, issues } = parse([
      'S1,rhs,Ana,Lopez,a@x.test,13,2026',
      'S2,rhs,Ben,Ng,b@x.test,KG,2026',
      'S3,rhs,Cy,Roe,c@x.test,,2026',
      'S4,rhs,,,d@x.test,9,2029',
      'S5,rhs,Ana\u0085,Lopez,e@x.test,9,2029',
      'S6,rhs,Ana\u0000,Lopez,f@x.test,9,2029',
      `S7,rhs,${'a'.repeat(300)},Lopez,g@x.test,9,2029`,
      'S8,rhs,Ana\u202egnp.exe,Lopez,h@x.test,9,2029',
    ]);
    expect(rows).toEqual([]);
    expect(issues.map(formatIssue)).toEqual([
      's.csv:2:6: grade_level: must be a grade from 6 to 12, not 13',
      's.csv:3:6: grade_level: must be a grade from 6 to 12 (such as 9, 09, 9th or Grade 9), not "KG"',
      's.csv:4:6: grade_level: is empty',
      's.csv:5:3: first_name: is empty, and so is last_name: a student needs a name',
      's.csv:6:3: first_name: contains a control character (a line break, a tab or NUL)',
      's.csv:7:3: first_name: contains a control character (a line break, a tab or NUL)',
      's.csv:8:3: first_name: is longer than 100 characters',
      's.csv:9:3: first_name: contains an invisible character that reorders text (a bidirectional override)',
    ]);
  });

  it('keeps formulas and HTML in names as text (exports neutralise them, pages escape them)', () => {
    const { rows } = parse([
      'S1,rhs,=HYPERLINK("http://x.test"),Lopez,a@x.test,9,2029',
      'S2,rhs,<b>Ben</b>,Ng,b@x.test,9,2029',
    ]);
    expect(rows.map((r) => r.firstName)).toEqual(['=HYPERLINK("http://x.test")', '<b>Ben</b>']);
  });

  it('reads grade levels as exported', () => {
    for (const [text, grade] of [
      ['9', 9],
      ['09', 9],
      ['9th', 9],
      ['9TH', 9],
      ['Grade 9', 9],
      ['grade 09', 9],
      ['Gr 12', 12],
      ['Gr.12', 12],
      ['12th grade', 12],
      ['Sixth Grade', 6],
      ['ninth', 9],
      ['10.0', 10],
      ['Sophomore', 10],
      ['FRESHMAN', 9],
      ['Senior', 12],
    ] as const)
      expect(gradeLevel(text), text).toBe(grade);
    for (const text of ['13', '5', 'KG', 'K', 'PK', 'grade', '9 10', '9-10', 'twelve', ''])
      expect(gradeLevel(text), text).toBeUndefined();
    expect(gradeLevel('13', false)).toBe(13);
  });
});
