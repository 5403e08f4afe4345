import { describe, expect, it } from 'vitest';
import { softwareProgram } from '../../domain/program/test-factories.ts';
import { findingTarget } from './editor-state.ts';
import { fieldLabel, issuePath, schemaFindings } from './schema-problems.ts';

const draft = () => softwareProgram().program;

describe('schema problems in the editor', () => {
  it('finds none in a well-formed program', () => {
    expect(schemaFindings(draft(), 'en')).toEqual([]);
  });

  it('reports required, format and range problems in the page language, pointing at fields', () => {
    const broken = draft();
    broken.title.en = '';
    broken.cipCode = '11.02';
    broken.occupations[0]!.soc = '15-12';
    broken.occupations[1]!.title = '';
    const en = schemaFindings(broken, 'en');
    expect(en.map((f) => [f.rule, f.path])).toEqual([
      ['schema.required', 'program.title.en'],
      ['schema.format', 'program.cipCode'],
      ['schema.format', 'program.occupations[0].soc'],
      ['schema.required', 'program.occupations[1].title'],
    ]);
    expect(en.every((f) => f.severity === 'error')).toBe(true);
    expect(en[0]!.message).toBe('Title in English: required; fill it in.');
    expect(en[2]!.message).toBe(
      'Occupation 1: SOC code: write a SOC code such as 15-1252 or 15-1252.00.',
    );
    expect(schemaFindings(broken, 'es')[1]!.message).toBe(
      'Código CIP: escribe seis dígitos con un punto, como 11.0201.',
    );
    expect(en.map((f) => findingTarget(f, broken))).toEqual([
      'edit-title-en',
      'edit-cip',
      'edit-occupation-0-soc',
      'edit-occupation-1-title',
    ]);
    const empty = { ...draft(), steps: [] };
    expect(schemaFindings(empty, 'en')[0]).toMatchObject({
      rule: 'schema.range',
      path: 'program.steps',
    });
  });

  it('says the schema’s own words for a problem in the page language, naming the field', () => {
    const empty = { ...draft(), steps: [] };
    expect(schemaFindings(empty, 'en')[0]!.message).toBe(
      'Steps: a program needs at least one step.',
    );
    expect(schemaFindings(empty, 'es')[0]!.message).toBe(
      'Etapas: un programa necesita al menos una etapa.',
    );
  });

  it('treats an empty optional CIP code as absent, and names fields for server errors', () => {
    expect(schemaFindings({ ...draft(), cipCode: '' }, 'en')).toEqual([]);
    expect(issuePath(['steps', 0, 'courses'])).toBe('program.steps[0].courses');
    expect(fieldLabel('es', 'program.title.en')).toBe('Título en inglés');
    expect(fieldLabel('en', 'program.partners[1].institutionId')).toBe('Partner 2');
  });
});
