/**
 * What students wish their work would give them, not which work: to travel, to be famous, to
 * work from home (everyday-words.ts `related`). Each entry names the public source that ties the
 * wish to the work, and says what our data cannot: nothing in O*NET's titles or interests says
 * how much a job travels or whether it is done from home, so these answer with the work the
 * source names, not with a measure of the wish.
 */
import type { EverydayWord } from './everyday-words.ts';

const OOH = 'BLS Occupational Outlook Handbook';

export const WISH_WORDS: readonly EverydayWord[] = [
  {
    words: ['travel', 'traveling', 'travelling', 'viajar', 'viajes'],
    means: [],
    related: ['flight', 'pilot', 'tour', 'vuelo', 'piloto'],
    source: `${OOH}, "Flight Attendants" and "Airline and Commercial Pilots": their work takes them away from home, often overnight (https://www.bls.gov/ooh/transportation-and-material-moving/flight-attendants.htm, https://www.bls.gov/ooh/transportation-and-material-moving/airline-and-commercial-pilots.htm); O*NET 39-7011/39-7012 "Tour Guides and Escorts" and "Travel Guides" lead tours and trips`,
  },
  {
    words: ['famous', 'fame', 'celebrity', 'famoso', 'famosa', 'fama'],
    means: [],
    related: ['actor', 'musician', 'singer', 'athlete', 'actriz', 'musico', 'cantante', 'atleta'],
    source: `${OOH}, "Entertainment and Sports Occupations": actors, musicians and singers and athletes perform for audiences in person and on screen (https://www.bls.gov/ooh/entertainment-and-sports/home.htm); O*NET 27.0 other names of actors: "Movie Star", "Television Actor"`,
  },
  {
    // Read from the phrases below. As typed, "Remote" in O*NET's other names is remote sensing
    // and remotely piloted aircraft, not working from home; and "home" alone is houses
    // (everyday-work.ts). Our data has no measure of telework per occupation: the BLS source
    // gives it per occupational group, so these are the work of the two groups where it is
    // highest, as their titles name it (software, web, programmers; lawyers), not a list of
    // remote jobs.
    words: [
      'remote',
      'telework',
      'work from home',
      'working from home',
      'from home',
      'trabajar desde casa',
      'desde casa',
    ],
    means: [],
    related: ['software', 'web', 'programmer', 'lawyer', 'programador', 'abogado'],
    figurative: true,
    source:
      'BLS, The Economics Daily, "Ability to telework available to 10.6 percent of civilian workers in 2022" (Occupational Requirements Survey): highest in computer and mathematical occupations (52.5 percent; web developers 78.2) and legal occupations (48.8; lawyers 61.6), 1.7 percent in healthcare practitioner occupations (https://www.bls.gov/opub/ted/2022/ability-to-telework-available-to-10-6-percent-of-civilian-workers-in-2022.htm)',
  },
];
