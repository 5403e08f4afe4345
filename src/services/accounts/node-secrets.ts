/** Secrets from node:crypto: 256-bit tokens, SHA-256 digests, UUID ids. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Secrets } from './deps.ts';

export const nodeSecrets: Secrets = {
  token: () => randomBytes(32).toString('base64url'),
  digest: (token) => createHash('sha256').update(token).digest('hex'),
  bytes: (length) => new Uint8Array(randomBytes(length)),
  id: () => randomUUID(),
};
