import { describe, expect, it } from 'vitest';
import { expectSpanishOfEach } from '../../../test/en-es-messages.ts';
import { fieldOf } from '../../../test/app-error-field.ts';
import { AppError } from '../errors.ts';
import { UNKNOWN_DISTRICT_TEXT, unknownDistrict } from './unknown-district.ts';

describe('a district nobody has', () => {
  it('is said in English and Spanish with the same placeholders', () => {
    expectSpanishOfEach(UNKNOWN_DISTRICT_TEXT);
  });

  it('names the field and the id in both languages, with the code asked', () => {
    const error = unknownDistrict('no-such');
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('No district has the id no-such.');
    expect(error.translations?.es).toBe('Ningún distrito tiene el identificador no-such.');
    expect(unknownDistrict('x', 'invalid').code).toBe('invalid');
    expect(
      fieldOf(() => {
        throw unknownDistrict('elsewhere');
      }),
    ).toBe('district');
  });
});
