import { describe, expect, it } from 'vitest';
import {
  clusterPath,
  homePath,
  isClusterCode,
  isPathwayCode,
  isProgramId,
  langFromPath,
  newProgramPath,
  otherLang,
  pathFor,
  pathwayPath,
  programEditPath,
  programPath,
  programsPath,
  stripLang,
} from './paths.ts';

describe('page addresses', () => {
  it('reads the language from the /es prefix only', () => {
    expect(langFromPath('/')).toBe('en');
    expect(langFromPath('/clusters/08')).toBe('en');
    expect(langFromPath('/es')).toBe('es');
    expect(langFromPath('/es/pathways/08-03')).toBe('es');
    expect(langFromPath('/estonia')).toBe('en');
  });

  it('strips the language prefix', () => {
    expect(stripLang('/es')).toBe('/');
    expect(stripLang('/es/clusters/08')).toBe('/clusters/08');
    expect(stripLang('/clusters/08')).toBe('/clusters/08');
    expect(stripLang('')).toBe('/');
  });

  it('adds or removes the prefix for a language', () => {
    expect(pathFor('es', '/')).toBe('/es');
    expect(pathFor('es', '/clusters/08')).toBe('/es/clusters/08');
    expect(pathFor('es', '/es/clusters/08')).toBe('/es/clusters/08');
    expect(pathFor('en', '/es/clusters/08')).toBe('/clusters/08');
    expect(pathFor('en', '/es')).toBe('/');
  });

  it('builds page addresses', () => {
    expect(homePath('en')).toBe('/');
    expect(clusterPath('es', '08')).toBe('/es/clusters/08');
    expect(pathwayPath('en', '08-03')).toBe('/pathways/08-03');
    expect(programsPath('es')).toBe('/es/programs');
    expect(programPath('en', 'nursing')).toBe('/programs/nursing');
    expect(programEditPath('es', 'nursing')).toBe('/es/programs/nursing/edit');
    expect(newProgramPath('en')).toBe('/programs/new');
    expect(otherLang('en')).toBe('es');
    expect(otherLang('es')).toBe('en');
  });

  it('recognizes codes', () => {
    expect(isClusterCode('08')).toBe(true);
    expect(isClusterCode('8')).toBe(false);
    expect(isClusterCode(undefined)).toBe(false);
    expect(isPathwayCode('08-03')).toBe(true);
    expect(isPathwayCode('08')).toBe(false);
    expect(isProgramId('riverside-software-development')).toBe(true);
    expect(isProgramId('Bad Id')).toBe(false);
    expect(isProgramId(undefined)).toBe(false);
  });
});
