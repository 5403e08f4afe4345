// An eighth round of Spanish phrasings: a "celular" students name is the phone, a "tienda" the
// work done in one (cashiers, salespersons, stockers), "curar" the work of who treats the sick
// (not "Curadores" of museums), brands and slang stand for their work ("uber", "mcdonalds",
// "gamer", "trailero"), and short everyday words say what they mean ("tele", "mar", "nana").
// Checked on the default occupation data on every database engine.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { occupationSearch, type SearchCase } from '../../../test/occupation-search.ts';

describe.each(testEngines())('occupation search, Spanish eighth round, on $name', (engine) => {
  const { titles, expectAll } = occupationSearch(engine);

  it('reads a "celular" as the phone, and a "tienda" by the work done there', async () => {
    const cases: SearchCase[] = [
      [
        'arreglar celulares',
        'es',
        /^(Técnicos de equipos de telecomunicaciones|Instaladores de (equipos de radio|líneas de telecomunicaciones))/,
        /Biólogos/,
      ],
      ['reparar celulares', 'es', /^Técnicos de equipos de telecomunicaciones$/, /Biólogos/],
      [
        'trabajar en una tienda',
        'es',
        /^(Cajeros|Vendedores minoristas|Surtidores)/,
        /Cajeros de banco/,
      ],
    ];
    await expectAll(cases);
    const store = await titles('trabajar en una tienda', 'es', 3);
    expect(store[0], store.join(' | ')).not.toMatch(/prevención de pérdidas/);
    expect(store.join(' | ')).toMatch(/Vendedores minoristas/);
  });

  it('finds who treats the sick for "curar", not museum curators', async () => {
    const cases: SearchCase[] = [
      [
        'curar animales',
        'es',
        /^(Veterinarios|Asistentes veterinarios|Técnicos veterinarios)$/,
        /Curadores/,
      ],
    ];
    await expectAll(cases);
  });

  it('reads brands and slang as the work they stand for', async () => {
    const cases: SearchCase[] = [
      [
        'manejar uber',
        'es',
        /^(Taxistas|Conductores de transporte privado)/,
        /software|soporte técnico/,
      ],
      ['ser gamer', 'es', /^(Atletas y deportistas|Diseñadores de videojuegos)$/, /casino/],
      ['trabajar en mcdonalds', 'es', /comida rápida/, /reciclaje|Jardineros/],
      ['manejar trailas', 'es', /^Conductores de camiones pesados$/, /Vendedores minoristas/],
      ['ser trailero', 'es', /^Conductores de camiones pesados$/, /ensambladores/],
      ['ser nana', 'es', /^Niñeras$/, /Camilleros/],
    ];
    await expectAll(cases);
    expect((await titles('manejar uber', 'es', 1))[0]).toMatch(/Taxistas|transporte privado/);
  });

  it('reads short everyday words and foods as what they mean', async () => {
    const cases: SearchCase[] = [
      ['trabajar en la tele', 'es', /televisión/, /construcción|telecomunicaciones/],
      ['trabajar en el mar', 'es', /^(Marineros|Ingenieros navales|Pescadores)/, /mercado|pareja/],
      ['cortar el cesped', 'es', /áreas verdes/, /cortadores de metal/],
      ['hacer tacos', 'es', /^Cocineros/, /Soldadores/],
      ['algo de medicina', 'es', /^Médicos/],
    ];
    await expectAll(cases);
  });

  it('keeps what already worked', async () => {
    const cases: SearchCase[] = [
      ['arreglar carros', 'es', /^Técnicos y mecánicos automotrices$/, /ferrocarril/],
      ['cuidar bebes', 'es', /^(Cuidadores infantiles|Pediatras)$/],
      ['vender casas', 'es', /^Agentes de bienes raíces$/],
      ['apagar incendios', 'es', /^Bomberos$/],
      ['disenar ropa', 'es', /^Diseñadores de moda$/],
      ['manejar camiones', 'es', /^Conductores de camiones/],
      ['cortar pelo', 'es', /^(Estilistas|Barberos)/],
      ['dar clases', 'es', /^Maestros/],
      ['ser tatuador', 'es', /cuidado y servicios personales|artistas/i],
      ['cuidar ancianos', 'es', /^(Asistentes de cuidado personal|Auxiliares de enfermería)/],
    ];
    await expectAll(cases);
  });
});
