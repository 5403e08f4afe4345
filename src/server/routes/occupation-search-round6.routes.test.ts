// A sixth round of what high-school students type in English: a verb beside its thing where the
// verb's people say it in other names ("design clothes": "Fashion Designer"), and plain
// phrasings that already worked, kept. Checked on the default occupation data through the API
// on every database engine: a sensible occupation among the first three, never an exact order.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { occupationSearch, type SearchCase } from '../../../test/occupation-search.ts';

describe.each(testEngines())('occupation search, sixth round, on $name', (engine) => {
  const { titles, expectAll } = occupationSearch(engine);

  it('finds the makers of clothes, not the sellers, where a name says the verb by its people', async () => {
    const makers =
      /^(Fashion Designers|Tailors, Dressmakers|Sewers, Hand|Sewing Machine Operators)/;
    const cases: SearchCase[] = [
      ['design clothes', 'en', makers, /^Retail Salespersons$/],
      ['sew clothes', 'en', makers, /^Retail Salespersons$/],
      ['make clothes', 'en', makers],
    ];
    await expectAll(cases);
    for (const q of ['design clothes', 'sew clothes']) {
      const found = await titles(q, 'en', 3);
      expect(
        found.slice(0, 2).every((t) => makers.test(t)),
        found.join(' | '),
      ).toBe(true);
    }
  });

  it('reads "code" as programming, while a code inspector stays one', async () => {
    const programmers = /^(Computer Programmers|Software Developers)$/;
    const cases: SearchCase[] = [
      ['code', 'en', programmers, /^Production Workers, All Other$/],
      ['i want to code', 'en', programmers, /^Production Workers, All Other$/],
      ['code games', 'en', programmers],
      ['code inspector', 'en', /^Construction and Building Inspectors$/],
      ['building code', 'en', /^Construction and Building Inspectors$/],
    ];
    await expectAll(cases);
  });

  it('keeps what already worked for plain teenage phrasings', async () => {
    const cases: SearchCase[] = [
      ['act in movies', 'en', /^Actors$/],
      ['be a vet', 'en', /^Veterinarians$/],
      ['mechanics', 'en', /Mechanics/],
      ['something with computers', 'en', /^Computer/],
      ['drive trucks', 'en', /Truck Drivers/],
      ['take pictures', 'en', /^Photographers$/],
      ['be a cop', 'en', /^Police and Sheriff's Patrol Officers$/],
      ['make websites', 'en', /^Web (Developers|and Digital Interface Designers)$/],
      ['fly planes', 'en', /Pilots/],
      ['bake cakes', 'en', /^Bakers$/],
      ['do nails', 'en', /^Manicurists and Pedicurists$/],
      ['fix teeth', 'en', /^Dent/],
      ['engeneer', 'en', /Engineers$/],
      ['psycologist', 'en', /Psychologists/],
      ['design buildings', 'en', /^Architects/],
      ['grow food', 'en', /^Farm/],
    ];
    await expectAll(cases);
    expect((await titles('act in movies', 'en', 1))[0]).toBe('Actors');
  });
});
