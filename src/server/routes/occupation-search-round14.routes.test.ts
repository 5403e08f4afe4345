// A fourteenth round: what students type for cooking, singing, stories, cakes, labs, math and
// farms. "cooking" is the cooks and chefs, not "Food Cooking Machine Operators"; "singer" is
// music work, not the textile "Gas Singer" (everyday-likes.ts); "stories", "escribir historias"
// are the writers, not history professors; "lab" is a laboratory, not the start of "Labor";
// "math" is the mathematicians, and statisticians and actuaries are what it usually stands
// for, not pharmacists by interest fit; "farm" starts with the farmworkers and farmers. "bake",
// "hornear" are verbs of doing (action-words.ts), so "bake cakes" is the bakers, not the
// "Baking" machine operators; and a hyphenated compound is no thing a doer works on
// (doer-names.ts: "Fish-Cake Maker" makes no cakes for "hacer pasteles"). Checked on the default
// occupation data through the API on every database engine.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { occupationSearch } from '../../../test/occupation-search.ts';

describe.each(testEngines())('occupation search, fourteenth round, on $name', (engine) => {
  const { titles } = occupationSearch(engine);
  const first = async (cases: [string, 'en' | 'es', RegExp][]) => {
    for (const [q, lang, expected] of cases)
      expect((await titles(q, lang))[0], q).toMatch(expected);
  };
  const none = async (q: string, lang: 'en' | 'es', unwanted: RegExp) =>
    expect((await titles(q, lang, 3)).join(' | '), q).not.toMatch(unwanted);

  it('reads "cooking" as cooks and chefs', async () => {
    await first([['cooking', 'en', /^(Cooks, |Chefs and Head Cooks)/]]);
    for (const title of await titles('cooking', 'en', 3)) expect(title).toMatch(/Cooks/);
  });

  it('reads "singer" as music work, not textile singeing', async () => {
    for (const q of ['singer', 'singers']) {
      await first([[q, 'en', /^Musicians and Singers$/]]);
      await none(q, 'en', /Production|Textile/);
    }
  });

  it('reads writing stories as the writers', async () => {
    const writers = /^(Escritores y autores|Poetas, letristas)/;
    await first([
      ['escribir historias', 'es', writers],
      ['escribir cuentos', 'es', writers],
      ['write stories', 'en', /^(Writers and Authors|Poets)/],
      ['story', 'en', /^(Writers and Authors|Poets)/],
    ]);
    await none('escribir historias', 'es', /historia/);
    // "historia" alone is still history.
    await first([['historia', 'es', /historia/]]);
  });

  it('reads baking cakes as the bakers', async () => {
    await first([
      ['bake cakes', 'en', /^Bakers$/],
      ['hacer pasteles', 'es', /^Panaderos$/],
    ]);
  });

  it('reads "lab" as a laboratory', async () => {
    for (const q of ['work in a lab', 'lab']) {
      await first([[q, 'en', /Laborator|Technicians|Technologists/]]);
      await none(q, 'en', /^Labor Relations/);
    }
  });

  it('reads "math" as the mathematicians before the fits of the Investigative area', async () => {
    for (const q of ['math', 'i like math']) {
      await first([[q, 'en', /^Mathematicians$/]]);
      // "Survey Statistician" is a name of survey researchers; pharmacists only fit the area.
      await none(q, 'en', /Pharmacists/);
    }
  });

  it('starts "farm" with the farmworkers and farmers', async () => {
    for (const q of ['farm', 'farms', 'jobs on a farm'])
      await first([[q, 'en', /^(Farmworkers|Farmers)/]]);
  });
});
