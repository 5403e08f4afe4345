import { describe, expect, it } from 'vitest';
import { checkRule, modify, softwareProgram } from '../test-factories.ts';
import { credentialIssuerLevel } from './credential-issuer-level.ts';

describe('pos.credential-issuer-level', () => {
  it('passes credentials with issuer and level', () => {
    expect(checkRule(credentialIssuerLevel, softwareProgram())).toEqual([]);
  });

  it('warns about a credential without issuer or level, at its catalog entry', () => {
    const file = modify(softwareProgram(), (f) => {
      delete f.catalog.credentials[0]!.issuer;
      delete f.catalog.credentials[2]!.level;
    });
    expect(checkRule(credentialIssuerLevel, file)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'catalog.credentials[0]',
        stepLevel: 'grade-12',
        message: {
          en: 'The credential “PCEP – Certified Entry-Level Python Programmer” does not say who issues it; add it to the catalog entry.',
          es: 'La credencial «PCEP – Certified Entry-Level Python Programmer» no indica quién la emite; agrégalo a su entrada del catálogo.',
        },
      }),
      expect.objectContaining({ path: 'catalog.credentials[2]', stepLevel: 'postsecondary-2' }),
    ]);
  });
});
