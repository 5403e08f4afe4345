// More of what students type, in English and Spanish, checked on the default occupation data
// (O*NET 27.0 titles and other names, our Spanish titles, BLS employment) through the API, on
// every database engine: a word in the other number ("barcos": "… de barco"), a place whose work
// is another word ("fábrica", "factory"), a cause ("cuidar el planeta"), typos ("programing"),
// no accents, slang and Spanglish ("ser nurse", "arreglar computadoras"). The other
// occupation-search-*.routes.test.ts files hold the earlier rounds.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { occupationSearch, type SearchCase } from '../../../test/occupation-search.ts';

describe.each(testEngines())(
  'occupation search for more of what students type, on $name',
  (engine) => {
    const { titles, expectAll } = occupationSearch(engine);

    it('weighs a word in the other number as the word, and a place by the work done there', async () => {
      // "Capitanes … de barco": the captains, before those who load ships.
      const boats = await titles('barcos', 'es', 8);
      expect(boats.slice(0, 5), boats.join(' | ')).toContain(
        'Capitanes, oficiales y pilotos de barco',
      );
      expect(boats.indexOf('Capitanes, oficiales y pilotos de barco')).toBeLessThan(
        boats.indexOf('Cargadores de tanques, camiones y barcos'),
      );
      // A factory is production work: no "Fabricantes de llantas" for its first letters, no
      // "Return-to-Factory Clerk".
      const production = /Assemblers|Production|Ensambladores|producción|ensambladores/;
      for (const [q, lang] of [
        ['factory', 'en'],
        ['work in a factory', 'en'],
        ['fábrica', 'es'],
        ['fabrica', 'es'],
        ['trabajar en una fábrica', 'es'],
        ['trabajar en una fabrica', 'es'],
      ] as const) {
        const found = await titles(q, lang, 5);
        expect(
          found.filter((t) => !production.test(t)),
          `${q}: ${found.join(' | ')}`,
        ).toEqual([]);
      }
      // Post offices are no office work: the office machine operators say "office" in English too.
      const office = await titles('trabajar en oficina', 'es', 5);
      expect(office.indexOf('Operadores de máquinas de oficina')).toBeLessThan(
        office.indexOf('Empleados de oficinas de correos'),
      );
    });

    it('puts the aides first for older people, counted as BLS counts them', async () => {
      // OEWS counts home health and personal care aides together (31-1120): the personal care
      // aides are among the most common work, not the least.
      for (const [q, lang] of [
        ['help old people', 'en'],
        ['elderly', 'en'],
        ['cuidar a personas mayores', 'es'],
      ] as const)
        expect((await titles(q, lang))[0], q).toMatch(
          /^(Personal Care Aides|Asistentes de cuidado personal)$/,
        );
    });

    it('answers what students type in English', async () => {
      const cases: SearchCase[] = [
        ['i want to make games', 'en', /^Video Game Designers$/],
        ['doctor for animals', 'en', /^Veterinarians$/],
        ['animal doctor', 'en', /^Veterinarians$/],
        ['be a vet', 'en', /^Veterinar/],
        ['be a cop', 'en', /^Police and Sheriff's Patrol Officers$/],
        ['construction', 'en', /^Construction Laborers$/],
        ['help the environment', 'en', /^Environmental/],
        ['save the planet', 'en', /^Environmental/, /Astronomers/],
        ['sell things', 'en', /^Retail Salespersons$/],
        ['music producer', 'en', /^(Music Directors and Composers|Producers and Directors)$/],
        ['make movies', 'en', /^(Film and Video Editors|Camera Operators)/],
        ['video editing', 'en', /^Film and Video Editors$/],
        ['hair stylist', 'en', /^Hairdressers, Hairstylists, and Cosmetologists$/],
        ['be a chef', 'en', /^Chefs and Head Cooks$/],
        ['design clothes', 'en', /^Fashion Designers$/],
        ['take care of kids', 'en', /^Childcare Workers$/],
        ['build robots', 'en', /^Robotics/],
        ['be a pilot', 'en', /^(Commercial Pilots|Airline Pilots)/],
        ['work at a hospital', 'en', /^(Hospitalists|Registered Nurses|Physicians)/],
        ['dentist', 'en', /^Dentists, General$/],
        // Typos.
        ['programing', 'en', /^Computer Programmers$/],
        ['pyschology', 'en', /Psychologists$/],
        ['firefigher', 'en', /^Firefighters$/],
      ];
      await expectAll(cases);
      expect((await titles('programing'))[0]).toBe('Computer Programmers');
    });

    it('answers what students type in Spanish, without accents, in slang and Spanglish', async () => {
      const cases: SearchCase[] = [
        ['quiero ser policia', 'es', /^Policías y alguaciles de patrulla$/],
        ['ser enfermera', 'es', /^Enfermeros registrados/],
        ['ser nurse', 'es', /^Enfermeros registrados/],
        ['quiero ser doctora', 'es', /^Médicos/],
        ['veterinaria', 'es', /^Veterinarios$/],
        ['ser bombero', 'es', /^Bomberos$/],
        ['ser chef', 'es', /^Chefs y jefes de cocina$/],
        ['ser maestro', 'es', /^Maestros de/],
        ['piloto de avion', 'es', /^Pilotos (de aerolínea|comerciales)$/],
        ['programar', 'es', /^Programadores$/],
        ['programador de videojuegos', 'es', /^(Diseñadores de videojuegos|Programadores)$/],
        ['trabajar en la computadora', 'es', /^(Especialistas en soporte técnico|Programadores)/],
        [
          'quiero trabajar con computers',
          'es',
          /^(Especialistas en soporte técnico|Programadores)/,
        ],
        ['arreglar computadoras', 'es', /^Técnicos en reparación de computadoras/],
        ['cuidar el planeta', 'es', /ambiental/, /Astrónomos/],
        ['salvar el planeta', 'es', /ambiental/, /Astrónomos/],
        ['ayudar al medio ambiente', 'es', /ambiental/],
        ['vender cosas', 'es', /^Vendedores minoristas$/],
        ['hacer videos', 'es', /video/],
        ['hacer peliculas', 'es', /^(Editores de cine|Camarógrafos)/],
        ['hacer musica', 'es', /^Músicos y cantantes$/],
        ['hacer pasteles', 'es', /^Panaderos$/],
        ['cuidar animales', 'es', /^Cuidadores de animales$/],
        ['trabajar en construccion', 'es', /construcción/],
        ['trabajar en un hospital', 'es', /^Enfermeros registrados/],
        ['trabajar en un restaurante', 'es', /^Cocineros de restaurante$/],
        ['maestra de ingles', 'es', /inglés/],
        ['contabilidad', 'es', /^Contadores y auditores$/],
        ['el ejercito', 'es', /militar/],
        ['jugar futbol', 'es', /^(Atletas|Entrenadores)/],
        ['carpintero', 'es', /^Carpinteros$/],
      ];
      await expectAll(cases);
      expect((await titles('vender cosas', 'es'))[0]).toBe('Vendedores minoristas');
      expect((await titles('contabilidad', 'es'))[0]).toBe('Contadores y auditores');
    });
  },
);
