import { describe, expect, it } from 'vitest';
import { builtInProfile } from '../profiles/index.ts';
import { checkRule, courseOf, modify, softwareProgram } from '../test-factories.ts';
import { progressesInSpecificity } from './progresses-in-specificity.ts';

const leveled = (levels: Record<string, string>) =>
  modify(softwareProgram(), (f) => {
    for (const [id, level] of Object.entries(levels)) courseOf(f, id).sequenceLevel = level;
  });

describe('pos.progresses-in-specificity', () => {
  it('passes a program that goes from introductory to capstone, and untagged courses', () => {
    const file = leveled({
      'cs-discoveries': 'introductory',
      'intro-programming': 'intermediate',
      'cis-280': 'capstone',
    });
    expect(checkRule(progressesInSpecificity, file)).toEqual([]);
    expect(checkRule(progressesInSpecificity, softwareProgram())).toEqual([]);
  });

  it('reports an introductory course after a capstone, and a capstone before any introductory course', () => {
    const file = leveled({ 'ap-csa': 'capstone', 'cis-133': 'introductory' });
    const found = checkRule(progressesInSpecificity, file);
    expect(found.map((f) => f.courseId)).toEqual(['ap-csa', 'cis-133']);
    expect(found[0]!.message.en).toContain('comes before any introductory course');
    expect(found[1]!.message.en).toContain('comes after the capstone “AP Computer Science A”');
    expect(found[1]!.message.es).toContain('viene después del curso final');
  });

  it("reads the profile's level names and reports a level it does not know", () => {
    const profile = builtInProfile('state-example')!;
    const file = leveled({
      'cs-discoveries': 'Level 1',
      'cis-280': 'Level 4',
      'cis-210': 'Level 9',
    });
    const found = checkRule(progressesInSpecificity, file, { profile });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ courseId: 'cis-210' });
    expect(found[0]!.message.en).toContain(
      '“Level 9”, which the profile state-example does not know',
    );
    const reversed = leveled({ 'cs-discoveries': 'Level 4', 'cis-280': 'Level 1' });
    expect(checkRule(progressesInSpecificity, reversed, { profile })).toHaveLength(2);
  });
});
