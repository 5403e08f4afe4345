/**
 * UI texts for the plan's choices of credentials ("earn 1 of" a program's credentials, high school
 * and college years), in the plan view and the editor, and the dates of the college credit a
 * credential would bring, in English and Spanish.
 */
import type { TLang } from '../../contracts/framework.ts';

export const planCredentialChoicesEn = {
  ccTitle: 'Credentials to choose',
  ccIntro:
    'Your program of study lets you choose some credentials. The first ones are picked for you: pick the ones you want.',
  ccLegend: '{level}: {earn}',
  ccPicked: '{title} picked for {level}.',
  ccDropped: '{title} is no longer picked.',
  ccLeft: 'Pick {count} more.',
  ccDone: 'Picked: {count}.',
  ccIsPicked: 'picked',
  ccOpen: 'Still to pick: {count}.',
  ccTermsFrom: 'agreement in force from {from}',
  ccTermsFromTo: 'agreement in force from {from} to {to}',
  ccEarned: 'credit earned: credential earned on {date}',
};

export const planCredentialChoicesEs: typeof planCredentialChoicesEn = {
  ccTitle: 'Credenciales a elegir',
  ccIntro:
    'Tu programa de estudio te deja elegir algunas credenciales. Las primeras ya están elegidas: elige las que quieras.',
  ccLegend: '{level}: {earn}',
  ccPicked: '{title} elegida para {level}.',
  ccDropped: '{title} ya no está elegida.',
  ccLeft: 'Elige {count} más.',
  ccDone: 'Elegidas: {count}.',
  ccIsPicked: 'elegida',
  ccOpen: 'Falta elegir: {count}.',
  ccTermsFrom: 'acuerdo vigente desde el {from}',
  ccTermsFromTo: 'acuerdo vigente del {from} al {to}',
  ccEarned: 'crédito obtenido: credencial obtenida el {date}',
};

export const planCredentialChoicesText = (lang: TLang) =>
  lang === 'es' ? planCredentialChoicesEs : planCredentialChoicesEn;
