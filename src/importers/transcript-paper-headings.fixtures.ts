/**
 * Transcripts typed or copied from paper as U.S. high schools print them, each heading its terms
 * and years its own way: "Term 1" to "Term 4", "Qtr 1", "1st Quarter", "Semester 1", "Sem 1", "S1",
 * the Spanish "1er trimestre", and years written "2024-2025", "2024/25", "SY 2024-25" or "Grade 10
 * (2024-25)". The students, schools and marks are made up (transcript-paper-headings.test.ts).
 */

/** A school on quarters that prints them "Term 1" to "Term 4", bars between the columns. */
export const TERM_QUARTERS = `Maple Valley High School — Official Transcript
Student ID: 51002
School: mvhs
Course | Title | Grade | Credit
Grade 9 (2023-24)
Term 1
ENG101 | English 9 | B+ | 0.25
MTH110 | Algebra I | A- | 0.25
Term 2
ENG101 | English 9 | A | 0.25
MTH110 | Algebra I | B | 0.25
Term 3
ENG101 | English 9 | A- | 0.25
Term 4
ENG101 | English 9 | B | 0.25
Term GPA: 3.45
Cumulative Credits: 1.5
`;

/** Text copied from a PDF: runs of spaces, "SY 2024-25" and "Qtr 1" headings, a level column. */
export const QTR_SPACES = `STUDENT ACADEMIC HISTORY                Lakeshore Senior High
Student ID: 60318
School: lshs
SY 2024-25    Grade: 10
Course    Title                     Level   Grade   Credit
Qtr 1
SCI210    Chemistry                 H       B+      0.25
HIS220    World History                     A       0.25
Qtr 2
SCI210    Chemistry                 H       B       0.25
HIS220    World History                     A-      0.25
Qtr 3
SCI210    Chemistry                 H       C+      0.25
Qtr 4
SCI210    Chemistry                 H       B-      0.25
Quarter GPA: 3.10      Credits Earned: 1.50
Page 1 of 1
`;

/** "1st Quarter" headings under a year written "2024/25" with the grade beside it. */
export const ORDINAL_QUARTERS = `Student ID: 72044
School: nhs
Course Code,Course Title,Grade,Credits
Grade 11 2024/25,,,
1st Quarter,,,
MA301,Algebra II,A,0.25
2nd Quarter,,,
MA301,Algebra II,A-,0.25
3rd Quarter,,,
MA301,Algebra II,B+,0.25
4th Quarter,,,
MA301,Algebra II,IP,0.25
Cumulative GPA: 3.72,,,
`;

/** A school on semesters: "Semester 1" and "2nd Semester" headings, "Sophomore Year 2024-2025". */
export const SEMESTERS = `Riverside High School — Official Transcript
Student ID: 20417
School: rhs
Course | Title | Grade | Credit
Sophomore Year 2024-2025
Semester 1
ENG201 | English 10 | B+ | 0.5
MTH201 | Geometry | C | 0.5
| PE 10 | P | 0.25
Semester GPA: 2.85
2nd Semester
ENG201 | English 10 | A- | 0.5
MTH201 | Geometry | D+ | 0.5
| Health | Pass | 0.5
Year GPA: 3.00    Credits Earned: 2.75
`;

/** A term column "S1", "Sem 2", "YR", tabs between the cells, "Grade 10 (2024-25)" headings. */
export const SEMESTER_COLUMN = [
  'Student ID: 33150',
  'School: ehs',
  'Term\tCourse\tTitle\tGrade\tCredit',
  'Grade 10 (2024-25)',
  'S1\tBIO200\tBiology\tA\t0.5',
  'Sem 2\tBIO200\tBiology\tA-\t0.5',
  'YR\tSPA200\tSpanish II\tB\t1',
  '1st Semester\tART110\tCeramics\tA\t0.5',
  'Grade 11 (2025-26)',
  'S1\tUSH300\tAP U.S. History\tB+\t0.5',
  'Cumulative GPA: 3.64',
  '',
].join('\n');

/** A Spanish-language school on quarters: "1er trimestre" to "4to trimestre", "Grado 9 — 2023-2024". */
export const TRIMESTRE_QUARTERS = `Escuela Superior Vocacional Ramón Power — Transcripción de créditos
Student ID: 81904
School: esrp
Course | Title | Grade | Credit
Grado 9 — 2023-2024
1er trimestre
ESP9 | Español 9 | A | 0.25
2do trimestre
ESP9 | Español 9 | B | 0.25
3er trimestre
ESP9 | Español 9 | A | 0.25
4to trimestre
ESP9 | Español 9 | A | 0.25
Promedio acumulado: 3.75
`;

/** "Term 1" and "Term 2" headings of a semester school, then a year of "Term 1" to "Term 3". */
export const TERM_SEMESTERS = `Student ID: 44721
School: ohs
Course,Title,Grade,Credit
2023-2024,,,
Term 1,,,
ENG9,English 9,B,0.5
Term 2,,,
ENG9,English 9,B+,0.5
Grade 10 — 2024-2025,,,
Term 1,,,
ENG10,English 10,A,0.33
Term 2,,,
ENG10,English 10,A,0.33
Term 3,,,
ENG10,English 10,A-,0.34
Total Credits: 2.0,,,
`;

/** Two years side by side, as some districts print them: no layout the parser reads. */
export const SIDE_BY_SIDE = `Student ID: 51002
School: mvhs
Grade 9  2022-2023                          Grade 10  2023-2024
Course           Grade  Credit              Course            Grade  Credit
English 9        A      1.0                 English 10        B+     1.0
Algebra I        B      1.0                 Geometry          A-     1.0
`;

/** Term headings that write their year ("Term 1 2024-25"), "Semester 1 GPA" lines. */
export const TERM_WITH_YEAR = `Student ID: 51002
School: mvhs
Course | Title | Grade | Credit
Grade 12 — 2024-2025
Term 1 2024-25
ENG401 | English 12 | B | 0.5
SOC410 | Economics (DE) | A | 0.5
Semester 1 GPA: 3.50
Term 2 2024-25
ENG401 | English 12 | B+ | 0.5
Semester 2 GPA: 3.30
`;
