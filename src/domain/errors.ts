/**
 * Errors with codes. Domain and services throw these; each delivery (HTTP, CLI) maps them once.
 * The message is for a person and must say what to do or which field is wrong.
 */
import type { Lang } from './framework.ts';
export type AppErrorCode =
  'not_found' | 'invalid' | 'forbidden' | 'conflict' | 'unauthenticated' | 'rate_limited';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** The field, parameter or line the error is about, when there is one. */
    readonly field?: string,
    /** The message in other languages, where it has been written in them (Spanish). */
    readonly translations?: Partial<Record<Lang, string>>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (message: string, field?: string) =>
  new AppError('not_found', message, field);
export const invalid = (
  message: string,
  field?: string,
  translations?: Partial<Record<Lang, string>>,
) => new AppError('invalid', message, field, translations);
export const forbidden = (message: string) => new AppError('forbidden', message);
export const conflict = (
  message: string,
  field?: string,
  translations?: Partial<Record<Lang, string>>,
) => new AppError('conflict', message, field, translations);
