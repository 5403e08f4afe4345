import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { nextStatus, versionForEdit } from './status.ts';

describe('program status', () => {
  it('moves draft → submitted → approved → retired', () => {
    expect(nextStatus('draft', 'submit', 0)).toBe('submitted');
    expect(nextStatus('submitted', 'approve', 0)).toBe('approved');
    expect(nextStatus('approved', 'retire', 0)).toBe('retired');
    expect(nextStatus('submitted', 'return', 3)).toBe('draft');
  });

  it('refuses to submit or approve a program with errors', () => {
    expect(() => nextStatus('draft', 'submit', 2)).toThrow(
      /2 errors to fix before it can be submitted/,
    );
    expect(() => nextStatus('submitted', 'approve', 1)).toThrow(/1 error to fix/);
  });

  it('refuses actions that do not apply to the status', () => {
    const attempt = () => nextStatus('draft', 'approve', 0);
    expect(attempt).toThrow(AppError);
    expect(attempt).toThrow('A draft program cannot be approved; only a submitted one can.');
    expect(() => nextStatus('retired', 'retire', 0)).toThrow(/cannot be retired/);
  });

  it('edits drafts in place and starts a new draft from an approved version', () => {
    expect(versionForEdit(undefined)).toEqual({ version: 1, isNew: true });
    expect(versionForEdit({ version: 1, status: 'draft' })).toEqual({ version: 1, isNew: false });
    expect(versionForEdit({ version: 2, status: 'submitted' })).toEqual({
      version: 2,
      isNew: false,
    });
    expect(versionForEdit({ version: 2, status: 'approved' })).toEqual({ version: 3, isNew: true });
    expect(versionForEdit({ version: 3, status: 'retired' })).toEqual({ version: 4, isNew: true });
  });
});
