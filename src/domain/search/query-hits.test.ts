import { describe, expect, it } from 'vitest';
import { SearchIndex } from './search-index.ts';
import { occ } from '../../../test/search-docs.ts';

describe('what a query says beyond the words of work', () => {
  const index = new SearchIndex([
    occ('cashiers', 'Cashiers', { prior: 1, levels: ['high-school'] }),
    occ('aides', 'Home Health Aides', { prior: 0.9, levels: ['high-school'] }),
    occ('nurses', 'Registered Nurses', { prior: 0.95, levels: ['associate'] }),
    occ('physicians', 'Family Medicine Physicians', { prior: 0.6, levels: ['graduate'] }),
    occ('unknown', 'Health Workers, All Other', { prior: 0.5, levels: [] }),
    occ('athletes', 'Athletes and Sports Competitors', {
      prior: 0.9,
      aliases: ['Baseball Player', 'Basketball Player'],
    }),
    occ('coaches', 'Coaches and Scouts', { prior: 0.5, aliases: ['Sports Coach'] }),
    occ('planners', 'Green Planners', {
      prior: 0.8,
      aliases: ['Building Design Consultant', 'A', 'B'],
    }),
    // O*NET's priors of the two are as close (0.77, 0.81); more of the architects' names say it.
    occ('architects', 'Architects', {
      prior: 0.75,
      aliases: ['Building Design Architect', 'Design Architect', 'Building Architect'],
    }),
  ]);
  const ids = (q: string) => index.search(q).map((h) => h.doc.id);

  it('keeps the work entered at the schooling asked for, most common first', () => {
    expect(ids('no college')).toEqual(['cashiers', 'aides']);
    expect(ids('jobs with no college')).toEqual(['cashiers', 'aides']);
    expect(ids('stay in school long')).toEqual(['physicians']);
    // With words of work: those words, among the work at that level; no level known, not found.
    expect(ids('health no college')).toEqual(['aides']);
    expect(ids('health')).toContain('unknown');
  });

  it('puts the hits with a word the student does not want after the others', () => {
    expect(ids('sports')[0]).toBe('athletes');
    expect(ids('sports but not playing')).toEqual(['coaches', 'athletes']);
  });

  it('ranks work most of whose other names say the words first', () => {
    expect(ids('design buildings')).toEqual(['architects', 'planners']);
  });
});
