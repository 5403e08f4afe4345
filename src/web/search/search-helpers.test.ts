import { describe, expect, it } from 'vitest';
import { en, es } from '../i18n.ts';
import { isCatalogId, isCipCode, isOccupationCode, occupationPath, searchPath } from '../paths.ts';
import {
  SEARCH_TYPE_ORDER,
  isSearchType,
  readSearchParams,
  resultPath,
  searchTypeLabel,
} from './search-helpers.ts';

describe('search addresses', () => {
  it('builds the search page address in each language, leaving out empty values', () => {
    expect(searchPath('en')).toBe('/search');
    expect(searchPath('en', '  nurs ')).toBe('/search?q=nurs');
    expect(searchPath('es', 'técnico de enfermería', 'occupation')).toBe(
      '/es/search?q=t%C3%A9cnico+de+enfermer%C3%ADa&type=occupation',
    );
    expect(searchPath('en', '', 'pathway')).toBe('/search?type=pathway');
  });

  it('builds occupation addresses and checks O*NET-SOC codes', () => {
    expect(occupationPath('en', '15-1252.00')).toBe('/occupations/15-1252.00');
    expect(occupationPath('es', '15-1252.00')).toBe('/es/occupations/15-1252.00');
    expect(isOccupationCode('15-1252.00')).toBe(true);
    expect(isOccupationCode('15-1252')).toBe(false);
    expect(isOccupationCode(undefined)).toBe(false);
  });
});

describe('the search page query', () => {
  it('trims the words and keeps only a known type', () => {
    expect(readSearchParams(new URLSearchParams('q=%20nurs%20&type=occupation'))).toEqual({
      q: 'nurs',
      type: 'occupation',
    });
    expect(readSearchParams(new URLSearchParams('type=nope'))).toEqual({ q: '', type: null });
    expect(readSearchParams(new URLSearchParams(`q=${'a'.repeat(300)}`)).q).toHaveLength(200);
  });

  it('knows the types, in the API order, with labels in both languages', () => {
    expect(SEARCH_TYPE_ORDER).toEqual([
      'cluster',
      'pathway',
      'occupation',
      'program',
      'course',
      'credential',
      'cip',
    ]);
    expect(isSearchType('cip')).toBe(true);
    expect(isSearchType('toString')).toBe(false);
    expect(isSearchType(null)).toBe(false);
    expect(searchTypeLabel(en, 'occupation')).toBe('Occupations');
    expect(searchTypeLabel(es, 'credential')).toBe('Credenciales');
  });
});

describe('where a result leads', () => {
  it('opens cluster, pathway, occupation and program pages in the page language', () => {
    expect(resultPath('en', { type: 'cluster', id: '08' })).toBe('/clusters/08');
    expect(resultPath('es', { type: 'pathway', id: '08-05' })).toBe('/es/pathways/08-05');
    expect(resultPath('en', { type: 'occupation', id: '29-1141.00' })).toBe(
      '/occupations/29-1141.00',
    );
    expect(resultPath('es', { type: 'program', id: 'health-rn' })).toBe('/es/programs/health-rn');
  });

  it('opens course, credential and CIP pages', () => {
    expect(resultPath('en', { type: 'course', id: 'cvhs-welding-2' })).toBe(
      '/courses/cvhs-welding-2',
    );
    expect(resultPath('es', { type: 'credential', id: 'aws-certified-welder' })).toBe(
      '/es/credentials/aws-certified-welder',
    );
    expect(resultPath('en', { type: 'cip', id: '51.3801' })).toBe('/cip/51.3801');
    expect(resultPath('es', { type: 'cip', id: '51.3801' })).toBe('/es/cip/51.3801');
  });

  it('checks course, credential and CIP addresses', () => {
    expect(isCatalogId('cvhs-welding-2')).toBe(true);
    expect(isCatalogId('Not An Id')).toBe(false);
    expect(isCipCode('51.3801')).toBe(true);
    expect(isCipCode('513801')).toBe(false);
    expect(isCipCode(undefined)).toBe(false);
  });
});
