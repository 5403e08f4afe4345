/** What the account commands share: a migrated runtime per command, and flags checked by schema. */
import { runtimeFor, type Runtime } from '../../runtime.ts';
import { CliExit, configFrom } from '../shared.ts';

/** Runs `work` on a runtime opened (and migrated) for this one command, closed after. */
export async function withRuntime<T>(
  opts: { data?: string },
  work: (runtime: Runtime) => Promise<T>,
): Promise<T> {
  const runtime = await runtimeFor(configFrom(opts));
  try {
    await runtime.migrate();
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

/** The value checked by `schema`; its first problem ends the command (exit 2), naming the flag. */
export function parse<T>(
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
  },
  value: unknown,
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new CliExit(`error: --${String(issue.path[0] ?? 'value')}: ${issue.message}`, 2);
}
