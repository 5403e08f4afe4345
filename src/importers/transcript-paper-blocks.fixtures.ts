/**
 * Paper transcripts as U.S. high schools print them, each with another way of writing its term and
 * year headings ("Term 1" to "Term 4", "1st Quarter", "Qtr 1", "Semester 1", "1st Semester",
 * "Sem 1", "Trimestre 1", "SY 2024-25", "2024/25", "Grade 10 (2024-25)"), for the tests of
 * transcript-paper-headings.test.ts. The schools, students and marks are made up.
 */

/** Quarters written "Term 1" to "Term 4" under "Grade 10 (2024-25)", bars between the cells. */
export const TERMS_AS_QUARTERS = [
  'Birch Hollow High School — Official Transcript',
  'Student: Okafor, Chidi          Student ID: 73012',
  'School: bhhs',
  'Course | Title | Grade | Credit',
  'Grade 10 (2024-25)',
  'Term 1',
  'HLT200 | Health | A | 0.25',
  'Term 2',
  'PE200 | Physical Education | B+ | 0.25',
  'Term 3',
  'CSC210 | Computer Applications | A- | 0.25',
  'Term 4',
  'CSC210 | Computer Applications | B | 0.25',
  'Term 4 GPA: 3.50',
  'Cumulative GPA: 3.42',
];

/** "1st Quarter" … "4th Quarter" under "SY 2024-25", copied from a PDF (runs of spaces). */
export const ORDINAL_QUARTERS = [
  'PINE BLUFF HIGH SCHOOL                          TRANSCRIPT OF RECORD',
  'Student ID: 88104',
  'School: pbhs',
  'Course     Title                          Grade     Credit',
  'SY 2024-25   Grade 11',
  '1st Quarter',
  'BUS310     Personal Finance               A         0.25',
  '2nd Quarter',
  'BUS320     Entrepreneurship               B-        0.25',
  '3rd Quarter',
  'MUS300     Music Appreciation             A-        0.25',
  '4th Quarter',
  'HLT300     Health II                      P         0.25',
  'Credits Earned: 1.00      GPA: 3.56',
];

/** "Qtr 1", "Quarter 2", "1st Qtr", "Q4" under a year written "2024/25", tabs between cells. */
export const QTR_MIXED = [
  'Lone Oak Academy\tAcademic Record',
  'Student ID:\t90233',
  'School:\tloa',
  'Course\tTitle\tGrade\tCredit',
  'Grade 9 2024/25',
  'Qtr 1',
  'ART101\tDrawing I\tA\t0.25',
  'Quarter 2',
  'ART102\tPainting I\tA-\t0.25',
  '3rd Qtr',
  'TEC101\tIntro to Engineering\tB\t0.25',
  'Q4',
  'TEC102\tRobotics I\tB+\t0.25',
];

/** "Semester 1" / "Semester 2" and "1st Semester" / "2nd Semester", two years, GPA lines. */
export const SEMESTERS = [
  'Willow Creek High School',
  'Official Transcript',
  'Student ID: 12877',
  'School: wchs',
  'Course | Title | Grade | Credit',
  'Grade 9 — 2023-2024',
  'Semester 1',
  'ENG100 | English 9 | B+ | 0.5',
  'MTH100 | Algebra I | A- | 0.5',
  'Semester 2',
  'ENG100 | English 9 | A | 0.5',
  'MTH100 | Algebra I | B | 0.5',
  'Sem 2 GPA: 3.50',
  'Grade 10 — 2024-2025',
  '1st Semester',
  'ENG200 | English 10 | A | 1/2',
  'SCI200 | Biology | C+ | 1/2',
  '2nd Semester',
  'ENG200 | English 10 | A- | 1/2',
  'SCI200 | Biology | B- | 1/2',
  'Semester GPA: 3.10',
  'Cumulative GPA: 3.30     Total Credits: 4.0',
];

/** "Sem 1" / "S2" headings under "School Year 2023-2024 Grade 12", printed columns. */
export const SEM_SHORT = [
  'RIVER BEND HIGH SCHOOL',
  'Student ID: 30561',
  'School: rbhs',
  'Course      Title                          Grade     Credit',
  'School Year 2023-2024    Grade 12',
  'Sem 1',
  'GOV400      U.S. Government                A         0.50',
  'ECO400      Economics                      B+        0.50',
  'S2',
  'GOV410      Civics Seminar                 A-        0.50',
  '            Senior Seminar                 P         0.50',
  'Year Total Credits: 2.00',
];

/** A term column of "Term 1" and "Term 2" (a school on semesters), one heading a year. */
export const TERM_COLUMN_SEMESTERS = [
  'Student ID: 45020',
  'School: mvhs',
  'Term | Course | Title | Grade | Credit',
  'Grade 11 — 2024-2025',
  'Term 1 | CHM300 | Chemistry | B | 0.5',
  'Term 1 | HIS300 | U.S. History | A | 0.5',
  'Term 2 | CHM300 | Chemistry | B+ | 0.5',
  'Term 2 | HIS300 | U.S. History | A- | 0.5',
  'Term GPA: 3.55',
];

/** Spanish headings: "Grado 10 (2024-2025)", "Trimestre 1" … "3er trimestre". */
export const SPANISH_TRIMESTERS = [
  'Escuela Preparatoria Valle Verde — Expediente académico',
  'Student ID: 66190',
  'School: evv',
  'Course | Title | Grade | Credit',
  'Grado 10 (2024-2025)',
  'Trimestre 1',
  'ESP200 | Español para hispanohablantes | A | 0.33',
  '2do trimestre',
  'MAT200 | Geometría | B | 0.33',
  '3er trimestre',
  'CIE200 | Biología | A- | 0.33',
  'Promedio acumulado: 3.67',
];

/**
 * One heading a term, the year and grade repeated on each as an SIS prints its blocks
 * ("2024-2025   Grade 11   Term 1"); then "SY2025-26" and "1st Semester 2025-2026".
 */
export const BLOCK_HEADINGS = [
  'HARBOR POINT HIGH SCHOOL        Cumulative Transcript',
  'Student ID: 55410',
  'School: hphs',
  'Course      Title                          Grade     Credit',
  '2024-2025   Grade 11   Term 1',
  'ENG310      English 11                     B         0.25',
  '2024-2025   Grade 11   Term 2',
  'ENG310      English 11                     B+        0.25',
  '2024-2025   Grade 11   Term 3',
  'ENG310      English 11                     A-        0.25',
  '2024-2025   Grade 11   Term 4',
  'ENG310      English 11                     A         0.25',
  'SY2025-26',
  '1st Semester 2025-2026',
  'ENG410      AP English Literature          A-        0.50',
  '2nd Semester 2025-2026',
  'ENG410      AP English Literature          A         0.50',
  'Cumulative GPA (weighted): 3.91',
];

/** Two years printed side by side in two columns: not readable, to be refused by its lines. */
export const SIDE_BY_SIDE = [
  'Student ID: 21109',
  'School: ashs',
  'Course    Title            Grade  Credit      Course    Title            Grade  Credit',
  'Grade 9  2022-2023                            Grade 10  2023-2024',
  'ENG101    English 9        A      1.0         ENG201    English 10       B+     1.0',
  'MTH101    Algebra I        B      1.0         MTH201    Geometry         A-     1.0',
];
