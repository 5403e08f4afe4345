import { describe, expect, it } from 'vitest';
import { byFamilyName, byShownName, nameCollator, type NamedPerson } from './name-order.ts';

const person = (
  name: string,
  givenName: string | null,
  familyName: string | null,
): NamedPerson => ({
  name,
  givenName,
  familyName,
});

describe('the order of people by name', () => {
  const people = [
    person('Zoe Ávila', 'Zoe', 'Ávila'),
    person('María José García López', 'María José', 'García López'),
    person('Ana Avila', 'Ana', 'Avila'),
    person('Bruno baker', 'Bruno', 'baker'),
    person('Garcia', null, null),
    person('Ana García Zamora', 'Ana', 'García Zamora'),
  ];
  const names = (compare: (a: NamedPerson, b: NamedPerson) => number) =>
    [...people].sort(compare).map((p) => p.name);

  it('sorts by family then given name, accents and case at the first level only', () => {
    expect(names(byFamilyName(nameCollator('es')))).toEqual([
      'Ana Avila',
      'Zoe Ávila',
      'Bruno baker',
      'Garcia',
      'María José García López',
      'Ana García Zamora',
    ]);
  });

  it('sorts by the name shown when asked', () => {
    expect(names(byShownName(nameCollator('en')))).toEqual([
      'Ana Avila',
      'Ana García Zamora',
      'Bruno baker',
      'Garcia',
      'María José García López',
      'Zoe Ávila',
    ]);
  });
});
