/**
 * Errors with codes. Domain and services throw these; each delivery (HTTP, CLI) maps them once.
 * The message is for a person and must say what to do or which field is wrong.
 */
export type AppErrorCode =
  'not_found' | 'invalid' | 'forbidden' | 'conflict' | 'unauthenticated' | 'rate_limited';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** The field, parameter or line the error is about, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (message: string, field?: string) =>
  new AppError('not_found', message, field);
export const invalid = (message: string, field?: string) => new AppError('invalid', message, field);
export const forbidden = (message: string) => new AppError('forbidden', message);
export const conflict = (message: string, field?: string) =>
  new AppError('conflict', message, field);
