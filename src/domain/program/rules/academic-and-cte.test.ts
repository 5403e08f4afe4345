import { describe, expect, it } from 'vitest';
import { nursingProgram } from '../test-factories-nursing.ts';
import { checkRule, modify, softwareProgram, unplace } from '../test-factories.ts';
import { academicAndCte } from './academic-and-cte.ts';

describe('pos.academic-and-cte', () => {
  it('passes programs with academic and CTE courses at both levels', () => {
    expect(checkRule(academicAndCte, softwareProgram())).toEqual([]);
    expect(checkRule(academicAndCte, nursingProgram())).toEqual([]);
  });

  it('reports each missing combination', () => {
    const file = modify(softwareProgram(), (f) => {
      for (const id of ['cs-discoveries', 'web-design', 'intro-programming', 'ap-csa'])
        unplace(f, id);
      for (const id of ['wr-121', 'wr-227', 'mth-111', 'mth-231', 'spe-111', 'psy-201'])
        unplace(f, id);
    });
    const findings = checkRule(academicAndCte, file);
    expect(findings.map((f) => f.message.en)).toEqual([
      'The program has no CTE course at the high school level; a program of study combines academic and CTE courses in high school and after.',
      'The program has no academic course at the postsecondary level; a program of study combines academic and CTE courses in high school and after.',
    ]);
  });
});
