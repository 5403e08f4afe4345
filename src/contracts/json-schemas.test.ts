import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSchemas } from './json-schemas.ts';

const dir = path.resolve(import.meta.dirname, '../../schemas');

describe('generated JSON Schemas', () => {
  it.each(generateSchemas())('schemas/$file matches the zod contract', ({ file, text }) => {
    const committed = fs.readFileSync(path.join(dir, file), 'utf8');
    // Stale? Run: node --import tsx scripts/generate-schemas.ts
    expect(committed).toBe(text);
  });

  it('describes the program file for editors', () => {
    const schema = JSON.parse(generateSchemas()[0]!.text);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['program']);
    expect(schema.properties.program.properties.steps.items.properties.level.enum).toContain(
      'grade-9',
    );
    // Input schema: fields with defaults are optional.
    expect(schema.properties.program.required).not.toContain('partners');
  });
});
