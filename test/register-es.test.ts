import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THIRD_PERSON_ES, ustedForms } from '../src/domain/glossary/register-es.ts';

const root = new URL('../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|tsv)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** A comment line (our comments are in English and may quote the forms they avoid). */
const comment = (line: string) => /^\s*(\/\/|\/\*|\*)/.test(line);

describe('Spanish register', () => {
  it('finds no «usted» form in any Spanish text under src/', () => {
    const problems: string[] = [];
    const allowedUsed = new Set<number>();
    for (const file of sourceFiles(join(root, 'src'))) {
      if (file.includes('/domain/glossary/')) continue;
      const name = relative(join(root, 'src'), file);
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (comment(line)) return;
          const forms = ustedForms(line);
          if (forms.length === 0) return;
          const allowed = THIRD_PERSON_ES.findIndex(
            (a) => a.file === name && line.includes(a.text),
          );
          if (allowed >= 0) allowedUsed.add(allowed);
          else problems.push(`src/${name}:${index + 1}: ${forms.join(', ')}`);
        });
    }
    expect(problems).toEqual([]);
    // An allow-list entry that no longer matches anything is stale: remove it.
    expect(THIRD_PERSON_ES.filter((_, i) => !allowedUsed.has(i))).toEqual([]);
  });
});
