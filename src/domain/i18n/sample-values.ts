/**
 * Sample values for every placeholder of a template, so tests can render each message in every
 * form it takes (each plural category and exact branch, each select branch) and check that no
 * raw `{placeholder}` is left.
 */
import { messagePlaceholders, type MessageValues } from './message.ts';

/** Counts that reach every plural category English and Spanish have (one, many, other). */
const COUNTS = [0, 1, 2, 1.5, 21, 1_000_000];

export function sampleValues(template: string): MessageValues[] {
  const placeholders = Object.entries(messagePlaceholders(template));
  const branches = [...template.matchAll(/(\w+)\s*\{/g)].map((m) => m[1]!);
  const samples: MessageValues[] = [];
  const rounds = Math.max(COUNTS.length, branches.length + 1);
  for (let i = 0; i < rounds; i += 1) {
    const values: Record<string, string | number> = {};
    for (const [name, kind] of placeholders) {
      if (kind === 'plural') values[name] = COUNTS[i % COUNTS.length]!;
      else if (kind === 'select') values[name] = branches[i] ?? 'other';
      else values[name] = i % 2 === 0 ? `«${name}»` : 7;
    }
    samples.push(values);
  }
  return samples;
}
