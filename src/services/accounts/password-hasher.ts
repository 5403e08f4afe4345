/**
 * argon2id through @node-rs/argon2. The default parameters follow the OWASP recommendation
 * (19 MiB, 2 passes, 1 lane); tests may pass cheaper ones.
 */
import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from './deps.ts';

export interface Argon2Params {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** Algorithm.Argon2id: the package's const enum cannot be imported under verbatimModuleSyntax. */
const ARGON2ID = 2;

export const ARGON2_DEFAULT: Argon2Params = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function argon2Hasher(params: Argon2Params = ARGON2_DEFAULT): PasswordHasher {
  return {
    hash: (password) => hash(password, { algorithm: ARGON2ID, ...params }),
    verify: async (stored, password) => {
      try {
        return await verify(stored, password);
      } catch {
        return false;
      }
    },
  };
}
