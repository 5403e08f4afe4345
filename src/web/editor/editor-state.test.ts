import { describe, expect, it } from 'vitest';
import type { TProgramBody } from '../../contracts/program.ts';
import {
  addOccupation,
  addStep,
  addToStep,
  blankProgram,
  fieldId,
  findingTarget,
  forSaving,
  nextLevel,
  removeFromStep,
  removeStep,
  updateOccupation,
  updateStep,
} from './editor-state.ts';

const base: TProgramBody = blankProgram({
  pathwayCode: '11-03',
  ownerId: 'district',
  partners: [{ institutionId: 'district', role: 'secondary' }],
});

describe('program editor changes', () => {
  it('starts a new program at grade 9 through postsecondary year 2, empty', () => {
    expect(base.steps.map((s) => s.level)).toEqual([
      'grade-9',
      'grade-10',
      'grade-11',
      'grade-12',
      'postsecondary-1',
      'postsecondary-2',
    ]);
    expect(base.steps.every((s) => s.courses.length === 0)).toBe(true);
  });

  it('adds a course once per step and removes it, without touching the old program', () => {
    const one = addToStep(base, 0, 'courses', 'eng-9');
    expect(one.steps[0]?.courses).toEqual(['eng-9']);
    expect(base.steps[0]?.courses).toEqual([]);
    expect(addToStep(one, 0, 'courses', 'eng-9')).toBe(one);
    expect(addToStep(one, 0, 'courses', '')).toBe(one);
    const two = addToStep(one, 0, 'courses', 'alg-1');
    expect(removeFromStep(two, 0, 'courses', 0).steps[0]?.courses).toEqual(['alg-1']);
    expect(addToStep(base, 0, 'credentials', 'pcep').steps[0]?.credentials).toEqual(['pcep']);
  });

  it('changes a step and drops an emptied term', () => {
    const fall = updateStep(base, 4, { term: 'fall' });
    expect(fall.steps[4]?.term).toBe('fall');
    const none = updateStep(fall, 4, { term: undefined });
    expect(none.steps[4] && 'term' in none.steps[4]).toBe(false);
  });

  it('adds the next level and removes steps', () => {
    expect(nextLevel(base)).toBe('postsecondary-3');
    expect(addStep(base).steps.at(-1)?.level).toBe('postsecondary-3');
    expect(nextLevel({ ...base, steps: [] })).toBe('grade-9');
    expect(removeStep(base, 0).steps[0]?.level).toBe('grade-10');
  });

  it('edits occupations and leaves out an empty credential', () => {
    const one = addOccupation(base);
    const set = updateOccupation(one, 0, { soc: '15-1252', credentialId: 'aas' });
    expect(set.occupations[0]).toMatchObject({ soc: '15-1252', credentialId: 'aas' });
    const cleared = updateOccupation(set, 0, { credentialId: undefined });
    expect('credentialId' in (cleared.occupations[0] ?? {})).toBe(false);
  });

  it('sends no empty Spanish title or CIP code', () => {
    const saved = forSaving({ ...base, title: { en: 'X', es: ' ' }, cipCode: '' });
    expect(saved.title).toEqual({ en: 'X' });
    expect('cipCode' in saved).toBe(false);
  });
});

describe('where a finding points', () => {
  const program = addToStep(addToStep(base, 2, 'courses', 'a'), 2, 'courses', 'b');

  it('maps finding paths and API error fields to form fields', () => {
    expect(findingTarget({ path: 'program.steps[2].courses[1]' }, program)).toBe(
      fieldId.course(2, 1),
    );
    expect(findingTarget({ path: 'program.steps.2.courses.1' }, program)).toBe(
      fieldId.course(2, 1),
    );
    expect(findingTarget({ path: 'program.steps[3]' }, program)).toBe(fieldId.stepLevel(3));
    expect(findingTarget({ path: 'program.cipCode' }, program)).toBe(fieldId.cip);
    expect(findingTarget({ path: 'program.partners' }, program)).toBe(fieldId.addPartner);
    expect(findingTarget({ path: 'program.occupations[0].soc' }, program)).toBe(
      fieldId.occupation(0),
    );
  });

  it('falls back to the course, then the level, then the steps', () => {
    expect(findingTarget({ path: 'catalog.courses[7]', courseId: 'b' }, program)).toBe(
      fieldId.course(2, 1),
    );
    expect(findingTarget({ path: 'catalog.x', stepLevel: 'grade-12' }, program)).toBe(
      fieldId.stepLevel(3),
    );
    expect(findingTarget({ path: 'program.steps' }, program)).toBe(fieldId.steps);
  });
});
