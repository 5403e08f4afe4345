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
import { WORK_WORDS } from './everyday-work.ts';
import { LIKED_WORDS } from './everyday-likes.ts';
import { WISH_WORDS } from './everyday-wishes.ts';
import { CAUSE_WORDS } from './everyday-causes.ts';
import { SPANISH_WORDS } from './everyday-spanish.ts';
import { TEEN_WORDS } from './everyday-teens.ts';
import { ONLINE_WORDS } from './everyday-online.ts';

export interface EverydayWord {
  /**
   * The words people type (folded when read). A phrase whose meaning is the phrase, not its
   * words ("old people", "personas mayores", "fire fighter"), is read in a query as the entry's
   * first single word ("elderly"), so it finds what that word finds; each entry with a phrase
   * starts with a single word.
   */
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

/**
 * Who teaches kids: the teachers named by the grades of young children ("teach kids",
 * "enseñar a niños"), not the postsecondary teachers of child psychology or pediatrics.
 * ("Elementary" would push preschool teachers and childcare workers out of the first three.)
 */
const KIDS_TEACHERS = ['preschool', 'kindergarten', 'preescolar', 'kinder'];
const KIDS_TEACHERS_SOURCE = `${OOH}, "Kindergarten and Elementary School Teachers": they teach young students (https://www.bls.gov/ooh/education-training-and-library/kindergarten-and-elementary-school-teachers.htm), "Preschool Teachers": they educate and care for children younger than age 5 (https://www.bls.gov/ooh/education-training-and-library/preschool-teachers.htm)`;

export const EVERYDAY_WORDS: readonly EverydayWord[] = [
  {
    words: ['doctor', 'doc'],
    means: ['physician'],
    source: `${OOH}, "Physicians and Surgeons" (https://www.bls.gov/ooh/healthcare/physicians-and-surgeons.htm)`,
  },
  {
    words: ['coding', 'coder', 'code', 'write code', 'writing code', 'escribir codigo'],
    means: ['programmer', 'programming', 'software'],
    source: `${OOH}, "Computer Programmers": they write and test code (https://www.bls.gov/ooh/computer-and-information-technology/computer-programmers.htm). "Code" alone, as students type it, is the same wish; the code inspectors' names ("Code Inspector") still say it as typed`,
  },
  {
    // "computer hacking", "hacker": the security work that breaks into systems to protect them.
    // As typed, "Hacker" is also an old name of cab drivers ("Hack Driver") and loggers.
    words: ['hacker', 'hackers', 'hacking', 'hack', 'hackear'],
    means: ['penetration', 'cybersecurity', 'cyber security', 'information security'],
    source: `O*NET 27.0 other names of "Penetration Testers" ("Hacker", "Certified Hacker") and of "Information Security Analysts" ("Cyber Security Engineer"); ${OOH}, "Information Security Analysts": they test their systems by simulating attacks, as penetration testers do (https://www.bls.gov/ooh/computer-and-information-technology/information-security-analysts.htm)`,
  },
  {
    // "hacer muebles", "build furniture": the woodworkers who make it. As typed, "muebles" is
    // also the movable property of "Tasadores de bienes muebles" (appraisers).
    words: ['furniture', 'mueble', 'muebles'],
    means: ['furniture', 'mueble'],
    related: ['cabinetmaker', 'ebanista'],
    source: `${OOH}, "Woodworkers": cabinetmakers and bench carpenters make furniture, as O*NET 27.0's other names of "Cabinetmakers and Bench Carpenters" ("Furniture Maker", "Furniture Builder") (https://www.bls.gov/ooh/production/woodworkers.htm); Real Academia Española, Diccionario, "mueble": cada uno de los enseres movibles que sirven para los usos necesarios o para decorar casas (https://dle.rae.es/mueble)`,
  },
  {
    words: ['car', 'auto', 'carro', 'coche'],
    means: ['automotive', 'automobile', 'car'],
    source: `${OOH}, "Automotive Service Technicians and Mechanics": they inspect and repair cars (https://www.bls.gov/ooh/installation-maintenance-and-repair/automotive-service-technicians-and-mechanics.htm)`,
  },
  {
    words: ['army', 'navy', 'soldier', 'air force', 'coast guard', 'navy seal'],
    means: ['military'],
    source: `${OOH}, "Military Careers": the Army, Navy, Air Force, Marine Corps, Space Force and Coast Guard (https://www.bls.gov/ooh/military/military-careers.htm)`,
  },
  {
    words: ['marines', 'marine corps'],
    means: ['military'],
    figurative: true,
    source: `${OOH}, "Military Careers": the Marine Corps is one of the branches of the armed forces (https://www.bls.gov/ooh/military/military-careers.htm). As typed, "Marine" in titles is work at sea ("Marine Engineers and Naval Architects", "Marine Oilers")`,
  },
  {
    words: ['tech', 'techs'],
    means: ['technician', 'technologist'],
    source:
      'O*NET 27.0 alternate titles: "Tech" for technician and technologist ("Vet Tech", "Nail Tech", "Pharmacy Tech", "Rad Tech")',
  },
  {
    words: ['lawyer'],
    means: ['attorney', 'legal'],
    source: `${OOH}, "Lawyers": also called attorneys (https://www.bls.gov/ooh/legal/lawyers.htm)`,
  },
  {
    words: ['kids', 'kid', 'children'],
    means: ['child', 'children', 'childcare'],
    related: ['pediatrician', 'pediatric', 'pediatra', ...KIDS_TEACHERS],
    source: `${OOH}, "Childcare Workers": they care for children (https://www.bls.gov/ooh/personal-care-and-service/childcare-workers.htm); ${KIDS_TEACHERS_SOURCE}; "Physicians and Surgeons": pediatricians care for infants, children and teenagers (https://www.bls.gov/ooh/healthcare/physicians-and-surgeons.htm)`,
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
    // Typed whole, "inteligencia artificial" would find business intelligence by "inteligencia";
    // "IA" as itself is the military's "Individual Augmentee" ("GWOT IA/ILO …", infantry).
    words: ['ia', 'inteligencia artificial'],
    means: ['inteligencia artificial', 'artificial intelligence'],
    figurative: true,
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
    words: ['niño', 'niña', 'niños', 'niñas', 'infancia', 'niñez'],
    means: ['infantil', 'niñez', 'child', 'children', 'childcare'],
    // The doctors and nurses of children as the work the word stands for, as for "kids".
    related: ['pediatra', 'pediatrician', 'pediatric', ...KIDS_TEACHERS],
    source:
      'Real Academia Española, Diccionario, "infantil": perteneciente o relativo a la infancia (https://dle.rae.es/infantil), "niñez": período de la vida humana, que se extiende desde el nacimiento a la pubertad (https://dle.rae.es/ni%C3%B1ez), "pediatría": la rama de la medicina que se ocupa de la salud de los niños (https://dle.rae.es/pediatr%C3%ADa), as "Pediatric Nurse" and "Pediatric Dentist" in O*NET other names; the English side as for "kids" (BLS OOH, "Childcare Workers")',
  },
  {
    words: ['movie', 'movies', 'pelicula', 'peliculas', 'cine'],
    means: ['film', 'movie'],
    source: `${OOH}, "Film and Video Editors and Camera Operators": they work on movies, television and video (https://www.bls.gov/ooh/media-and-communication/film-and-video-editors-and-camera-operators.htm); Real Academia Española, Diccionario, "película" and "cine" (https://dle.rae.es/pel%C3%ADcula)`,
  },
  {
    // As typed, "soldado" is read as "soldador" (a welder): it means only the military.
    words: ['soldado'],
    means: ['military', 'militar'],
    figurative: true,
    source:
      'Real Academia Española, Diccionario, "soldado": persona que sirve en la milicia (https://dle.rae.es/soldado); the English side as for "army" (BLS OOH, "Military Careers")',
  },
  {
    words: ['ejército', 'armada'],
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
    words: ['fix', 'arreglar', 'reparar'],
    // Mechanics are the repairers of vehicles and machines, though their titles say no "repair".
    means: ['repair', 'repairer', 'reparacion', 'reparador', 'mechanic'],
    source: `${OOH}, "Installation, Maintenance, and Repair Occupations": they install, fix and maintain equipment (https://www.bls.gov/ooh/installation-maintenance-and-repair/home.htm); its vehicle and mobile equipment mechanics (automotive, diesel, aircraft, heavy equipment) diagnose and repair vehicles and machinery`,
  },
  {
    // "make video games", "create apps", "crear videojuegos": the people who make the thing, not
    // who repair, sell or supervise it ("Video Games Mechanic"). As typed, "make" is the start of
    // "Makeup" and wants pay in "make money" (text.ts FILLER).
    words: ['make', 'making', 'create', 'creating', 'crear'],
    means: [],
    related: [
      'designer',
      'developer',
      'programmer',
      'animator',
      'producer',
      'diseñador',
      'desarrollador',
      'programador',
      'productor',
    ],
    figurative: true,
    source: `${OOH}, "Arts and Design Occupations" (designers and artists create), "Software Developers" (they create computer applications), "Special Effects Artists and Animators" (they create images), "Producers and Directors" (they create motion pictures and shows), "Writers and Authors" (they develop content) (https://www.bls.gov/ooh/arts-and-design/home.htm, https://www.bls.gov/ooh/computer-and-information-technology/software-developers.htm, https://www.bls.gov/ooh/arts-and-design/special-effects-artists-and-animators.htm, https://www.bls.gov/ooh/entertainment-and-sports/producers-and-directors.htm, https://www.bls.gov/ooh/media-and-communication/writers-and-authors.htm)`,
  },
  ...WORK_WORDS,
  ...LIKED_WORDS,
  ...WISH_WORDS,
  ...CAUSE_WORDS,
  ...SPANISH_WORDS,
  ...TEEN_WORDS,
  ...ONLINE_WORDS,
];
