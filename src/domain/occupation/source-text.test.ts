import { describe, expect, it } from 'vitest';
import { localizeSource, versionEs, type SourceText } from './source-text.ts';

const onet: SourceText = {
  id: 'onet@27.0',
  title: 'O*NET 27.0 Database',
  version: '27.0',
  url: 'https://www.onetcenter.org/database.html',
  license: 'CC BY 4.0',
  attribution:
    'This product includes information from the O*NET 27.0 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.',
};

describe('localizeSource', () => {
  it('keeps English as stored', () => {
    expect(localizeSource(onet, 'en')).toEqual({ ...onet, lang: 'en' });
  });
  it('credits a known source in Spanish, with its version, link and licence', () => {
    const es = localizeSource(onet, 'es');
    expect(es.lang).toBe('es');
    expect(es.url).toBe(onet.url);
    expect(es.title).toBe('Base de datos O*NET 27.0');
    expect(es.attribution).toMatch(
      /^Este producto incluye información de la base de datos O\*NET 27\.0/,
    );
    expect(es.attribution).toContain('CC BY 4.0');
  });
  it('names the O*NET release the default data came from', () => {
    const es = localizeSource(
      {
        ...onet,
        id: 'wayfinder-default@2',
        version: '2',
        license: 'CC BY 4.0 (O*NET codes, titles and job zones); descriptions MIT',
        attribution: 'Occupation codes, titles and job zones from the O*NET 28.1 Database by …',
      },
      'es',
    );
    expect(es.attribution).toContain('O*NET 28.1');
    expect(es.license).not.toMatch(/descriptions/);
  });
  it('says in Spanish what Wayfinder changed, when the English credit says it', () => {
    const changed = { ...onet, attribution: `${onet.attribution} Wayfinder changes: it adds …` };
    expect(localizeSource(changed, 'es').attribution).toMatch(/Cambios de Wayfinder: añade/);
    expect(localizeSource(onet, 'es').attribution).not.toMatch(/Cambios/);
  });
  it('credits our own pathway links and Spanish texts in Spanish', () => {
    const es = localizeSource(
      {
        ...onet,
        id: 'wayfinder-curated@2',
        version: '2',
        license: 'MIT (links and Spanish texts); occupation codes from O*NET, CC BY 4.0',
        attribution: 'Links … Occupation codes from the O*NET 27.0 Database by USDOL/ETA, …',
      },
      'es',
    );
    expect(es.lang).toBe('es');
    expect(`${es.title} ${es.license} ${es.attribution}`).not.toMatch(/Occupation|links/i);
    expect(es.attribution).toContain('O*NET 27.0');
  });
  it('names a release month in Spanish', () => {
    const oews = { ...onet, id: 'bls-oews@May 2024', version: 'May 2024' };
    const es = localizeSource(oews, 'es');
    expect(es.version).toBe('mayo de 2024');
    expect(es.title).toContain('mayo de 2024');
    expect(versionEs('2022-2032')).toBe('2022-2032');
  });
  it('leaves an unknown source in English and says so', () => {
    expect(localizeSource({ ...onet, id: 'state-wages@2025' }, 'es')).toEqual({
      ...onet,
      id: 'state-wages@2025',
      lang: 'en',
    });
  });
});
