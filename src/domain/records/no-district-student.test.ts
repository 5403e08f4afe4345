import { describe, expect, it } from 'vitest';
import { expectSpanishOfEach } from '../../../test/en-es-messages.ts';
import { AppError } from '../errors.ts';
import { NO_DISTRICT_STUDENT_TEXT, noDistrictStudent } from './no-district-student.ts';

describe('a student the district does not have', () => {
  it('is said in English and Spanish with the same placeholders', () => {
    expectSpanishOfEach(NO_DISTRICT_STUDENT_TEXT);
  });

  it('is not found, names the field, the district and the student as written', () => {
    const error = noDistrictStudent('rusd', ' S9 ');
    expect(error).toBeInstanceOf(AppError);
    expect([error.code, error.field]).toEqual(['not_found', 'studentId']);
    expect(error.message).toBe(
      'District rusd has no student  S9  (studentId: a local id or user id).',
    );
    expect(error.translations?.es).toBe(
      'El distrito rusd no tiene el estudiante  S9  (studentId: un identificador local o de usuario).',
    );
  });
});
