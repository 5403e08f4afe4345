/**
 * A quick check of ZResultsRequest for the API's busiest write, POST
 * /api/v1/interest-profiler/results (sixty answers): the value the schema's parse gives when the
 * request is valid, undefined when it is not (the route then parses it with the schema, whose
 * error names the field). It accepts exactly what the schema accepts
 * (results-request-check.test.ts); the schema stays the contract and the OpenAPI document.
 */
import type { TResultsRequest } from './interests.ts';

const ENTRY_LEVELS = new Set<unknown>(['semi', 'mid', 'high']);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

const isWhole = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

function withoutProto(answers: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const id of Object.keys(answers)) if (id !== '__proto__') copy[id] = answers[id];
  return copy;
}

export function checkResultsRequest(data: unknown): TResultsRequest | undefined {
  if (!isPlainObject(data)) return undefined;
  const { form, answers, jobZone, entryLevel, limit } = data;
  if (form !== 60 && form !== 30) return undefined;
  if (!isPlainObject(answers)) return undefined;
  let proto = false;
  for (const id of Object.keys(answers)) {
    // The schema skips a key __proto__ (JSON.parse makes it an own key), value and all.
    if (id === '__proto__') proto = true;
    else if (id.length < 1 || id.length > 16 || !isWhole(answers[id], 1, 5)) return undefined;
  }
  if (jobZone !== undefined && !isWhole(jobZone, 1, 5)) return undefined;
  if (entryLevel !== undefined && !ENTRY_LEVELS.has(entryLevel)) return undefined;
  if (limit !== undefined && !isWhole(limit, 1, 200)) return undefined;
  // As the schema does: the known fields only, in its order, and only those given.
  const kept = proto ? withoutProto(answers) : answers;
  const value: TResultsRequest = { form, answers: kept as TResultsRequest['answers'] };
  if (jobZone !== undefined) value.jobZone = jobZone;
  if (entryLevel !== undefined) value.entryLevel = entryLevel as TResultsRequest['entryLevel'];
  if (limit !== undefined) value.limit = limit;
  return value;
}
