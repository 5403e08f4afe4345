// A twelfth round: recording and making music; soldiers, money and artificial intelligence. "record music", "recording studio" and "grabar
// canciones" are sound recording (sound engineering technicians), not record keeping, hand
// laborers ("Recording Studio Setup Worker") or engraving; "canciones" is songs, not "camiones";
// "make beats" is composing, not "Beater" production work (everyday-likes.ts). Record keeping,
// medical records and engraving keep their own work. Checked on the default occupation data
// through the API on every database engine: a sensible occupation among the first three.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { occupationSearch, type SearchCase } from '../../../test/occupation-search.ts';

describe.each(testEngines())('occupation search, twelfth round, on $name', (engine) => {
  const { expectAll, titles } = occupationSearch(engine);
  const sound =
    /^(Sound Engineering Technicians|Audio and Video Technicians|Broadcast Technicians)$/;
  const esSound = /^(Técnicos de ingeniería de sonido|Técnicos de audio y video)$/;
  const music = /^(Music Directors and Composers|Musicians and Singers|Poets, Lyricists)/;
  const esMusic = /^(Directores musicales y compositores|Músicos y cantantes|Poetas, letristas)/;
  const clerical = /Record|Clerk|Secretar|Laborers|Engrav|Grabador|camiones|Production Workers/;

  it('reads recording music as sound recording', async () => {
    const cases: SearchCase[] = [
      ['record music', 'en', sound],
      ['record songs', 'en', sound],
      ['recording', 'en', sound],
      ['recording studio', 'en', sound],
      ['grabar música', 'es', esSound],
      ['grabar canciones', 'es', esSound],
      ['estudio de grabación', 'es', esSound],
      ['grabación', 'es', esSound],
    ];
    await expectAll(cases);
    for (const [q, lang] of cases)
      for (const title of await titles(q, lang, 3)) expect(title, q).not.toMatch(clerical);
  });

  it('reads songs and beats as music', async () => {
    const cases: SearchCase[] = [
      ['canciones', 'es', esMusic],
      ['escribir canciones', 'es', esMusic],
      ['songs', 'en', music],
      ['make beats', 'en', music],
      ['hacer beats', 'es', esMusic],
    ];
    await expectAll(cases);
    for (const [q, lang] of cases)
      for (const title of await titles(q, lang, 3)) expect(title, q).not.toMatch(clerical);
  });

  it('keeps record keeping, medical records and engraving with their own work', async () => {
    const cases: SearchCase[] = [
      ['medical records', 'en', /^Medical Records Specialists$/],
      ['record keeping', 'en', /Record Clerks|File Clerks/],
      ['engraving', 'en', /^Etchers and Engravers$/],
      ['grabado', 'es', /^Grabadores$/],
      ['heart beat', 'en', /^(Cardiovascular|Cardiologists)/],
    ];
    await expectAll(cases);
  });

  it('reads "soldado" as a soldier, not a welder, and "be rich" as money', async () => {
    const military =
      /^(Otros oficiales militares|Otros especialistas militares|Tripulantes aéreos militares|Oficiales de tripulación aérea militar)/;
    const cases: SearchCase[] = [
      ['soldado', 'es', military],
      ['quiero ser soldado', 'es', military],
      ['soldador', 'es', /^Soldadores y cortadores de metal$/],
      [
        'be rich',
        'en',
        /^(Financial Managers|Financial and Investment Analysts|Personal Financial Advisors)$/,
      ],
      [
        'quiero ser rico',
        'es',
        /^(Gerentes financieros|Analistas financieros|Asesores financieros)/,
      ],
    ];
    await expectAll(cases);
    expect((await titles('soldado', 'es', 3)).join(' | ')).not.toMatch(/Soldador/);
    expect((await titles('be rich', 'en', 3)).join(' | ')).not.toMatch(/Farm|Roasting/);
  });

  it('reads "inteligencia artificial" and "IA" as artificial intelligence', async () => {
    const ai = /^(Otras ocupaciones de informática|Científicos de la computación)$/;
    const cases: SearchCase[] = [
      ['inteligencia artificial', 'es', ai],
      ['ia', 'es', ai],
      ['infantería', 'es', /^Infantería$/],
    ];
    await expectAll(cases);
    for (const q of ['inteligencia artificial', 'trabajar con ia', 'estudiar ia'])
      expect((await titles(q, 'es', 3)).join(' | '), q).not.toMatch(
        /Infantería|inteligencia de negocios/,
      );
  });
});
