import { describe, expect, it } from 'vitest';
import type { TExportRequest } from '../../contracts/student-export.ts';
import { ApiError } from '../api.ts';
import {
  exportErrorKey,
  exportFileName,
  mayApprove,
  mayDownload,
  overCapExport,
  statusFilter,
} from './exports.ts';

const record = (over: Partial<TExportRequest> = {}): TExportRequest => ({
  id: '7f7c1c1e-0000-4000-8000-000000000001',
  districtId: 'rusd',
  requestedBy: 'dana',
  requestedAt: '2025-03-03T09:00:00.000Z',
  recordCount: 120,
  status: 'pending',
  approvedBy: null,
  ...over,
});

describe('the student-exports page rules', () => {
  it('reads the status filter from the address, all when unknown', () => {
    expect(statusFilter('pending')).toBe('pending');
    expect(statusFilter('used')).toBe('used');
    expect(statusFilter('nope')).toBe('');
    expect(statusFilter(null)).toBe('');
  });

  it('lets another admin approve a waiting export, never its requester', () => {
    expect(mayApprove(record(), 'pat')).toBe(true);
    expect(mayApprove(record(), 'dana')).toBe(false);
    expect(mayApprove(record({ status: 'approved' }), 'pat')).toBe(false);
  });

  it('lets only the requester run an approved export', () => {
    expect(mayDownload(record({ status: 'approved' }), 'dana')).toBe(true);
    expect(mayDownload(record({ status: 'approved' }), 'pat')).toBe(false);
    expect(mayDownload(record({ status: 'used' }), 'dana')).toBe(false);
    expect(mayDownload(record(), 'dana')).toBe(false);
  });

  it('names the file after the export, with nothing a file name should not hold', () => {
    expect(exportFileName('7f7c1c1e-0000-4000', 'csv')).toBe('students-7f7c1c1e-0000-4000.csv');
    expect(exportFileName('../x/y"z', 'json')).toBe('students-xyz.json');
    expect(exportFileName('', 'csv')).toBe('students-export.csv');
  });

  it('tells a refusal over the daily cap from other refusals, with the waiting id', () => {
    const id = '7f7c1c1e-0000-4000-8000-000000000001';
    const over = new ApiError(
      `This export of 3 student records would pass your limit of 1 per 24 hours (0 exported so far). It is waiting for approval as export ${id}: ask another admin`,
      403,
      'forbidden',
      'approval',
    );
    expect(overCapExport(over)).toEqual({ id });
    expect(overCapExport(new ApiError('Over the limit', 403, 'forbidden', 'approval'))).toEqual({
      id: '',
    });
    expect(overCapExport(new ApiError('You may not', 403, 'forbidden'))).toBeNull();
    expect(overCapExport(new ApiError('still waiting', 409, 'conflict', 'approval'))).toBeNull();
    expect(overCapExport(new Error('x'))).toBeNull();
  });

  it('words the API refusals in the page language', () => {
    const error = (status: number, field?: string) => new ApiError('x', status, undefined, field);
    expect(exportErrorKey(error(0), 'approve')).toBe('errorNetwork');
    expect(exportErrorKey(error(401), 'request')).toBe('errorSessionEnded');
    expect(exportErrorKey(error(403), 'approve')).toBe('exportsApproveRefused');
    expect(exportErrorKey(error(409), 'approve')).toBe('exportsNotPending');
    expect(exportErrorKey(error(404), 'approve')).toBe('exportsNotFound');
    expect(exportErrorKey(error(403), 'request')).toBe('exportsRefused');
    expect(exportErrorKey(error(409, 'approval'), 'run')).toBe('exportsRunConflict');
    expect(exportErrorKey(error(404, 'approval'), 'run')).toBe('exportsRunConflict');
    expect(exportErrorKey(error(400), 'request')).toBeNull();
    expect(exportErrorKey(new Error('x'), 'run')).toBeNull();
  });
});
