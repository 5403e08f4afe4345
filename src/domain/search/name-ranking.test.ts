// How other names weigh in the ranking: a whole other name that only other names back ("Heart
// Doctor" among the surgeons'), the query read in other words as a whole other name ("kids
// nurse" is "Pediatric Nurse"), and the worker a query ends on ("nurse"). Titles and other names
// as O*NET 27.0 has them (Alternate Titles.txt).
import { describe, expect, it } from 'vitest';
import { SearchIndex } from './search-index.ts';
import { occ } from '../../../test/search-docs.ts';

const index = new SearchIndex([
  occ('surgeons', 'Pediatric Surgeons', {
    es: 'Cirujanos pediátricos',
    prior: 0.5,
    aliases: ['Heart Doctor', 'Heart Surgeon', 'Doctor', 'Physician', 'Surgeon'],
  }),
  occ('cardio', 'Cardiologists', {
    es: 'Cardiólogos',
    prior: 0.6,
    aliases: ['Cardiologist', 'Physician'],
  }),
  occ('financial', 'Financial Managers', {
    es: 'Gerentes financieros',
    prior: 0.6,
    aliases: ['Bank Manager', 'Finance Director'],
  }),
  occ('loans', 'Loan Officers', { es: 'Agentes de préstamos', prior: 0.7, aliases: ['Manager'] }),
  occ('rn', 'Registered Nurses', {
    es: 'Enfermeros registrados (RN)',
    prior: 0.9,
    aliases: ['Pediatric Nurse', 'Neonatal Nurse', 'Staff Nurse'],
  }),
  occ('lpn', 'Licensed Practical Nurses', {
    es: 'Enfermeros prácticos con licencia',
    prior: 0.6,
    aliases: ['Pediatric LPN'],
  }),
  occ('childcare', 'Childcare Workers', {
    es: 'Cuidadores infantiles',
    prior: 0.9,
    aliases: ["Child's Nurse", 'Nursemaid', 'Baby Attendant'],
  }),
]);
const ids = (q: string, lang?: 'en' | 'es') =>
  index.search(q, () => true, lang).map((h) => h.doc.id);

describe('other names in the ranking', () => {
  it('does not let a whole other name beat the title that names the work a word stands for', () => {
    // "heart" stands for cardiologists; the surgeons' "Heart Doctor" is one name among many.
    expect(ids('heart doctor')[0]).toBe('cardio');
    expect(ids('heart doctor')).toContain('surgeons');
    // A whole other name still counts where the title has another word of the query.
    expect(ids('bank manager')[0]).toBe('financial');
  });

  it('reads the query in other words as a whole other name', () => {
    // "kids" is pediatric work, "baby" neonatal: "Pediatric Nurse", "Neonatal Nurse".
    expect(ids('kids nurse')[0]).toBe('rn');
    expect(ids('baby nurse')[0]).toBe('rn');
    // Spanish puts the words the other way round.
    expect(ids('enfermera de bebés', 'es')[0]).toBe('rn');
  });

  it('reads no teacher of the work a word stands for as a teacher of the word', () => {
    // "kids" stands for pediatric work: "Pediatrics Teacher" teaches future doctors, while
    // "Preschool Teacher" teaches the kids.
    const teachers = new SearchIndex([
      occ('health', 'Health Specialties Teachers, Postsecondary', {
        es: 'Profesores universitarios de ciencias de la salud',
        prior: 0.9,
        aliases: ['Pediatrics Teacher', 'Nursing Teacher'],
      }),
      occ('preschool', 'Preschool Teachers', {
        es: 'Maestros de preescolar',
        prior: 0.5,
        aliases: ['Child Care Teacher'],
      }),
    ]);
    for (const [q, lang] of [
      ['teacher kids', 'en'],
      ['maestro de niños', 'es'],
    ] as const)
      expect(teachers.search(q, () => true, lang).map((h) => h.doc.id)[0], q).toBe('preschool');
    // A nurse's name is read as before ("kids nurse" is "Pediatric Nurse").
    expect(ids('enfermera de niños', 'es')[0]).toBe('rn');
  });

  it('puts the work whose title names the worker a query ends on first', () => {
    // "Child's Nurse" is a name of childcare workers: they come after every nurse.
    const kids = ids('kids nurse');
    expect(kids.indexOf('lpn')).toBeGreaterThan(-1);
    expect(kids.indexOf('childcare')).toBeGreaterThan(kids.indexOf('lpn'));
    expect(kids.slice(0, 2)).toEqual(['rn', 'lpn']);
  });
});

describe('one other name among many', () => {
  const names = (n: number, say: string[]) => [
    ...say,
    ...Array.from({ length: n - say.length }, (_, i) => `Clerk ${String.fromCharCode(97 + i)}`),
  ];
  const byNames = new SearchIndex([
    occ('supervisors', 'Office Supervisors', { prior: 0.95, aliases: names(12, ['Film Clerk']) }),
    occ('producers', 'Producers and Directors', {
      prior: 0.6,
      aliases: names(12, ['Film Producer', 'Film Director']),
    }),
  ]);
  it('counts no prior where one name says what the word means, as where it says the word', () => {
    // "movies" means film: "Film Clerk" is one of the supervisors' twelve names, a side of the
    // work; the producers' names say it twice.
    for (const q of ['movies', 'film'])
      expect(
        byNames.search(q).map((h) => h.doc.id),
        q,
      ).toEqual(['producers', 'supervisors']);
  });
});
