// A sixth round, in Spanish as US high-school students type it (no accents, "quiero ser …",
// "trabajar en …", Spanglish): whom a teacher teaches is no subject ("enseñar a niños" is no
// "Pediatrics Teacher"), a Spanish verb reads as its English one where O*NET's names say the doer
// ("construir barcos": "Boat Builder"), and the things students name say the work ("cultivar
// comida", "pintar cuadros", "tocar guitarra", "hacer pan", "trabajar en el campo"). Checked on
// the default occupation data through the API on every database engine.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { occupationSearch, type SearchCase } from '../../../test/occupation-search.ts';

describe.each(testEngines())('occupation search, Spanish sixth round, on $name', (engine) => {
  const { titles, expectAll } = occupationSearch(engine);

  it('fills the first three with the teachers of young children for "enseñar a niños"', async () => {
    const young = /^(Maestros de (preescolar|kínder|primaria)|Asistentes de maestro)$/;
    for (const q of ['enseñar a niños', 'ensenar a ninos', 'enseñar a los niños']) {
      const found = await titles(q, 'es', 3);
      expect(found.length, q).toBe(3);
      for (const title of found) expect(title, `${q}: ${found.join(' | ')}`).toMatch(young);
    }
    // The same in English: "Pediatrics Teacher" teaches future doctors.
    const cases: SearchCase[] = [
      ['teacher kids', 'en', /^(Preschool|Kindergarten) Teachers/, /Postsecondary/],
      // Kept: the nurses and doctors of children.
      ['enfermera de niños', 'es', /^Enfermeros registrados/],
      ['doctor de niños', 'es', /^Pediatras$/],
      ['kids nurse', 'en', /^Registered Nurses$/],
    ];
    await expectAll(cases);
  });

  it('reads "construir" as "build": who builds what it names leads', async () => {
    const boats = await titles('construir barcos', 'es', 2);
    expect(boats.sort(), boats.join(' | ')).toEqual([
      'Carpinteros',
      'Laminadores de fibra de vidrio',
    ]);
    const cases: SearchCase[] = [
      ['hacer barcos', 'es', /^(Laminadores de fibra de vidrio|Carpinteros)$/],
      [
        'construir casas',
        'es',
        /^(Carpinteros|Otros trabajadores de la construcción|Obreros de la construcción)$/,
        /salud a domicilio|electrodomésticos/,
      ],
    ];
    await expectAll(cases);
  });

  it('finds the work the things students name stand for', async () => {
    expect((await titles('pintar cuadros', 'es', 1))[0]).toMatch(/^Artistas plásticos/);
    const farm = /^(Trabajadores agrícolas|Agricultores|Trabajadores de ranchos)/;
    const cases: SearchCase[] = [
      ['cultivar comida', 'es', farm, /comida rápida|servicio de comida/],
      ['sembrar', 'es', farm],
      ['trabajar en el campo', 'es', farm, /petróleo|Conserjes/],
      ['tocar guitarra', 'es', /^Músicos y cantantes$/, /Ebanistas/],
      ['tocar el piano', 'es', /^Músicos y cantantes$/, /Cargadores|Vendedores/],
      ['investigar crimenes', 'es', /^Detectives e investigadores criminales$/, /mercados/],
      ['crimen', 'es', /^(Detectives|Policías)/],
      ['hacer pan', 'es', /^Panaderos$/, /Lavaplatos/],
      ['bailar', 'es', /^(Bailarines|Coreógrafos)$/],
      // "repartir" is delivery: "Pizza Delivery Driver", "Food Delivery …".
      ['repartir paquetes', 'es', /^Conductores repartidores/, /azulejos/],
      ['repartir comida', 'es', /^(Servidores de comida|Conductores repartidores)/, /Periodistas/],
    ];
    await expectAll(cases);
  });

  it('keeps what already worked', async () => {
    const cases: SearchCase[] = [
      ['quiero ser policia', 'es', /^Policías y alguaciles de patrulla$/],
      ['quiero ser mecanico', 'es', /^Técnicos y mecánicos automotrices$/],
      ['ser nurse', 'es', /^Enfermeros registrados/],
      ['trabajar en computadoras', 'es', /^(Especialistas en soporte técnico|Programadores)$/],
      ['manejar trocas', 'es', /^Conductores de camiones/],
      ['arreglar aires acondicionados', 'es', /aire acondicionado/],
      ['ser social worker', 'es', /^Trabajadores sociales/],
      ['quiero ser veterinaria', 'es', /^Veterinarios$/],
      ['cortar pelo', 'es', /^(Estilistas|Barberos)/],
      ['instrumentos musicales', 'es', /instrumentos musicales|^Músicos/],
      ['comida rapida', 'es', /comida rápida/],
    ];
    await expectAll(cases);
  });
});
