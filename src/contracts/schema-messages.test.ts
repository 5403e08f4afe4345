import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectSpanishOfEach } from '../../test/en-es-messages.ts';
import { ZSecondaryCourse } from './program-course.ts';
import { schemaIssueMessages } from './schema-issue-text.ts';
import {
  schemaMessageIn,
  schemaMessageOf,
  schemaMessagesEn,
  schemaMessagesEs,
} from './schema-messages.ts';

/**
 * Every problem message the schemas write in src/contracts: a string that starts "must …",
 * "is …" or "a program …" (a value in a template literal as "x").
 */
function contractMessages(): Array<{ file: string; text: string }> {
  const dir = import.meta.dirname;
  const found: Array<{ file: string; text: string }> = [];
  for (const file of fs.readdirSync(dir)) {
    // The two message catalogues themselves.
    if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file.startsWith('schema-')) continue;
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const m of source.matchAll(/'((?:must|is|a program) [^'\n]*)'|`((?:must|is) [^`]*)`/g)) {
      const text = m[1] ?? m[2]!.replace(/\$\{[^}]*\}/g, 'x');
      found.push({ file, text: text.replaceAll('\\\\', '\\') });
    }
  }
  return found;
}

describe('schema messages', () => {
  it('says each in English and Spanish', () => {
    expectSpanishOfEach({ en: schemaMessagesEn, es: schemaMessagesEs });
    expectSpanishOfEach(schemaIssueMessages);
  });

  it('has an entry for every message a contract writes, which it says again as written', () => {
    const messages = contractMessages();
    expect(messages.length).toBeGreaterThan(60);
    for (const { file, text } of messages) {
      expect(schemaMessageOf(text), `${file}: ${text}`).toBeDefined();
      expect(schemaMessageIn('en', text), `${file}: ${text}`).toBe(text);
      expect(schemaMessageIn('es', text), `${file}: ${text}`).not.toBe(text);
    }
  });

  it('keeps the numbers and words a message was written with', () => {
    expect(schemaMessageIn('es', 'must be at most 256 characters')).toBe(
      'debe tener como máximo 256 caracteres',
    );
    expect(schemaMessageIn('es', 'must be at most 10,000 characters')).toBe(
      'debe tener como máximo 10,000 caracteres',
    );
    expect(schemaMessageIn('es', 'must be at most 4')).toBe('debe ser como máximo 4');
    expect(schemaMessageIn('es', 'must be 0 when the result is failed')).toBe(
      'debe ser 0 cuando el resultado (result) es failed',
    );
    expect(schemaMessageIn('es', 'must be at most four')).toBeUndefined();
    expect(schemaMessageIn('es', 'Too big: expected string to have <=200 characters')).toBe(
      undefined,
    );
  });

  it('says a real schema problem in Spanish: the SCED course code', () => {
    const parsed = ZSecondaryCourse.safeParse({
      id: 'c1',
      level: 'secondary',
      code: 'AG1',
      title: { en: 'Agriculture' },
      scedCode: '1801',
      carnegieUnits: 1,
      gradeMin: 9,
      gradeMax: 10,
    });
    const issue = parsed.error?.issues.find((i) => i.path.join('.') === 'scedCode');
    expect(issue).toBeDefined();
    expect(schemaMessageIn('es', issue!.message)).toBe(
      'debe ser un código de curso SCED de cinco dígitos',
    );
  });
});
