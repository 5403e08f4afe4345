/**
 * Short names students and school catalogs use for course words, as data: each key (folded, one
 * word) stands for one or more phrases. A typed key matches a course whose words hold every word
 * of one of its phrases; a catalog title that writes the short name ("PE 9", "CS Principles") is
 * found by the long one too. Word prefixes ("chem", "calc", "geo") and numerals ("II" = 2) need
 * no entry here: course-match.ts handles them by rule. Keep entries to names a school would
 * recognise; a key must not be a prefix rule's job.
 */
export const COURSE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  // Advanced Placement (College Board) and International Baccalaureate.
  ap: ['advanced placement'],
  ib: ['international baccalaureate'],
  // United States, as in "AP U.S. History" (titles write US, U.S. or United States).
  us: ['united states'],
  usa: ['united states', 'us'],
  // AP courses by their students' names: AP U.S. History, AP World History, AP Environmental
  // Science, AP Computer Science A and Principles, AP U.S. Government and Politics.
  apush: ['ap us history', 'ap united states history'],
  apwh: ['ap world history'],
  apes: ['ap environmental science'],
  apcsa: ['ap computer science a'],
  apcsp: ['ap computer science principles'],
  apgov: ['ap government', 'ap us government'],
  // Physical education (and its everyday name).
  pe: ['physical education', 'educacion fisica'],
  gym: ['physical education', 'educacion fisica'],
  // Computer science, information technology.
  cs: ['computer science', 'ciencias computacion', 'informatica'],
  it: ['information technology', 'tecnologia informacion'],
  // English language arts; social studies.
  ela: ['english language arts', 'english'],
  ss: ['social studies', 'estudios sociales'],
  // "Geo" is what students call Geometry; Geography and Geology still match it as a beginning.
  geo: ['geometry', 'geometria'],
  // Short forms that are not the first letters of the word.
  stats: ['statistics', 'estadistica'],
  govt: ['government', 'gobierno'],
  // Career and technical education.
  cte: ['career technical education'],
  // College credit in high school (course-match.ts gives such courses these words).
  dc: ['dual credit'],
  // Health science and early childhood careers; engineering and design programs.
  cna: ['certified nursing assistant', 'nursing assistant'],
  emt: ['emergency medical technician'],
  ems: ['emergency medical services'],
  ece: ['early childhood education'],
  cad: ['computer aided design'],
  pltw: ['project lead the way'],
  jrotc: ['junior reserve officers training corps', 'rotc'],
  // Language names across English and Spanish, for a title written in one language only.
  espanol: ['spanish'],
  spanish: ['espanol'],
  ingles: ['english'],
  frances: ['french'],
  french: ['frances'],
  matematicas: ['math', 'mathematics'],
  math: ['mathematics', 'matematicas'],
};
