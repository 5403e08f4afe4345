import { describe, expect, it } from 'vitest';
import { fieldOf, tidyAuthored } from './authored-text.ts';
import { modify, softwareProgram } from './test-factories.ts';

describe('tidyAuthored', () => {
  it('trims texts and leaves out a blank Spanish title, issuer or city', () => {
    const file = modify(softwareProgram(), (draft) => {
      draft.program.title = { en: '  Cybersecurity & Networking  ', es: '   ' };
      draft.catalog.courses[0]!.title = { en: 'English 9', es: '' };
      draft.catalog.credentials[0]!.issuer = ' ';
      draft.catalog.institutions[0]!.city = '';
      draft.program.occupations[0]!.title = ' Computer Programmers\n';
    });
    const tidied = tidyAuthored(file);
    expect(tidied.ok).toBe(true);
    if (!tidied.ok) return;
    const { program, catalog } = tidied.value;
    expect(program.title).toEqual({ en: 'Cybersecurity & Networking' });
    expect(catalog.courses[0]!.title).toEqual({ en: 'English 9' });
    expect(catalog.credentials[0]).not.toHaveProperty('issuer');
    expect(catalog.institutions[0]).not.toHaveProperty('city');
    expect(program.occupations[0]!.title).toBe('Computer Programmers');
    // Everything else as it was.
    expect(program.steps).toEqual(file.program.steps);
    expect(catalog.creditAgreements).toEqual(file.catalog.creditAgreements);
  });

  it.each([
    [
      'the English title',
      (f: ReturnType<typeof softwareProgram>) => (f.program.title.en = '  '),
      'program.title.en',
    ],
    [
      'a course title',
      (f: ReturnType<typeof softwareProgram>) => (f.catalog.courses[2]!.title.en = '\t'),
      'catalog.courses.2.title.en',
    ],
    [
      'an institution name',
      (f: ReturnType<typeof softwareProgram>) => (f.catalog.institutions[1]!.name = ' '),
      'catalog.institutions.1.name',
    ],
    [
      'an occupation title',
      (f: ReturnType<typeof softwareProgram>) => (f.program.occupations[1]!.title = ' '),
      'program.occupations.1.title',
    ],
    [
      'a work-based learning title',
      (f: ReturnType<typeof softwareProgram>) =>
        (f.program.steps[3]!.workBasedLearning[0]!.title.en = ' '),
      'program.steps.3.workBasedLearning.0.title.en',
    ],
  ])('refuses %s left blank, naming the field', (_, edit, field) => {
    const tidied = tidyAuthored(modify(softwareProgram(), edit));
    expect(tidied.ok).toBe(false);
    if (tidied.ok) return;
    expect(fieldOf(tidied.problem)).toBe(field);
    expect(tidied.problem.message).toEqual({
      en: 'must not be blank',
      es: 'no debe quedar en blanco',
    });
  });

  it('refuses a credit agreement that ends before it starts', () => {
    const file = modify(softwareProgram(), (draft) => {
      draft.catalog.creditAgreements[1]!.effectiveFrom = '2025-08-01';
      draft.catalog.creditAgreements[1]!.effectiveTo = '2025-07-31';
    });
    const tidied = tidyAuthored(file);
    expect(tidied).toMatchObject({ ok: false });
    if (tidied.ok) return;
    expect(fieldOf(tidied.problem)).toBe('catalog.creditAgreements.1.effectiveTo');
    expect(tidied.problem.message.en).toContain('must not be before effectiveFrom (2025-08-01)');
    expect(tidied.problem.message.es).toContain(
      'no debe ser anterior a effectiveFrom (2025-08-01)',
    );
    // One day long is fine.
    const oneDay = modify(file, (draft) => {
      draft.catalog.creditAgreements[1]!.effectiveTo = '2025-08-01';
    });
    expect(tidyAuthored(oneDay).ok).toBe(true);
  });

  it('takes a save without a catalog', () => {
    const { program } = softwareProgram();
    const tidied = tidyAuthored({ id: 'x', program });
    expect(tidied).toEqual({ ok: true, value: { id: 'x', program } });
  });
});
