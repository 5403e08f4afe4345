import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { schemaIssueText } from './schema-issue-text.ts';

const issuesOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error!.issues;

describe('schemaIssueText', () => {
  const schema = z.object({
    code: z.string().regex(/^\d{5}$/, 'must be a five-digit SCED course code'),
    name: z.string().max(3),
    kind: z.enum(['a', 'b']),
  });
  const issues = issuesOf(schema, { code: '12', name: 'long', kind: 'c' });

  it('leaves English as the library and the schema wrote it, a wrong type in our words', () => {
    expect(issues.map((i) => schemaIssueText('en', i))).toEqual(issues.map((i) => i.message));
    const [missing] = issuesOf(schema, { name: 'x', kind: 'a' });
    expect(schemaIssueText('en', missing!)).toBe('is required (a string)');
  });

  it('says the schema’s own words, the library’s and a type in Spanish, from the issue alone', () => {
    expect(issues.map((i) => schemaIssueText('es', i))).toEqual([
      'debe ser un código de curso SCED de cinco dígitos',
      'Demasiado grande: se esperaba que texto tuviera <=3 caracteres',
      'Opción inválida: se esperaba una de "a"|"b"',
    ]);
    const [wrong] = issuesOf(schema, { code: 5, name: 'x', kind: 'a' });
    expect(schemaIssueText('es', wrong!)).toBe('debe ser un texto (string), no un número (number)');
  });
});
