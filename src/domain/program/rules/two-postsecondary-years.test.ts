import { describe, expect, it } from 'vitest';
import { checkRule, credential, modify, softwareProgram, stepOf } from '../test-factories.ts';
import { twoPostsecondaryYears } from './two-postsecondary-years.ts';

const oneYear = () =>
  modify(softwareProgram(), (f) => {
    f.program.steps = f.program.steps.filter((s) => s.level !== 'postsecondary-2');
  });

describe('pos.two-postsecondary-years', () => {
  it('passes a program with courses in postsecondary year 2', () => {
    expect(checkRule(twoPostsecondaryYears, softwareProgram())).toEqual([]);
  });

  it('reports a program that stops after one postsecondary year', () => {
    const findings = checkRule(twoPostsecondaryYears, oneYear());
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: 'program.steps[4]', stepLevel: 'postsecondary-1' });
    expect(findings[0]!.message.en).toMatch(
      /^The program's last courses are in postsecondary year 1; /,
    );
  });

  it("accepts a bachelor's degree instead", () => {
    const file = modify(oneYear(), (f) => {
      f.catalog.credentials.push(
        credential('bs-cs', 'Bachelor of Science in Computer Science', 'bachelor'),
      );
      stepOf(f, 'postsecondary-1', 'spring').credentials.push('bs-cs');
    });
    expect(checkRule(twoPostsecondaryYears, file)).toEqual([]);
  });
});
