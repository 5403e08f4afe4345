import { describe, expect, it } from 'vitest';
import { checkTotp, totpCode, totpCounter, totpSecretFromBytes, totpUri } from './totp.ts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const at = (s: number) => new Date(Date.UTC(2025, 0, 1) + s * 1000);

describe('TOTP', () => {
  it('matches RFC 6238 (SHA-1 test vector)', () => {
    const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'; // "12345678901234567890"
    expect(totpCode(rfcSecret, new Date(59_000))).toBe('287082');
    expect(totpCode(rfcSecret, new Date(1_111_111_109_000))).toBe('081804');
  });

  it('accepts a code one step either side of now, not two', () => {
    const code = totpCode(SECRET, at(0));
    expect(checkTotp(SECRET, code, at(30), null)).toBe(totpCounter(at(0)));
    expect(checkTotp(SECRET, code, at(-30), null)).toBe(totpCounter(at(0)));
    expect(checkTotp(SECRET, code, at(61), null)).toBeNull();
  });

  it('never accepts the same or an older step twice', () => {
    const code = totpCode(SECRET, at(0));
    const counter = checkTotp(SECRET, code, at(0), null)!;
    expect(checkTotp(SECRET, code, at(0), counter)).toBeNull();
    expect(checkTotp(SECRET, totpCode(SECRET, at(30)), at(30), counter)).toBe(counter + 1);
  });

  it('refuses malformed codes and makes secrets and URIs', () => {
    expect(checkTotp(SECRET, '12345', at(0), null)).toBeNull();
    expect(checkTotp(SECRET, 'abcdef', at(0), null)).toBeNull();
    const secret = totpSecretFromBytes(new Uint8Array(20).fill(7));
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(totpUri(secret, 'a@b.test')).toContain('otpauth://totp/Wayfinder:a%40b.test');
  });
});
