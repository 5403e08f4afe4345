import { describe, expect, it } from 'vitest';
import { credential } from '../program/test-builders.ts';
import { credentialMatcher } from './credential-names.ts';

const match = credentialMatcher([
  credential('comptia-a', 'CompTIA A+', 'industry_certification'),
  credential('cna', 'Certified Nursing Assistant', 'license', {
    title: { en: 'Certified Nursing Assistant', es: 'Asistente de Enfermería Certificado' },
  }),
  credential('servsafe', 'ServSafe® Manager', 'industry_certification'),
  credential('osha-10', 'OSHA 10', 'industry_certification'),
  credential('osha-10-gi', 'OSHA 10', 'industry_certification'),
]);

describe('credentialMatcher', () => {
  it('finds a credential by its id, whatever the case', () => {
    expect(match('comptia-a')).toEqual({ kind: 'found', id: 'comptia-a' });
    expect(match(' CNA ')).toEqual({ kind: 'found', id: 'cna' });
  });

  it('finds one by its English or Spanish title, set aside case, accents, spaces and ®', () => {
    expect(match('comptia  a+')).toEqual({ kind: 'found', id: 'comptia-a' });
    expect(match('asistente de enfermeria certificado')).toEqual({ kind: 'found', id: 'cna' });
    expect(match('ServSafe Manager')).toEqual({ kind: 'found', id: 'servsafe' });
  });

  it('never takes a near name, and names both credentials of a shared title', () => {
    expect(match('CompTIA A')).toEqual({ kind: 'unknown' });
    expect(match('Certified Nursing Assistant (CNA)')).toEqual({ kind: 'unknown' });
    expect(match('OSHA 10')).toEqual({ kind: 'ambiguous', ids: ['osha-10', 'osha-10-gi'] });
  });
});
