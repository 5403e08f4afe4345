import { describe, expect, it } from 'vitest';
import { isCredentialDiploma } from './edfi-credentials.ts';

describe('Ed-Fi diploma types', () => {
  it('takes the DiplomaTypeDescriptor values that are credentials, in any case and spacing', () => {
    for (const code of [
      'Industry-recognized Certification',
      'industry recognized certification',
      'Occupational License',
      'Career and Technical Education certificate',
      'Apprenticeship Certificate',
    ])
      expect(isCredentialDiploma(code), code).toBe(true);
  });

  it('leaves high school diplomas and equivalencies alone', () => {
    for (const code of [
      'Regular diploma',
      'General Educational Development (GED) credential',
      'International Baccalaureate',
      'Certificate of completion',
      'Alternative credential',
      'Other',
    ])
      expect(isCredentialDiploma(code), code).toBe(false);
  });
});
