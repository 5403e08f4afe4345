/** Runs one API read per `load` function and reports loading, data or error. */
import { useEffect, useState } from 'react';
import { ApiError } from './api.ts';

export type ApiState<T> =
  { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; error: ApiError };

export type Loader<T> = (signal: AbortSignal) => Promise<T>;

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(error instanceof Error ? error.message : String(error), 0);
}

/**
 * `load` should be memoized (useCallback) on what it reads: a new function starts a new request,
 * and the previous one is aborted.
 */
export function useApi<T>(load: Loader<T>): ApiState<T> {
  const [result, setResult] = useState<{ load: Loader<T>; state: ApiState<T> } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => setResult({ load, state: { status: 'ok', data } }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setResult({ load, state: { status: 'error', error: toApiError(error) } });
      },
    );
    return () => controller.abort();
  }, [load]);
  return result !== null && result.load === load ? result.state : { status: 'loading' };
}
