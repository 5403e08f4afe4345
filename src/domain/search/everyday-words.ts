/**
 * Everyday words and short forms students and families type, and the words our titles use for
 * them: "coding" → programmer, "cars" → automotive, "IT" → information technology. Each entry
 * says where the equivalence is written down (a public source that uses both names for the same
 * work), so the list stays data anyone can check. O*NET's alternate titles ("Cop", "RN", "Vet
 * Tech") are indexed as other names already and are not repeated here. `related` words are the work a
 * word usually stands for ("outdoors": forestry, landscaping), from the same kind of sources.
 *
 * `means` holds single words (any of them may stand for the word) and phrases (every word of the
 * phrase stands for the word: "IT" finds "Information Technology", not every "information").
 * All words are matched folded (lower case, no accents) in any gender or number.
 */

export interface EverydayWord {
  /** The words people type (folded when read). */
  words: readonly string[];
  /** What they stand for: words, or phrases of several words. */
  means: readonly string[];
  /**
   * Single words for the work people who type the word usually mean, not the same thing
   * ("hospital": nurses, physicians): weighed a little less than the word itself in a title, more
   * than the word in another name.
   */
  related?: readonly string[];
  /**
   * The words, as typed, say what the person likes, not a word of the titles: "work with my
   * hands" is hands-on work, while O*NET's ", Hand" titles are work done without machines. Such
   * a word matches no title as itself, only through `means` and `related`.
   */
  figurative?: boolean;
  /** Where both names are used for the same thing. */
  source: string;
}

const OOH = 'BLS Occupational Outlook Handbook';

