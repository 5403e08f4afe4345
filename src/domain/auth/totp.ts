/**
 * TOTP second factor (RFC 6238: SHA-1, 6 digits, 30 s). A code is accepted one step either side
 * of now, and never twice: the caller stores the last accepted counter.
 */
import { Secret, TOTP } from 'otpauth';

export const TOTP_PERIOD_S = 30;
export const TOTP_WINDOW = 1;

function totp(secretBase32: string, label = 'user'): TOTP {
  return new TOTP({
    issuer: 'Wayfinder',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD_S,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function totpCounter(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_S);
}

/** Returns the counter the code matches, or null (wrong, outside the window, or replayed). */
export function checkTotp(
  secretBase32: string,
  code: string,
  now: Date,
  lastCounter: number | null,
): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secretBase32).validate({
    token: code,
    timestamp: now.getTime(),
    window: TOTP_WINDOW,
  });
  if (delta === null) return null;
  const counter = totpCounter(now) + delta;
  if (lastCounter !== null && counter <= lastCounter) return null;
  return counter;
}

export function totpCode(secretBase32: string, now: Date): string {
  return totp(secretBase32).generate({ timestamp: now.getTime() });
}

export function totpUri(secretBase32: string, email: string): string {
  return totp(secretBase32, email).toString();
}

/** A new random secret, from bytes the caller supplies (randomness is passed in). */
export function totpSecretFromBytes(bytes: Uint8Array): string {
  return new Secret({ buffer: bytes.slice().buffer }).base32;
}
