/**
 * The SCED subject areas the shipped sets select on, checked against the current list: the CEDS
 * option set "SCED Course Subject Area" (CEDS 14, Populate-CEDS-Ref-Tables.sql, table
 * RefSCEDCourseSubjectArea, https://github.com/CEDStandards/CEDS-IDS), which follows NCES SCED
 * (https://nces.ed.gov/forum/SCED.asp): 01–05 and 07–24, with world languages under 24, World
 * Languages. 06, Foreign Language and Literature, is the older SCED area for them, still found on
 * transcripts; a set that counts languages counts both.
 */
import { describe, expect, it } from 'vitest';
import type { TCourseSelector, TRequirementNode } from '../../contracts/requirements.ts';
import { SHIPPED_REQUIREMENT_SETS } from './index.ts';

const SCED_SUBJECT_AREAS: Record<string, string> = {
  '01': 'English Language and Literature',
  '02': 'Mathematics',
  '03': 'Life and Physical Sciences',
  '04': 'Social Sciences and History',
  '05': 'Visual and Performing Arts',
  '07': 'Religious Education and Theology',
  '08': 'Physical, Health, and Safety Education',
  '09': 'Military Science',
  '10': 'Information Technology',
  '11': 'Communication and Audio/Visual Technology',
  '12': 'Business and Marketing',
  '13': 'Manufacturing',
  '14': 'Health Care Sciences',
  '15': 'Public, Protective, and Government Service',
  '16': 'Hospitality and Tourism',
  '17': 'Architecture and Construction',
  '18': 'Agriculture, Food, and Natural Resources',
  '19': 'Human Services',
  '20': 'Transportation, Distribution and Logistics',
  '21': 'Engineering and Technology',
  '22': 'Miscellaneous',
  '23': 'Non-Subject-Specific',
  '24': 'World Languages',
};
const OLDER_WORLD_LANGUAGES = '06';

const nodes = (node: TRequirementNode): TRequirementNode[] => [
  node,
  ...('children' in node ? node.children.flatMap(nodes) : []),
];

/** Every selector of every shipped set, named by set and node. */
const selectors = (): [string, TCourseSelector][] =>
  SHIPPED_REQUIREMENT_SETS.flatMap((set) => [
    ...(set.repeatable
      ? [[`${set.id} repeatable`, set.repeatable] as [string, TCourseSelector]]
      : []),
    ...nodes(set.root).flatMap((node) => {
      const out: [string, TCourseSelector][] = [];
      if ('select' in node && node.select) out.push([`${set.id} ${node.id}`, node.select]);
      if (node.type === 'min_gpa' && node.honors) {
        out.push([`${set.id} ${node.id} honors`, node.honors.select]);
      }
      return out;
    }),
  ]);

describe('SCED subject areas in the shipped requirement sets', () => {
  it('select only subject areas SCED has (06 as the older area of world languages)', () => {
    const known = (area: string) => area in SCED_SUBJECT_AREAS || area === OLDER_WORLD_LANGUAGES;
    for (const [name, select] of selectors()) {
      for (const area of select.scedSubjects ?? [])
        expect(known(area), `${name}: ${area}`).toBe(true);
      // A SCED code pattern ("0305?", "02052") starts with its subject area.
      for (const pattern of [...(select.codes ?? []), ...(select.exclude ?? [])]) {
        if (/^\d{2}/.test(pattern))
          expect(known(pattern.slice(0, 2)), `${name}: ${pattern}`).toBe(true);
      }
    }
  });

  it('count world languages under 24 wherever they count them under 06, and the other way', () => {
    const languageSelectors = selectors().filter(([, s]) =>
      s.scedSubjects?.some((a) => a === '24' || a === OLDER_WORLD_LANGUAGES),
    );
    // The UC/CSU a-g (the pattern and e), Washington, both Texas sets.
    expect(languageSelectors.length).toBeGreaterThanOrEqual(6);
    for (const [name, select] of languageSelectors) {
      expect(select.scedSubjects, name).toContain('24');
      expect(select.scedSubjects, name).toContain(OLDER_WORLD_LANGUAGES);
    }
  });
});
