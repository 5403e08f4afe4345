/**
 * What students want their work to do for others, as the work that does it (everyday-words.ts
 * `related`): protect people, help the poor, save the planet. Each entry names the public source that ties the
 * words to that work.
 */
import type { EverydayWord } from './everyday-words.ts';

const OOH = 'BLS Occupational Outlook Handbook';

export const CAUSE_WORDS: readonly EverydayWord[] = [
  {
    words: [
      'protect',
      'protecting',
      'protect people',
      'protecting people',
      'keep people safe',
      'proteger',
      'proteger a la gente',
      'proteger a las personas',
    ],
    means: [],
    related: [
      'police',
      'firefighter',
      'guard',
      'paramedic',
      'emergency',
      'policia',
      'bombero',
      'guardia',
      'paramedico',
    ],
    source: `${OOH}, "Protective Service Occupations": police officers, firefighters and security guards protect people and property (https://www.bls.gov/ooh/protective-service/home.htm); "EMTs and Paramedics": they care for the sick or injured in emergencies (https://www.bls.gov/ooh/healthcare/emts-and-paramedics.htm)`,
  },
  {
    words: [
      'poor',
      'poverty',
      'homeless',
      'needy',
      'people in need',
      'poor people',
      'homeless people',
      'people in poverty',
      'pobre',
      'pobres',
      'pobreza',
      'necesitados',
      'personas sin hogar',
      'gente necesitada',
    ],
    means: [],
    related: ['social', 'welfare', 'eligibility', 'trabajador social', 'servicio social'],
    source: `${OOH}, "Social Workers" and "Social and Human Service Assistants": they help people and families cope with problems and get benefits and community services such as food assistance and housing (https://www.bls.gov/ooh/community-and-social-service/social-workers.htm, https://www.bls.gov/ooh/community-and-social-service/social-and-human-service-assistants.htm); O*NET 27.0 "Eligibility Interviewers, Government Programs" decide who receives public assistance`,
  },
  {
    // "the planet" as the environment, not the planets astronomers study ("planeta" alone).
    words: [
      'environment',
      'save the planet',
      'protect the planet',
      'help the planet',
      'take care of the planet',
      'cuidar el planeta',
      'salvar el planeta',
      'proteger el planeta',
      'ayudar al planeta',
    ],
    means: ['environmental', 'ambiental'],
    source: `${OOH}, "Environmental Scientists and Specialists": they use their knowledge of the natural sciences to protect the environment and human health (https://www.bls.gov/ooh/life-physical-and-social-science/environmental-scientists-and-specialists.htm)`,
  },
];
