/**
 * The work an everyday word usually stands for (everyday-words.ts `related`): "hospital" →
 * nurses and physicians, "outdoors" → forestry and landscaping, "old people" → the work with
 * older adults. Each entry names the public source that ties the word to that work.
 */
import type { EverydayWord } from './everyday-words.ts';

const OOH = 'BLS Occupational Outlook Handbook';

export const WORK_WORDS: readonly EverydayWord[] = [
  {
    words: ['outdoors', 'outdoor', 'outside', 'afuera'],
    means: [],
    related: ['forest', 'forestry', 'conservation', 'landscaping', 'groundskeeping', 'logging'],
    source: `${OOH}: forest, conservation and logging workers and grounds maintenance workers work outdoors (https://www.bls.gov/ooh/farming-fishing-and-forestry/forest-conservation-and-logging-workers.htm, https://www.bls.gov/ooh/building-and-grounds-cleaning/grounds-maintenance-workers.htm); conservation scientists and foresters, much of the time (https://www.bls.gov/ooh/life-physical-and-social-science/conservation-scientists.htm)`,
  },
  {
    words: ['hands', 'manos'],
    means: [],
    related: ['carpenter', 'electrician', 'plumber', 'mechanic', 'welder', 'landscaping'],
    figurative: true,
    source:
      'BLS SOC 2018 definitions: "Packers and Packagers, Hand" (53-7064) "pack or package by hand": ", Hand" in a title is work done without machines, not what "work with my hands" asks for (https://www.bls.gov/soc/2018/soc_2018_definitions.pdf). The hands-on trades: BLS OOH, "Construction and Extraction" and "Installation, Maintenance, and Repair Occupations" (carpenters, electricians, plumbers, mechanics, welders; https://www.bls.gov/ooh/construction-and-extraction/home.htm, https://www.bls.gov/ooh/installation-maintenance-and-repair/home.htm) and "Grounds Maintenance Workers"',
  },
  {
    words: ['hospital', 'hospitales'],
    means: [],
    related: ['nurse', 'physician', 'surgeon'],
    source: `${OOH}, "Registered Nurses" and "Physicians and Surgeons": most work in hospitals (https://www.bls.gov/ooh/healthcare/registered-nurses.htm, https://www.bls.gov/ooh/healthcare/physicians-and-surgeons.htm)`,
  },
  {
    words: ['beauty', 'belleza', 'estética'],
    means: [],
    related: ['cosmetologist', 'hairstylist', 'skincare', 'manicurist', 'esthetician'],
    source: `${OOH}, "Barbers, Hairstylists, and Cosmetologists", "Skincare Specialists" and "Manicurists and Pedicurists", the beauty services of its Personal Care and Service group (https://www.bls.gov/ooh/personal-care-and-service/home.htm)`,
  },
  {
    words: ['nails', 'uñas', 'manicure', 'manicura'],
    means: [],
    related: ['manicurist', 'pedicurist'],
    figurative: true,
    source: `${OOH}, "Manicurists and Pedicurists": they clean, shape and polish fingernails and toenails (https://www.bls.gov/ooh/personal-care-and-service/manicurists-and-pedicurists.htm). The "Nail …" other names of machine work (SOC 51-7042 woodworking, "Nail Kegger") are nails of wood and metal, not what a student means`,
  },
  {
    words: ['hair', 'cabello', 'pelo'],
    means: [],
    related: ['hairdresser', 'hairstylist', 'barber', 'cosmetologist', 'shampooer', 'peluquero'],
    source: `${OOH}, "Barbers, Hairstylists, and Cosmetologists": they cut, color and style hair (https://www.bls.gov/ooh/personal-care-and-service/barbers-hairstylists-and-cosmetologists.htm)`,
  },
  {
    words: ['money', 'dinero'],
    means: [],
    related: ['financial', 'finance', 'finanzas', 'financiero'],
    source: `${OOH}, "Business and Financial Occupations": financial analysts, advisors and managers work with an organization's or a person's money (https://www.bls.gov/ooh/business-and-financial/home.htm)`,
  },
  {
    words: ['youtuber', 'youtubers', 'influencer', 'streamer', 'vlogger'],
    means: [],
    related: ['video'],
    source:
      'The Washington Post, "Millions work as content creators. In official records, they barely exist." (October 2023): no official occupation for online creators; their work is making video, as film and video editors and camera operators do (BLS OOH, https://www.bls.gov/ooh/media-and-communication/film-and-video-editors-and-camera-operators.htm)',
  },
  {
    words: ['firefighter', 'bombero', 'bombera', 'fire fighter'],
    means: [],
    related: ['fire', 'incendio'],
    source: `${OOH}, "Firefighters" (https://www.bls.gov/ooh/protective-service/firefighters.htm) and "Fire Inspectors" (https://www.bls.gov/ooh/protective-service/fire-inspectors.htm): fire inspectors and investigators often start as firefighters`,
  },
  {
    words: ['airplane', 'airplanes', 'plane', 'planes'],
    means: ['aircraft'],
    related: ['pilot'],
    source: `${OOH}, "Aircraft and Avionics Equipment Mechanics and Technicians" (airplanes are aircraft) and "Airline and Commercial Pilots": they fly airplanes (https://www.bls.gov/ooh/installation-maintenance-and-repair/aircraft-and-avionics-equipment-mechanics-and-technicians.htm, https://www.bls.gov/ooh/transportation-and-material-moving/airline-and-commercial-pilots.htm)`,
  },
  {
    words: ['boat', 'boats', 'ship', 'ships', 'barco', 'barcos'],
    means: ['vessel', 'watercraft', 'ship', 'motorboat', 'embarcacion', 'buque'],
    related: ['sailor', 'marine'],
    source: `${OOH}, "Water Transportation Workers": captains, mates, sailors and marine engineers operate and maintain ships and boats (https://www.bls.gov/ooh/transportation-and-material-moving/water-transportation-occupations.htm)`,
  },
  {
    words: ['animal', 'animals', 'animales'],
    means: [],
    related: ['veterinarian', 'veterinary'],
    source: `${OOH}, "Veterinarians" and "Veterinary Technologists and Technicians": they care for sick and injured animals (https://www.bls.gov/ooh/healthcare/veterinarians.htm, https://www.bls.gov/ooh/healthcare/veterinary-technologists-and-technicians.htm)`,
  },
  {
    words: ['house', 'houses', 'home', 'homes', 'casa', 'casas'],
    means: [],
    related: ['carpenter', 'construction', 'carpintero', 'construccion'],
    source: `${OOH}, "Carpenters" and "Construction Laborers and Helpers": they build houses and other structures (https://www.bls.gov/ooh/construction-and-extraction/carpenters.htm, https://www.bls.gov/ooh/construction-and-extraction/construction-laborers-and-helpers.htm)`,
  },
  {
    words: [
      'sport',
      'sports',
      'deporte',
      'deportes',
      'soccer',
      'football',
      'basketball',
      'baseball',
      'futbol',
      'basquetbol',
      'beisbol',
    ],
    means: [],
    related: ['athlete', 'coach', 'deportista', 'atleta', 'deportivo'],
    source: `${OOH}, "Athletes and Sports Competitors" and "Coaches and Scouts" (https://www.bls.gov/ooh/entertainment-and-sports/home.htm)`,
  },
  {
    words: ['drawing', 'drawings', 'draw', 'dibujo', 'dibujos'],
    means: [],
    related: ['illustrator', 'cartoonist', 'ilustrador', 'dibujante'],
    figurative: true,
    source: `${OOH}, "Craft and Fine Artists": illustrators and cartoonists draw (https://www.bls.gov/ooh/arts-and-design/craft-and-fine-artists.htm); "Drawing" in "Extruding and Drawing Machine Setters" (SOC 51-4021) is drawing metal out, not what a student means`,
  },
  {
    words: [
      'phone',
      'phones',
      'cellphone',
      'cellphones',
      'telefono',
      'telefonos',
      'celular',
      'celulares',
    ],
    means: [],
    related: ['telecommunications', 'telecomunicaciones'],
    source: `${OOH}, "Telecommunications Equipment Installers and Repairers": they set up and repair phone and internet equipment (https://www.bls.gov/ooh/installation-maintenance-and-repair/telecommunications-equipment-installers-and-repairers-except-line-installers.htm)`,
  },
  {
    words: ['space', 'espacio', 'astronaut', 'astronauta'],
    means: [],
    related: ['aerospace', 'astronomer', 'aeroespacial', 'astronomo'],
    source: `${OOH}, "Aerospace Engineers": they design aircraft and spacecraft; "Physicists and Astronomers": astronomers study planets, stars and galaxies (https://www.bls.gov/ooh/architecture-and-engineering/aerospace-engineers.htm, https://www.bls.gov/ooh/life-physical-and-social-science/physicists-and-astronomers.htm)`,
  },
  {
    words: ['ocean', 'oceans', 'sea', 'oceano', 'oceanos'],
    means: [],
    related: ['marine', 'oceanographer', 'sailor', 'marino', 'marinero', 'oceanografo'],
    source: `${OOH}, "Geoscientists" (oceanographers), "Water Transportation Workers" (sailors, marine oilers) and "Marine Engineers and Naval Architects" (https://www.bls.gov/ooh/life-physical-and-social-science/geoscientists.htm, https://www.bls.gov/ooh/transportation-and-material-moving/water-transportation-occupations.htm)`,
  },
  {
    words: [
      'elderly',
      'seniors',
      'anciano',
      'ancianos',
      'ancianas',
      'vejez',
      'old people',
      'older people',
      'older adults',
      'old folks',
      'senior citizens',
      'personas mayores',
      'adultos mayores',
      'gente mayor',
      'tercera edad',
    ],
    means: [],
    related: ['geriatric', 'geriatrician', 'gerontological', 'gerontologist', 'elder'],
    figurative: true,
    source: `${OOH}, "Home Health and Personal Care Aides": they help older adults (https://www.bls.gov/ooh/healthcare/home-health-aides-and-personal-care-aides.htm); O*NET 27.0 other names of the work with older people ("Geriatric Nurse", "Geriatric Aide", "Geriatric Nursing Assistant (GNA)", "Elder Counselor"); as typed, "Senior" in other names is rank ("Armor Senior Sergeant")`,
  },
  {
    words: ['sick', 'ill', 'enfermo', 'enferma', 'enfermos', 'enfermas', 'sick people'],
    means: [],
    related: ['nurse', 'nursing', 'physician', 'enfermero', 'enfermeria', 'medico'],
    source: `${OOH}, "Registered Nurses": they provide and coordinate patient care; "Nursing Assistants and Orderlies": they help provide basic care for patients; "Physicians and Surgeons": they diagnose and treat injuries or illnesses (https://www.bls.gov/ooh/healthcare/registered-nurses.htm, https://www.bls.gov/ooh/healthcare/nursing-assistants.htm, https://www.bls.gov/ooh/healthcare/physicians-and-surgeons.htm)`,
  },
  {
    words: ['build', 'builds', 'construir'],
    means: [],
    related: ['construction', 'carpenter', 'construccion', 'carpintero'],
    figurative: true,
    source: `${OOH}, "Construction and Extraction Occupations": they build new structures; "Carpenters": they construct and repair building frameworks (https://www.bls.gov/ooh/construction-and-extraction/home.htm, https://www.bls.gov/ooh/construction-and-extraction/carpenters.htm). As typed, "build" is the base of the noun "building" in titles ("Construction and Building Inspectors", "Manufactured Building … Installers"), not what "build things" asks for`,
  },
  {
    words: ['fly', 'flying', 'volar'],
    means: [],
    related: ['pilot', 'piloto', 'copilot'],
    figurative: true,
    source: `${OOH}, "Airline and Commercial Pilots": they fly and navigate airplanes, helicopters and other aircraft (https://www.bls.gov/ooh/transportation-and-material-moving/airline-and-commercial-pilots.htm). As typed, "Fly" in other names is textile and fishing work ("Fly Frame Tender", "Fly Tier")`,
  },
  {
    words: ['boss', 'bosses', 'jefe', 'jefa', 'jefes'],
    means: [],
    related: ['manager', 'supervisor', 'executive', 'gerente', 'ejecutivo'],
    source: `${OOH}, "Management Occupations": managers plan, direct and coordinate the work of an organization; "Top Executives" (https://www.bls.gov/ooh/management/home.htm, https://www.bls.gov/ooh/management/top-executives.htm)`,
  },
];
