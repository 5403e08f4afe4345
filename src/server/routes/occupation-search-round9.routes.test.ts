// A ninth round of what high-school students type in English: a job name with one letter
// missing ("programer", "computer programer") finds that job first, not a job whose title has a
// longer word it starts ("Media Programming Directors"); a small business owner runs the
// business (not the loan officers of "Small Business Loan Officer"); and plain phrasings of jobs teenagers
// name, with "be a", "work as", "I want to" and common misspellings, that already worked, kept.
// Checked on the default occupation data through the API on every database engine: a sensible
// occupation among the first three, never an exact order.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { occupationSearch, type SearchCase } from '../../../test/occupation-search.ts';

describe.each(testEngines())('occupation search, ninth round, on $name', (engine) => {
  const { expectAll, titles } = occupationSearch(engine);

  it('reads a programmer with one m as a programmer', async () => {
    const programmers = /^Computer Programmers$/;
    const cases: SearchCase[] = [
      ['programer', 'en', programmers, /^Media Programming|^Production Workers/],
      ['computer programer', 'en', programmers, /Managers$/],
      ['i want to be a programer', 'en', programmers, /^Media Programming/],
      ['programing', 'en', programmers],
    ];
    await expectAll(cases);
    for (const q of ['programer', 'computer programer'])
      expect((await titles(q, 'en', 1))[0], q).toBe('Computer Programmers');
  });

  it('finds who runs a small business, not the loan officers who lend to one', async () => {
    const runners = /^(General and Operations Managers|Chief Executives)$/;
    const cases: SearchCase[] = [
      ['small business owner', 'en', runners, /^Loan Officers$/],
      ['own a small business', 'en', runners, /^Loan Officers$/],
      ['start a small business', 'en', runners, /^Loan Officers$/],
      ['small business loan officer', 'en', /^Loan Officers$/],
    ];
    await expectAll(cases);
  });

  it('keeps the jobs students name, misspelt or not', async () => {
    const cases: SearchCase[] = [
      ['vetrinarian', 'en', /^Veterinarians$/],
      ['veternarian', 'en', /^Veterinarians$/],
      ['photographer', 'en', /^Photographers$/],
      ['fotographer', 'en', /^Photographers$/],
      ['coach', 'en', /^Coaches and Scouts$/],
      ['be a barber', 'en', /^Barbers$/],
      ['lawer', 'en', /^Lawyers$/],
      ['techer', 'en', /Teachers/],
      ['mecanic', 'en', /Mechanics/],
      ['plumer', 'en', /^Plumbers/],
      ['carpinter', 'en', /^Carpenters$/],
      ['farmacist', 'en', /^Pharmacists$/],
      ['acountant', 'en', /^Accountants and Auditors$/],
      ['psycologist', 'en', /Psychologists/],
      ['councelor', 'en', /Counselors/],
      ['surgen', 'en', /Surgeons/],
      ['pediatrition', 'en', /^Pediatricians/],
      ['cosmotologist', 'en', /Cosmetologists/],
      ['be an electritian', 'en', /^Electricians$/],
      ['work as a mechanic', 'en', /Mechanics/],
      ['be a firefighter', 'en', /^Firefighters$/],
      ['be a flight attendant', 'en', /^Flight Attendants$/],
      ['be a real estate agent', 'en', /^Real Estate/],
      ['be a tooth doctor', 'en', /^Dentists/],
      ['be a foot doctor', 'en', /^Podiatrists$/],
      ['i want to be a doctor', 'en', /Physicians|Pediatricians/],
    ];
    await expectAll(cases);
  });
});
