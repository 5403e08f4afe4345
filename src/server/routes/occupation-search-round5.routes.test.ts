// A fifth round of what high-school students type, in English and Spanish: a verb beside its
// thing asks for who does it ("build boats": boat builders), whom the work is for ("teach kids":
// teachers of young children), and Spanish words that other titles use in another sense
// ("bienes muebles", "Actuarios"). Checked on the default occupation data through the API on
// every database engine: a sensible occupation among the first three, never an exact order.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { occupationSearch, type SearchCase } from '../../../test/occupation-search.ts';

describe.each(testEngines())('occupation search, fifth round, on $name', (engine) => {
  const { titles, expectAll } = occupationSearch(engine);

  it('finds the teachers of young children for "kids", not postsecondary teachers', async () => {
    const young =
      /^(Elementary School|Kindergarten|Preschool|Middle School) Teachers|^Teaching Assistants/;
    const cases: SearchCase[] = [
      ['teach kids', 'en', young, /Postsecondary/],
      ['teach children', 'en', young, /Postsecondary/],
      ['enseñar a niños', 'es', /^Maestros de (preescolar|primaria|kínder)$/],
      ['enseñar a los niños', 'es', /^Maestros de (preescolar|primaria|kínder)$/],
      ['maestro de niños', 'es', /^Maestros de (preescolar|primaria|kínder)$/, /universitarios/],
      // Kept: the care of children and the doctor for them.
      ['work with kids', 'en', /^Childcare Workers$/],
      ['cuidar niños', 'es', /^Cuidadores infantiles$/],
      ['kids doctor', 'en', /^Pediatricians, General$/],
      ['kids nurse', 'en', /^Registered Nurses$/],
    ];
    await expectAll(cases);
    for (const q of ['enseñar a niños', 'enseñar a los niños']) {
      const found = await titles(q, 'es', 2);
      expect(found.join(' | ')).not.toMatch(/universitarios/);
    }
  });

  it('finds who does what the verb says beside the thing ("Boat Builder", "House Painter")', async () => {
    const boats = await titles('build boats', 'en', 2);
    expect(boats.sort(), boats.join(' | ')).toEqual([
      'Carpenters',
      'Fiberglass Laminators and Fabricators',
    ]);
    const cases: SearchCase[] = [
      ['paint houses', 'en', /^Painters, Construction and Maintenance$/],
      [
        'build houses',
        'en',
        /^(Carpenters|Construction Laborers|Construction and Related Workers)/,
      ],
      ['build furniture', 'en', /^Cabinetmakers and Bench Carpenters$/],
      ['make furniture', 'en', /^Cabinetmakers and Bench Carpenters$/],
    ];
    await expectAll(cases);
    const paint = await titles('paint houses', 'en', 1);
    expect(paint, paint.join(' | ')).toEqual(['Painters, Construction and Maintenance']);
  });

  it('finds furniture makers for "muebles", before the appraisers of "bienes muebles"', async () => {
    for (const q of ['hacer muebles', 'fabricar muebles']) {
      const found = await titles(q, 'es', 3);
      expect(found[0], `${q}: ${found.join(' | ')}`).toBe('Ebanistas y carpinteros de banco');
      expect(found, `${q}: ${found.join(' | ')}`).not.toContain(
        'Tasadores de bienes muebles y empresas',
      );
    }
  });

  it('reads pictures as art beside drawing and painting, as photos beside taking', async () => {
    const art = /^(Fine Artists|Graphic Designers|Special Effects Artists)/;
    const cases: SearchCase[] = [
      ['draw pictures', 'en', art],
      ['paint pictures', 'en', /^Fine Artists/],
      ['take pictures', 'en', /^Photographers$/],
      ['tomar fotos', 'es', /^Fotógrafos$/],
      ['draw', 'en', /^Fine Artists/],
      ['dibujar', 'es', /^Artistas plásticos/],
    ];
    await expectAll(cases);
    // "Picture Painter" is who paints them; "Paint Supervisor" no name of it.
    const paint = await titles('paint pictures', 'en', 2);
    expect(paint[0], paint.join(' | ')).toMatch(/^Fine Artists/);
    expect(paint.join(' | ')).not.toMatch(/Supervisors/);
    const draw = await titles('draw pictures', 'en', 3);
    expect(draw[0], draw.join(' | ')).toMatch(art);
    expect(draw.filter((t) => /Drafters$/.test(t)).length, draw.join(' | ')).toBeLessThan(2);
  });

  it('reads Spanish verbs as the work, not as the words they start', async () => {
    const cases: SearchCase[] = [
      ['pilotear aviones', 'es', /^Pilotos (de aerolínea|comerciales)$/, /^Camarógrafos/],
      ['actuar', 'es', /^Actores$/, /^Actuarios$/],
      ['ser actor', 'es', /^Actores$/],
    ];
    await expectAll(cases);
  });

  it('keeps what already worked', async () => {
    const cases: SearchCase[] = [
      ['work with animals', 'en', /^Animal Caretakers$/],
      ['trabajar con animales', 'es', /^Cuidadores de animales$/],
      ['design clothes', 'en', /^Fashion Designers$/],
      ['diseñar ropa', 'es', /^Diseñadores de moda$/],
      ['fix phones', 'en', /^Telecommunications Equipment Installers/],
      ['arreglar teléfonos', 'es', /^Técnicos de equipos de telecomunicaciones$/],
      ['ser policía', 'es', /^Policías y alguaciles de patrulla$/],
      ['take care of old people', 'en', /^(Personal Care Aides|Nursing Assistants)$/],
      ['fight fires', 'en', /^Firefighters$/],
      ['apagar incendios', 'es', /^Bomberos$/],
      ['fly planes', 'en', /Pilots/],
      ['cut hair', 'en', /^Hairdressers/],
      ['arreglar carros', 'es', /^Técnicos y mecánicos automotrices$/],
    ];
    await expectAll(cases);
  });
});
