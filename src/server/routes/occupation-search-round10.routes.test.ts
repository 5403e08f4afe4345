// A tenth round of single job words and "be a …" phrasings: a job reached only through a few of
// its many other names ("Vet Dentist", "Barber and Beauty Supplies Sales Representative",
// "Micro Photographer") comes after the work asked for and its family (O*NET's related
// occupations: Prosthodontists for "dentist", Camera Operators for "photographer", sewers for
// "make clothes"), misspelt or not, in English and Spanish; and job words that already worked,
// kept. Checked on the default occupation data through the API on every database engine: a
// sensible occupation among the first three, never an exact order.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { occupationSearch, type SearchCase } from '../../../test/occupation-search.ts';

describe.each(testEngines())('occupation search, tenth round, on $name', (engine) => {
  const { expectAll, titles } = occupationSearch(engine);

  it('puts the work asked for and its family before a job with a few names of it', async () => {
    const dentists = /^(Dentists|Prosthodontists|Orthodontists|Dental)/;
    const vets = /^Veterinar/;
    const photo = /^(Photographers|Camera Operators|Prepress)/;
    const cases: SearchCase[] = [
      ['dentist', 'en', dentists, /^Veterinarians$/],
      ['be a dentist', 'en', dentists, /^Veterinarians$/],
      [
        'ser dentista',
        'es',
        /^(Dentistas|Prostodoncistas|Ortodoncistas|Asistentes dentales)/,
        /^Veterinarios$/,
      ],
      ['vetrinarian', 'en', vets, /^Sales Representatives/],
      ['veternarian', 'en', vets, /^Sales Representatives/],
      ['veterinarian', 'en', vets, /^Sales Representatives/],
      ['photographer', 'en', photo, /^(Office Machine|Production Workers|Ophthalmic)/],
      ['fotographer', 'en', photo, /^(Office Machine|Production Workers|Ophthalmic)/],
      ['photografer', 'en', photo, /^(Office Machine|Production Workers|Ophthalmic)/],
      ['photographor', 'en', photo, /^(Office Machine|Production Workers|Ophthalmic)/],
      ['barber', 'en', /^Barbers$/, /^Sales Representatives/],
      ['be a coach', 'en', /^Coaches and Scouts$/, /^Bus Drivers/],
      ['be a barber', 'en', /^Barbers$/, /^Sales Representatives/],
      ['ser barbero', 'es', /^Barberos$/, /^Representantes de ventas/],
      ['make clothes', 'en', /^(Tailors|Sewers|Sewing|Fashion Designers)/, /^(Retail|Marketing)/],
      [
        'hacer ropa',
        'es',
        /^(Sastres|Costureros|Operadores de máquinas de coser|Diseñadores de moda)/,
        /^(Vendedores|Gerentes)/,
      ],
    ];
    await expectAll(cases);
    for (const q of ['photographer', 'fotographer'])
      expect((await titles(q, 'en', 2))[1], q).toBe(
        'Camera Operators, Television, Video, and Film',
      );
    expect(await titles('dentist', 'en', 4)).not.toContain('Veterinarians');
    expect(await titles('make clothes', 'en', 4)).toContain('Sewing Machine Operators');
  });

  it('keeps the job words and "be a …" phrasings that already worked', async () => {
    const cases: SearchCase[] = [
      ['be a vet', 'en', /^Veterinar/],
      ['be a nurse', 'en', /^Registered Nurses$/],
      ['be a chef', 'en', /^(Chefs|Cooks)/],
      ['be a pilot', 'en', /Pilots/],
      ['be a lawyer', 'en', /^Lawyers$/],
      [
        'be a programmer',
        'en',
        /^(Computer Programmers|Software Developers)$/,
        /^Media Programming/,
      ],
      ['be a welder', 'en', /^Welders/],
      ['be a carpenter', 'en', /Carpenters/],
      ['be a seamstress', 'en', /^(Sewers|Sewing|Tailors)/],
      ['sew clothes', 'en', /^(Sewers|Sewing|Tailors)/, /^Retail/],
      ['be a zookeeper', 'en', /^Animal Caretakers$/],
      ['be an accountant', 'en', /^Accountants and Auditors$/],
      ['be a tattoo artist', 'en', /Artists|Personal Care/],
      ['ser veterinaria', 'es', /^Veterinarios$/],
      ['peluquero', 'es', /^(Estilistas|Barberos)/, /^Representantes de ventas/],
      ['ser piloto', 'es', /^Pilotos/],
      ['costurera', 'es', /^Costureros/],
      ['contador', 'es', /^Contadores/],
    ];
    await expectAll(cases);
  });
});
