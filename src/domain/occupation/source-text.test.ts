import { describe, expect, it } from 'vitest';
import { localizeSource, type SourceText } from './source-text.ts';

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
  it('leaves an unknown source in English and says so', () => {
    expect(localizeSource({ ...onet, id: 'state-wages@2025' }, 'es')).toEqual({
      ...onet,
      id: 'state-wages@2025',
      lang: 'en',
    });
  });
});
