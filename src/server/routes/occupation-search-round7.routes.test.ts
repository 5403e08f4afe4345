// A seventh round of what high-school students type in English: jobs no title says as typed
// (running a business, gaming, driving for a ride app, a zoo), wishes to learn, save or start
// something said of what follows, and plain phrasings that already worked, kept. Checked on the
// default occupation data through the API on every database engine: a sensible occupation among
// the first three, never an exact order.
import { describe, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { occupationSearch, type SearchCase } from '../../../test/occupation-search.ts';

describe.each(testEngines())('occupation search, seventh round, on $name', (engine) => {
  const { expectAll } = occupationSearch(engine);

  it('finds who runs a business, not gambling runners or business specialists', async () => {
    const runners = /^(General and Operations Managers|Chief Executives)$/;
    const wrong = /Runners|Machine Operators|Business Continuity|Preschool/;
    const cases: SearchCase[] = [
      ['run a business', 'en', runners, wrong],
      ['start my own business', 'en', runners, wrong],
      ['start a business', 'en', runners, wrong],
      ['entrepreneur', 'en', runners, wrong],
      ['business owner', 'en', runners, wrong],
    ];
    await expectAll(cases);
  });

  it('reads learning, saving and starting as said of what follows', async () => {
    const cases: SearchCase[] = [
      [
        'learn to code',
        'en',
        /^(Software Developers|Computer Programmers)$/,
        /^Training and Development/,
      ],
      [
        'save animals',
        'en',
        /^(Animal Caretakers|Veterinar|Animal Trainers|Zoologists)/,
        /^Separating, Filtering/,
      ],
      ['save lives', 'en', /^(Firefighters|Paramedics|Emergency Medical Technicians)$/],
      ['save the planet', 'en', /^Environmental/],
      ['learn about animals', 'en', /^(Animal|Veterinar|Zoologists)/],
    ];
    await expectAll(cases);
  });

  it('finds the animal work of a zoo, the game makers for a gamer, drivers for uber', async () => {
    const zoo = /^(Animal Caretakers|Veterinar|Zoologists)/;
    const cases: SearchCase[] = [
      ['work at a zoo', 'en', zoo, /^General and Operations Managers$/],
      ['zookeeper', 'en', zoo, /^General and Operations Managers$/],
      ['gamer', 'en', /^Video Game Designers$/, /^Gambling|^Athletes/],
      ['esports', 'en', /^Video Game Designers$/, /^Gambling/],
      [
        'drive uber',
        'en',
        /^(Taxi Drivers|Shuttle Drivers and Chauffeurs)$/,
        /^Production Workers/,
      ],
      ['lyft driver', 'en', /^(Taxi Drivers|Shuttle Drivers and Chauffeurs)$/],
    ];
    await expectAll(cases);
  });

  it('keeps what students already found', async () => {
    const cases: SearchCase[] = [
      ['vetrinarian', 'en', /^Veterinarians$/],
      ['photographer', 'en', /^Photographers$/],
      ['coach', 'en', /^Coaches and Scouts$/],
      ['be a chef', 'en', /^Chefs and Head Cooks$/],
      ['work with kids', 'en', /^(Childcare Workers|Preschool Teachers)/],
      ['be a cop', 'en', /^Police and Sheriff's Patrol Officers$/],
      [
        'fix computers',
        'en',
        /^Computer(, Automated Teller, and Office Machine Repairers| User Support)/,
      ],
      ['make websites', 'en', /^Web (Developers|and Digital Interface Designers)$/],
      ['do nails', 'en', /^Manicurists and Pedicurists$/],
      ['be a doctor for animals', 'en', /^Veterinarians$/],
      ['electrition', 'en', /^Electricians$/],
      ['work in a bank', 'en', /^(Tellers|Loan Officers)$/],
      ['be a translator', 'en', /^Interpreters and Translators$/],
      ['learn spanish', 'en', /^(Interpreters and Translators|Foreign Language|Tutors|Secondary)/],
    ];
    await expectAll(cases);
  });
});
