import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GLOSSARY_ES,
  renderGlossaryMarkdown,
  type GlossaryEntry,
} from '../src/domain/glossary/glossary-es.ts';

const root = new URL('../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|tsv)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('Spanish glossary', () => {
  it('is what docs/glossary-es.md shows', () => {
    // Prettier pads the table's cells; compare with runs of spaces and dashes squeezed.
    const squeeze = (text: string) => text.replace(/ +/g, ' ').replace(/-{3,}/g, '---');
    expect(squeeze(readFileSync(join(root, 'docs/glossary-es.md'), 'utf8'))).toBe(
      squeeze(renderGlossaryMarkdown()),
    );
  });

  it('has a term and a note for every entry', () => {
    for (const entry of Object.values(GLOSSARY_ES as Record<string, GlossaryEntry>)) {
      expect(entry.es.trim(), entry.en).not.toBe('');
      expect(entry.note.trim(), entry.en).not.toBe('');
    }
  });

  it('finds no avoided wording anywhere in src/', () => {
    const rules = Object.values(GLOSSARY_ES as Record<string, GlossaryEntry>).flatMap(
      (e) => e.avoid ?? [],
    );
    const problems: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      if (file.includes('/domain/glossary/')) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          // Words read from what others write (a transcript's headings), marked where they are.
          if (line.includes('// glossary-es: read, not written')) return;
          for (const rule of rules) {
            const match = rule.pattern.exec(line);
            if (match)
              problems.push(`${relative(root, file)}:${index + 1}: "${match[0]}" (${rule.why})`);
          }
        });
    }
    expect(problems).toEqual([]);
  });

  it('catches the wordings it names', () => {
    const avoided = (text: string) =>
      Object.values(GLOSSARY_ES as Record<string, GlossaryEntry>).some((e) =>
        (e.avoid ?? []).some((a) => a.pattern.test(text)),
      );
    expect(avoided('Curso de escuela secundaria')).toBe(true);
    expect(avoided('un colegio')).toBe(true);
    expect(avoided('Título asociado')).toBe(true);
    expect(avoided('el colegio comunitario')).toBe(false);
    expect(avoided('título de asociado (2 años)')).toBe(false);
    expect(avoided('Programa de pre-aprendizaje')).toBe(true);
    expect(avoided('Programa de preaprendizaje')).toBe(false);
    expect(avoided('Orientador escolar')).toBe(true);
    expect(avoided('Consejero escolar')).toBe(false);
  });
});
