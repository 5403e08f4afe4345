/**
 * Everyday words and short forms students and families type, and the words our titles use for
 * them: "coding" → programmer, "cars" → automotive, "IT" → information technology. Each entry
 * says where the equivalence is written down (a public source that uses both names for the same
 * work), so the list stays data anyone can check. O*NET's alternate titles ("Cop", "RN", "Vet
 * Tech") are indexed as other names already and are not repeated here.
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
    words: ['computacion', 'informatica'],
    means: ['computadora', 'computer'],
    source:
      'Real Academia Española, Diccionario, "computación" and "informática" (https://dle.rae.es/computaci%C3%B3n)',
  },
];
