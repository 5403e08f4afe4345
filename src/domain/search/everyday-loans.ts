/**
 * Brands and words borrowed from English that students type for work, in Spanish as in English:
 * an app or a restaurant chain for the work done through it ("manejar uber", "trabajar en
 * mcdonalds"), and words of US and Mexican Spanish taken from English ("gamer", "traila").
 * Each entry names where both names are used for the same work. Read with everyday-spanish.ts.
 */
import type { EverydayWord } from './everyday-words.ts';

const DLE = 'Real Academia Española, Diccionario de la lengua española';
const OOH = 'BLS Occupational Outlook Handbook';

export const BRAND_AND_LOAN_WORDS: readonly EverydayWord[] = [
  {
    // "drive uber", "manejar uber", "hacer uber": ride-hailing apps named by their brand, as
    // O*NET's other names of the taxi drivers say "Lyft Driver" and "Rideshare Cab Driver".
    words: ['uber', 'lyft', 'rideshare', 'ride share'],
    means: ['rideshare', 'lyft'],
    related: ['taxi', 'taxista', 'chauffeur', 'chofer'],
    source: `O*NET 27.0 other names "Lyft Driver" and "Rideshare Cab Driver" of "Taxi Drivers" (53-3054.00); ${OOH}, "Taxi Drivers, Shuttle Drivers, and Chauffeurs": some drivers work for ride-hailing services through an app (https://www.bls.gov/ooh/transportation-and-material-moving/taxi-drivers-and-chauffeurs.htm)`,
  },
  {
    // "gamer", "ser gamer": who plays video games and would make or test them. As typed, "gaming"
    // is gambling work ("Gaming Dealer") and "game" the hunters' game, so the word matches no
    // title as itself.
    words: ['gamer', 'gamers'],
    means: ['video game'],
    related: ['videojuego'],
    figurative: true,
    source: `O*NET 27.0 other names "Video Game Creator", "Video Game Tester" of "Video Game Designers" (15-1255.01); ${OOH}, "Software Developers, Quality Assurance Analysts, and Testers" (video game testers) (https://www.bls.gov/ooh/computer-and-information-technology/software-developers.htm)`,
  },
  {
    // "trabajar en mcdonalds": fast-food restaurants named by their brand, as O*NET's other
    // names say "Fast Food Worker", "Fast Food Cook" and our titles "comida rápida".
    words: ['mcdonalds', 'mcdonald', 'wendys'],
    means: ['fast food', 'comida rapida'],
    source: `O*NET 27.0 other names "Fast Food Worker", "Fast Food Cashier" of "Fast Food and Counter Workers" (35-3023.00) and "Fast Food Cook" of "Cooks, Fast Food" (35-2011.00); ${OOH}, "Food and Beverage Serving and Related Workers" (https://www.bls.gov/ooh/food-preparation-and-serving/food-and-beverage-serving-and-related-workers.htm)`,
  },
  {
    // "manejar trailas", "ser trailero": in the Spanish of Mexico and the US, the semi-trailer
    // truck and its driver.
    words: ['traila', 'trailas', 'trailero', 'trailera', 'traileros', 'traileras'],
    means: ['truck', 'camion', 'tractor trailer'],
    source: `${DLE}, "tráiler": remolque de un camión (https://dle.rae.es/tr%C3%A1iler); O*NET 27.0 other names "Tractor Trailer Driver" and "Commercial Trailer Truck Driver" of "Heavy and Tractor-Trailer Truck Drivers" (53-3032.00)`,
  },
];
