/**
 * UI texts for the college credit a student's earned credentials bring (progress page), in
 * English and Spanish.
 */
import type { TLang } from '../../contracts/framework.ts';

export const credentialCreditEarnedEn = {
  ceTitle: 'College credit from credentials',
  ceIntro:
    'Credentials your records show earned, and the college credit each brings where an agreement was in force on the day you earned it.',
  ceEarned: 'earned {date}',
  ceCredit: '{credits} cr at {institution}',
  ceTotal: 'College credit counted: {credits, plural, one {# credit} other {# credits}}',
  ceNotCounted: 'Not counted',
};

export const credentialCreditEarnedEs: typeof credentialCreditEarnedEn = {
  ceTitle: 'Crédito universitario por credenciales',
  ceIntro:
    'Las credenciales que tu expediente muestra obtenidas, y el crédito universitario que da cada una donde había un acuerdo vigente el día en que la obtuviste.',
  ceEarned: 'obtenida el {date}',
  ceCredit: '{credits} cr en {institution}',
  ceTotal: 'Crédito universitario contado: {credits, plural, one {# crédito} other {# créditos}}',
  ceNotCounted: 'No contado',
};

export const credentialCreditEarnedText = (lang: TLang) =>
  lang === 'es' ? credentialCreditEarnedEs : credentialCreditEarnedEn;
