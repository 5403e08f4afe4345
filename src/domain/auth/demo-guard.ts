/**
 * Whether demo accounts (with published passwords) may be loaded. Never in production; on a
 * PostgreSQL server only when asked for by name with --demo; on the embedded database by default.
 */
export interface DemoInput {
  nodeEnv: 'production' | 'development' | 'test';
  hasDatabaseUrl: boolean;
  /** true: --demo, false: --no-demo, undefined: neither. */
  demoFlag: boolean | undefined;
}

export type DemoDecision = { load: true } | { load: false; refused: boolean; reason: string };

export function decideDemo({ nodeEnv, hasDatabaseUrl, demoFlag }: DemoInput): DemoDecision {
  if (demoFlag === false)
    return { load: false, refused: false, reason: 'demo data turned off with --no-demo' };
  if (nodeEnv === 'production') {
    return {
      load: false,
      refused: demoFlag === true,
      reason: 'demo accounts are never loaded when NODE_ENV=production',
    };
  }
  if (hasDatabaseUrl && demoFlag !== true) {
    return {
      load: false,
      refused: false,
      reason: 'DATABASE_URL is set: pass --demo to load demo accounts into it',
    };
  }
  return { load: true };
}
