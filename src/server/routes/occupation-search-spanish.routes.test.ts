// What Spanish-speaking students in the US type, checked on the default occupation data (O*NET
// 27.0 titles and other names, our Spanish titles) through the API, on every database engine:
// either gender, with and without accents, typos, phrases ("doctora de niños", "medio
// ambiente", "mi propio jefe") and the Spanish of the US ("troca", "compu").
// occupation-search-words.routes.test.ts holds the queries in both languages.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { occupationSearch } from '../../../test/occupation-search.ts';

/** [query, a plausible title among the first three, titles that must not be there]. */
type Case = [string, RegExp, RegExp?];

describe.each(testEngines())('occupation search in Spanish, on $name', (engine) => {
  const search = occupationSearch(engine);
  const titles = (q: string, limit = 3) => search.titles(q, 'es', limit);
  const expectAll = (cases: Case[]) =>
    search.expectAll(cases.map(([q, plausible, implausible]) => [q, 'es', plausible, implausible]));

  it('finds the same work for either gender and with or without accents', async () => {
    const pairs = [
      ['enfermera', 'enfermero'],
      ['maestra', 'maestro'],
      ['doctora', 'doctor'],
      ['abogada', 'abogado'],
      ['contadora', 'contador'],
      ['ingeniera', 'ingeniero'],
      ['bombera', 'bombero'],
      ['plomera', 'plomero'],
      ['actriz', 'actor'],
      ['actrices', 'actores'],
      ['mecánica', 'mecánico'],
      ['policia', 'policía'],
      ['peluqueria', 'peluquería'],
      ['matematicas', 'matemáticas'],
      ['trabajar con ninos', 'trabajar con niños'],
      ['disenar ropa', 'diseñar ropa'],
    ];
    for (const [one, other] of pairs) {
      const found = await titles(one!, 5);
      expect(found.length, one).toBeGreaterThan(0);
      expect(found, `${one} / ${other}`).toEqual(await titles(other!, 5));
    }
    expect((await titles('actriz'))[0]).toBe('Actores');
  });

  it('ranks the most common work first where a Spanish title names two kinds of people', async () => {
    // "Técnicos y mecánicos automotrices" starts with mechanics too, as the English title ends
    // with them: the car mechanics, the most common, come first, as in English.
    for (const q of ['mecanico', 'mecánica', 'mecánicos'])
      expect((await titles(q))[0], q).toBe('Técnicos y mecánicos automotrices');
    expect((await titles('traductor'))[0]).toBe('Intérpretes y traductores');
    expect((await titles('cantante'))[0]).toBe('Músicos y cantantes');
    // "música" is the musicians' own word too: they come before the professors of music.
    expect((await titles('musica'))[0]).toBe('Músicos y cantantes');
  });

  it('reads phrases, the Spanish of the US and typos', async () => {
    const cases: Case[] = [
      ['doctora de niños', /^Pediatras$/, /trabajadores sociales|consejeros/],
      ['doctor de ninos', /^Pediatras$/, /trabajadores sociales|consejeros/],
      ['médico de niños', /^Pediatras$/],
      // Pediatric nursing is done by RNs, NPs and LPNs alike: any nurse, never the tutors.
      ['enfermera de niños', /^Enfermeros/, /Tutores|Trabajadores de cuidado infantil/],
      // O*NET's "Neonatal Nurse"; "Child's Nurse" is a name of childcare workers.
      ['enfermera de bebés', /^Enfermeros registrados/],
      ['doctor de animales', /^Veterinarios$/],
      ['el medio ambiente', /ambientales?$/, /medios|Bibliotecarios/],
      ['ser mi propio jefe', /^Gerentes/, /cocina|patio/],
      ['tener mi propio negocio', /^Gerentes/],
      ['emprendedora', /^(Gerentes|Directores ejecutivos)/, /Vendedores minoristas/],
      ['troca', /^Conductores de camiones/, /roca/],
      ['manejar trocas', /^Conductores de camiones/],
      ['trokero', /^Conductores de camiones/],
      [
        'la compu',
        /^(Especialistas en soporte técnico|Técnicos en reparación de computadoras|Programadores)/,
      ],
      ['motos', /^Mecánicos de motocicletas$/],
      ['azafata', /^Sobrecargos/, /enfermería|contabilidad/],
      ['aeromoza', /^Sobrecargos/],
      ['tatuajes', /^Otros trabajadores de cuidado y servicios personales$/],
      ['ciberseguridad', /^(Analistas|Ingenieros) de seguridad de la información$/],
      ['cortar pelo', /^(Barberos|Estilistas, peluqueros y cosmetólogos)$/, /[Cc]ortador/],
      ['cortar el cabello', /^(Barberos|Estilistas, peluqueros y cosmetólogos)$/, /[Cc]ortador/],
      ['vender casas', /^Agentes de bienes raíces$/, /producción/],
      ['limpiar casas', /^Camaristas y personal de limpieza doméstica$/, /prefabricadas|Cocineros/],
      ['limpiar', /^(Conserjes|Camaristas)/],
      // Typos, and a feminine typo corrected as the masculine of the titles.
      ['maetra', /^Maestros de/],
      ['infermera', /^Enfermeros/, /Inserter/],
      ['polisia', /^Policías/],
      ['electrisista', /^Electricistas$/],
      ['beterinario', /^Veterinarios$/],
    ];
    await expectAll(cases);
  });

  it('answers what a Spanish-speaking teenager types about the work they want', async () => {
    const cases: Case[] = [
      ['quiero ayudar a la gente', /^(Maestros|Enfermeros)/],
      ['trabajar con niños', /^Cuidadores infantiles$/],
      ['trabajar con animales', /^Cuidadores de animales$/],
      ['arreglar carros', /^Técnicos y mecánicos automotrices$/],
      ['enfermera', /^Enfermeros registrados/],
      ['maestra de kinder', /^Maestros de kínder$/],
      ['cocinar', /^Cocineros/],
      ['construir casas', /^Carpinteros$/, /Cocineros de casas/],
      ['computadoras', /computadoras|Programadores|soporte técnico/],
      ['videojuegos', /^Diseñadores de videojuegos$/],
      ['diseñar ropa', /^Diseñadores de moda$/],
      ['peluqueria', /^Estilistas, peluqueros y cosmetólogos$/],
      ['policia', /^Policías y alguaciles de patrulla$/],
      ['bombero', /^Bomberos$/],
      ['abogado', /^Abogados$/],
      ['dinero', /financier/],
      ['trabajar afuera', /^(Jardineros|Trabajadores forestales)/],
      ['matematicas', /^Matemáticos$/],
      ['dibujar', /^(Diseñadores gráficos|Artistas plásticos|Directores de arte)/],
      ['musica', /^Músicos y cantantes$/],
      ['deportes', /^(Atletas|Entrenadores)/],
      ['camionero', /^Conductores de camiones/],
      ['soldador', /^Soldadores/],
      ['electricista', /^Electricistas$/],
      ['plomero', /^Plomeros y tuberos$/],
      ['contador', /^Contadores y auditores$/],
      ['secretaria', /^Secretarios/],
      ['cuidar ancianos', /^Auxiliares de enfermería/],
      ['ayudar enfermos', /^(Auxiliares de enfermería|Enfermeros registrados)/],
      ['trabajar en oficina', /^(Auxiliares administrativos|Secretarios)/],
      ['trabajar con las manos', /^(Carpinteros|Electricistas|Técnicos y mecánicos automotrices)$/],
      ['ingeniero', /^Ingenieros/],
      ['aviones', /^(Pilotos|Mecánicos de aviación)/],
      ['barcos', /(barco|navales|lanchas)/],
    ];
    await expectAll(cases);
  });

  it('finds first the people a school subject, a field or a thing means', async () => {
    // The people the word names come before those who teach it or only work on it.
    const first: [string, RegExp][] = [
      ['diseñar edificios', /^Arquitectos$/],
      ['disenar edificios', /^Arquitectos$/],
      ['psicología', /^Psicólogos/],
      ['psicologia', /^Psicólogos/],
      ['biología', /^Biólogos$/],
      ['ciencias', /^Científicos/],
      ['deportes', /^(Atletas|Entrenadores y cazatalentos|Árbitros)/],
      ['barcos', /^(Marineros|Capitanes|Ingenieros de máquinas navales|Mecánicos de lanchas)/],
      ['trabajar en oficina', /^(Auxiliares administrativos|Secretarios)/],
      ['limpiar casas', /^Camaristas y personal de limpieza doméstica$/],
      ['hacer ropa', /^(Diseñadores de moda|Sastres y modistas)$/],
      // Acting, before the "Actuarios" it starts.
      ['actuar', /^Actores$/],
    ];
    for (const [q, expected] of first) expect((await titles(q))[0], q).toMatch(expected);
    const cases: Case[] = [
      ['psicología', /^Psicólogos/, /^Profesores/],
      ['biología', /^Biólogos$/, /^(Técnicos|Profesores)/],
      ['ciencias', /^Científicos/, /^Profesores/],
      ['deportes', /^Atletas y deportistas$/, /apuestas|Representantes/],
      ['barcos', /^Mecánicos de lanchas$/, /^Cargadores/],
      ['trabajar en oficina', /^Auxiliares administrativos$/, /correos/],
      ['hacer ropa', /^Sastres y modistas$/, /Planchadores/],
      ['doctor de dientes', /^Dentistas/],
      ['construcción', /^Obreros de la construcción$/],
      ['soldar', /^Soldadores/],
      ['panadería', /^Panaderos$/],
      ['uñas', /^Manicuristas y pedicuristas$/],
      ['fotografía', /^Fotógrafos$/],
      ['manejar camiones', /^Conductores de camiones/],
      ['mecánica de aviones', /^Mecánicos de aviación$/],
      ['animales', /^(Cuidadores de animales|Veterinarios)$/],
      ['abogada', /^Abogados$/],
      // "pintar" is the painters' work.
      ['pintar casas', /^Pintores de construcción y mantenimiento$/],
      ['pintar', /^(Pintores|Artistas plásticos)/],
    ];
    await expectAll(cases);
  });
});
