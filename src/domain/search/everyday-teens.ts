/**
 * Words of the jobs teenagers name that no occupation title says as typed: owning a business,
 * playing video games, driving for a ride app, a zoo. Each entry names the public source that
 * ties the word to the work it stands for.
 */
import type { EverydayWord } from './everyday-words.ts';

const OOH = 'BLS Occupational Outlook Handbook';

export const TEEN_WORDS: readonly EverydayWord[] = [
  {
    // "nail salon": where the manicurists work, read as "nails" (everyday-work.ts). As words, a
    // salon is also a hair or tanning salon, and its managers' ("Salon Manager").
    words: ['nails', 'nail salon', 'nail salons', 'salon de unas', 'salones de unas'],
    means: [],
    source: `${OOH}, "Manicurists and Pedicurists": they work in nail salons, barber shops and spas (https://www.bls.gov/ooh/personal-care-and-service/manicurists-and-pedicurists.htm)`,
  },
  {
    // "quiero ser futbolista": the player of a sport, which no title says as typed.
    words: [
      'futbolista',
      'futbolistas',
      'basquetbolista',
      'basquetbolistas',
      'beisbolista',
      'beisbolistas',
    ],
    means: ['athlete', 'atleta', 'deportista'],
    source: `Real Academia Española, Diccionario, "futbolista": jugador de fútbol (https://dle.rae.es/futbolista), "basquetbolista", "beisbolista"; ${OOH}, "Athletes and Sports Competitors" (https://www.bls.gov/ooh/entertainment-and-sports/athletes-and-sports-competitors.htm)`,
  },
  {
    // "quiero ser jefe": a boss. As typed, "jefes" in our Spanish titles heads a kitchen or a
    // rail yard ("Chefs y jefes de cocina", "Conductores de tren y jefes de patio").
    words: ['jefe', 'jefa', 'jefes', 'jefas'],
    means: [],
    related: ['manager', 'supervisor', 'executive', 'gerente', 'ejecutivo'],
    figurative: true,
    source: `${OOH}, "Management Occupations" and "Top Executives" (https://www.bls.gov/ooh/management/home.htm, https://www.bls.gov/ooh/management/top-executives.htm); Real Academia Española, Diccionario, "jefe": superior o cabeza de una corporación, partido u oficio (https://dle.rae.es/jefe)`,
  },
  {
    // "run a business", "own a business", "start my own business": the people who run the whole
    // of it. As typed, "run" names gambling runners and machine runs, "business" the business
    // specialists and teachers.
    words: [
      'entrepreneur',
      'entrepreneurs',
      'run a business',
      'run my own business',
      'own a business',
      'start a business',
      'business owner',
      // A small business is still the whole business run: "small" says its size, not other work
      // (as typed, "Small Business Loan Officer" put Loan Officers first).
      'small business owner',
      'own a small business',
      'run a small business',
      'start a small business',
      'businessman',
      'businesswoman',
    ],
    means: [],
    related: ['executive', 'owner', 'manager'],
    figurative: true,
    source: `${OOH}, "Top Executives": chief executives and general and operations managers plan and direct the work of a business; in small businesses the owner often is the chief executive (https://www.bls.gov/ooh/management/top-executives.htm)`,
  },
  {
    // "esports": making and testing video games ("gamer" is with the loan words, everyday-loans.ts).
    // As typed, "gaming" is gambling work ("Gaming Dealer") and "game" the hunters' game.
    words: ['esports'],
    means: ['video game'],
    figurative: true,
    source: `${OOH}, "Software Developers, Quality Assurance Analysts, and Testers" (video game testers) and "Special Effects Artists and Animators" (they create images for video games) (https://www.bls.gov/ooh/computer-and-information-technology/software-developers.htm, https://www.bls.gov/ooh/arts-and-design/special-effects-artists-and-animators.htm); O*NET 27.0 "Video Game Designers"`,
  },
  {
    // "work at a zoo", "zookeeper": who keeps and studies a zoo's animals, not the zoo's director
    // among the general managers' many other names.
    words: ['zoo', 'zoos', 'zookeeper', 'zookeepers'],
    means: [],
    related: ['animal', 'zoologist', 'veterinarian', 'veterinary'],
    source: `${OOH}, "Animal Care and Service Workers": zookeepers care for animals in zoos; "Zoologists and Wildlife Biologists" (https://www.bls.gov/ooh/personal-care-and-service/animal-care-and-service-workers.htm, https://www.bls.gov/ooh/life-physical-and-social-science/zoologists-and-wildlife-biologists.htm)`,
  },
];