export const EVERYDAY_WORDS: readonly EverydayWord[] = [
  {
    words: ['doctor', 'doc'],
    means: ['physician'],
    source: `${OOH}, "Physicians and Surgeons" (https://www.bls.gov/ooh/healthcare/physicians-and-surgeons.htm)`,
  },
  {
    words: ['coding', 'coder'],
    means: ['programmer', 'programming', 'software'],
    source: `${OOH}, "Computer Programmers": they write and test code (https://www.bls.gov/ooh/computer-and-information-technology/computer-programmers.htm)`,
  },
  {
    words: ['car', 'auto'],
    means: ['automotive'],
    source: `${OOH}, "Automotive Service Technicians and Mechanics": they inspect and repair cars (https://www.bls.gov/ooh/installation-maintenance-and-repair/automotive-service-technicians-and-mechanics.htm)`,
  },
  {
    words: ['army', 'navy', 'marines', 'soldier'],
    means: ['military'],
    source: `${OOH}, "Military Careers" (https://www.bls.gov/ooh/military/military-careers.htm)`,
  },
  {
    words: ['lawyer'],
    means: ['attorney', 'legal'],
    source: `${OOH}, "Lawyers": also called attorneys (https://www.bls.gov/ooh/legal/lawyers.htm)`,
  },
  {
    words: ['kids', 'kid'],
    means: ['child', 'children', 'childcare'],
    source: `${OOH}, "Childcare Workers": they care for children (https://www.bls.gov/ooh/personal-care-and-service/childcare-workers.htm)`,
  },
  {
    words: ['it'],
    means: ['information technology'],
    source: `${OOH}, "Computer and Information Technology Occupations" (https://www.bls.gov/ooh/computer-and-information-technology/home.htm)`,
  },
  {
    words: ['ti'],
    means: ['tecnologia de la informacion'],
    source:
      'Cluster 11 "Information Technology", in Spanish "Tecnología de la información" (src/data/frameworks/nccf-16/clusters/c11.ts)',
  },
  {
    words: ['ai'],
    means: ['artificial intelligence'],
    source: 'NCES CIP 2020, 11.0102 "Artificial Intelligence" (https://nces.ed.gov/ipeds/cipcode/)',
  },
  {
    words: ['ia'],
    means: ['inteligencia artificial', 'artificial intelligence'],
    source:
      'NCES CIP 2020, 11.0102 "Artificial Intelligence"; "IA" is the usual Spanish short form (FundéuRAE, "inteligencia artificial", palabra del año 2022, https://www.fundeu.es/)',
  },
  {
    words: ['cs'],
    means: ['computer science'],
    source: 'NCES CIP 2020, 11.0701 "Computer Science" (https://nces.ed.gov/ipeds/cipcode/)',
  },
  {
    words: ['pt'],
    means: ['physical therapist', 'physical therapy'],
    source: `${OOH}, "Physical Therapists" (https://www.bls.gov/ooh/healthcare/physical-therapists.htm)`,
  },
  {
    words: ['ot'],
    means: ['occupational therapist', 'occupational therapy'],
    source: `${OOH}, "Occupational Therapists" (https://www.bls.gov/ooh/healthcare/occupational-therapists.htm)`,
  },
  {
    words: ['cdl'],
    means: ['truck driver', 'commercial vehicle'],
    source: `${OOH}, "Heavy and Tractor-trailer Truck Drivers": they need a commercial driver's license (CDL) (https://www.bls.gov/ooh/transportation-and-material-moving/heavy-and-tractor-trailer-truck-drivers.htm)`,
  },
  {
    words: ['enfermeria'],
    means: ['enfermero', 'nursing'],
    source:
      'Real Academia Española, Diccionario, "enfermería" (https://dle.rae.es/enfermer%C3%ADa); glossary: "auxiliar de enfermería (CNA)" for nursing assistant',
  },
  {
    words: ['computacion', 'informatica', 'computadora', 'computadoras'],
    means: ['computadora', 'computer'],
    source:
      'Real Academia Española, Diccionario, "computación" and "informática" (https://dle.rae.es/computaci%C3%B3n)',
  },
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
    words: ['niño', 'niña', 'niños', 'niñas', 'infancia'],
    means: ['infantil', 'child', 'children', 'childcare'],
    source:
      'Real Academia Española, Diccionario, "infantil": perteneciente o relativo a la infancia (https://dle.rae.es/infantil); the English side as for "kids" (BLS OOH, "Childcare Workers")',
  },
  {
    words: ['firefighter', 'bombero', 'bombera'],
    means: [],
    related: ['fire', 'incendio'],
    source: `${OOH}, "Firefighters" (https://www.bls.gov/ooh/protective-service/firefighters.htm) and "Fire Inspectors" (https://www.bls.gov/ooh/protective-service/fire-inspectors.htm): fire inspectors and investigators often start as firefighters`,
  },
  {
    words: ['movie', 'movies'],
    means: ['film'],
    source: `${OOH}, "Film and Video Editors and Camera Operators": they work on movies, television and video (https://www.bls.gov/ooh/media-and-communication/film-and-video-editors-and-camera-operators.htm)`,
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
    words: ['ejército', 'soldado', 'armada'],
    means: ['military', 'militar'],
    source:
      'Real Academia Española, Diccionario, "ejército" (https://dle.rae.es/ej%C3%A9rcito) and "militar"; the English side as for "army" (BLS OOH, "Military Careers")',
  },
  {
    words: ['derecho', 'leyes', 'ley'],
    means: ['law', 'legal', 'abogado'],
    source:
      'Real Academia Española, Diccionario, "derecho": ciencia que estudia las leyes (https://dle.rae.es/derecho); BLS OOH, "Legal Occupations" (https://www.bls.gov/ooh/legal/home.htm)',
  },
  {
    words: ['maquillaje'],
    means: ['makeup', 'maquillista'],
    source:
      'Real Academia Española, Diccionario, "maquillista": persona que se dedica a maquillar (https://dle.rae.es/maquillista); BLS OOH, "Barbers, Hairstylists, and Cosmetologists" (makeup artists)',
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
    words: ['sport', 'sports', 'deporte', 'deportes'],
    means: [],
    related: ['athlete', 'coach', 'deportista', 'atleta', 'entrenador'],
    source: `${OOH}, "Athletes and Sports Competitors" and "Coaches and Scouts" (https://www.bls.gov/ooh/entertainment-and-sports/home.htm)`,
  },
  {
    words: ['drawing', 'drawings', 'dibujo', 'dibujos'],
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
    words: ['fix', 'arreglar', 'reparar'],
    means: ['repair', 'repairer', 'reparacion', 'reparador'],
    source: `${OOH}, "Installation, Maintenance, and Repair Occupations": they install, fix and maintain equipment (https://www.bls.gov/ooh/installation-maintenance-and-repair/home.htm)`,
  },
  {
    words: ['elderly', 'seniors', 'anciano', 'ancianos', 'ancianas', 'vejez'],
    means: [],
    related: ['geriatric', 'geriatrician', 'gerontological', 'gerontologist', 'elder'],
    figurative: true,
    source: `${OOH}, "Home Health and Personal Care Aides": they help older adults (https://www.bls.gov/ooh/healthcare/home-health-aides-and-personal-care-aides.htm); O*NET 27.0 other names of the work with older people ("Geriatric Nurse", "Geriatric Aide", "Geriatric Nursing Assistant (GNA)", "Elder Counselor"); as typed, "Senior" in other names is rank ("Armor Senior Sergeant")`,
  },
];
