// A seventh round of Spanish phrasings: a verb that only says something with its thing ("poner",
// "instalar", "producir") leaves the thing to say the work, a Spanish thing reads as the English
// word O*NET's other names use ("tienda": "Store …", "puente": "Bridge …"), "personas enfermas"
// are the sick, and "dentista" reaches the whole dentist's office ("dental"). Checked on the default occupation data on every database engine.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { occupationSearch, type SearchCase } from '../../../test/occupation-search.ts';

describe.each(testEngines())('occupation search, Spanish seventh round, on $name', (engine) => {
  const { titles, expectAll } = occupationSearch(engine);

  it('lets the thing say the work beside a verb that needs one', async () => {
    expect((await titles('poner techos', 'es', 1))[0]).toBe('Techadores');
    expect((await titles('techos', 'es', 1))[0]).toBe('Techadores');
    const cases: SearchCase[] = [
      ['construir puentes', 'es', /^(Carpinteros|Obreros de la construcción)$/],
      [
        'producir musica',
        'es',
        /^(Músicos y cantantes|Productores y directores|Directores musicales)/,
        /^(Supervisores|Otros trabajadores) de producción/,
      ],
    ];
    await expectAll(cases);
  });

  it('reads Spanish things as the names of their work say them', async () => {
    const store = await titles('trabajar en una tienda', 'es', 5);
    expect(store.join(' | ')).toMatch(/Cajeros|Vendedores minoristas|Surtidores/);
    const cases: SearchCase[] = [
      ['cuidar personas enfermas', 'es', /^(Auxiliares de enfermería|Enfermeros)/, /Cajeros/],
      ['cuidar gente enferma', 'es', /^(Auxiliares de enfermería|Enfermeros)/, /infantiles/],
      ['ser dentista', 'es', /^Dentistas generales$/, /Veterinarios/],
    ];
    await expectAll(cases);
    expect((await titles('dentista', 'es', 3)).join(' | ')).toMatch(/dentales/);
  });
});
