import { describe, expect, it } from 'vitest';
import { decideDemo } from './demo-guard.ts';

describe('demo guard', () => {
  it('loads demo accounts on the embedded database in development', () => {
    expect(
      decideDemo({ nodeEnv: 'development', hasDatabaseUrl: false, demoFlag: undefined }),
    ).toEqual({ load: true });
  });
  it('never in production, and refuses out loud when --demo asks for it', () => {
    expect(
      decideDemo({ nodeEnv: 'production', hasDatabaseUrl: false, demoFlag: undefined }),
    ).toMatchObject({ load: false, refused: false });
    expect(
      decideDemo({ nodeEnv: 'production', hasDatabaseUrl: true, demoFlag: true }),
    ).toMatchObject({ load: false, refused: true });
  });
  it('on a PostgreSQL server only with --demo', () => {
    expect(
      decideDemo({ nodeEnv: 'development', hasDatabaseUrl: true, demoFlag: undefined }),
    ).toMatchObject({ load: false });
    expect(decideDemo({ nodeEnv: 'development', hasDatabaseUrl: true, demoFlag: true })).toEqual({
      load: true,
    });
  });
  it('not with --no-demo', () => {
    expect(
      decideDemo({ nodeEnv: 'development', hasDatabaseUrl: false, demoFlag: false }),
    ).toMatchObject({ load: false });
  });
});
