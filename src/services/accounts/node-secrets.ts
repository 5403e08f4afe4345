/** Secrets from node:crypto: 256-bit tokens, SHA-256 digests, UUID ids. */
import { hash, randomBytes, randomUUID } from 'node:crypto';
import type { Secrets } from './deps.ts';

export const nodeSecrets: Secrets = {
  token: () => randomBytes(32).toString('base64url'),
  // One-shot hash: about a third of createHash's cost, and it runs on every signed-in request.
  digest: (token) => hash('sha256', token, 'hex'),
  bytes: (length) => new Uint8Array(randomBytes(length)),
  id: () => randomUUID(),
};
