/**
 * Reading the fields of one Ed-Fi resource: each getter checks the type and records a problem at
 * the field's JSON path, so a resource with several problems reports them all.
 */
import { issueText, type IssueText } from '../issue-text.ts';
import { nameIssue, tidyName } from '../person-name.ts';
import { CONTROL, ID_TEXT } from '../roster-csv.ts';
import type { ImportIssue } from '../tabular.ts';
import type { EdfiItem, JsonPath } from './edfi-sources.ts';

export class ItemReader {
  readonly issues: ImportIssue[] = [];
  constructor(readonly item: EdfiItem) {}

  fail(path: JsonPath, message: string | IssueText): undefined {
    this.issues.push(this.item.section.issue(this.item.index, path, message));
    return undefined;
  }

  /** The raw value at a path (undefined when any step is missing or not an object). */
  raw(path: JsonPath): unknown {
    let value: unknown = this.item.value;
    for (const key of path) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<string | number, unknown>)[key];
    }
    return value;
  }

  /** The resource itself must be an object; false (and a problem) when it is not. */
  isObject(): boolean {
    const v = this.item.value;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return true;
    this.fail([], issueText('not_resource'));
    return false;
  }

  text(path: JsonPath, max: number, required: true): string | undefined;
  text(path: JsonPath, max: number, required?: false): string | null | undefined;
  text(path: JsonPath, max: number, required = false): string | null | undefined {
    const value = this.raw(path);
    if (value === undefined || value === null || value === '') {
      return required ? this.fail(path, issueText('required')) : null;
    }
    if (typeof value !== 'string') return this.fail(path, wrongType('string', value));
    const trimmed = value.trim();
    if (CONTROL.test(trimmed)) return this.fail(path, issueText('control_character_short'));
    if (trimmed.length > max) return this.fail(path, issueText('too_long', { max: String(max) }));
    return trimmed;
  }

  /**
   * A required part of a person's name, checked and tidied as roster CSV and OneRoster names are
   * (person-name.ts): no control character or text-direction override, NFC, single spaces.
   */
  name(path: JsonPath, max: number): string | undefined {
    const value = this.raw(path);
    if (value === undefined || value === null) return this.fail(path, issueText('required'));
    if (typeof value !== 'string') return this.fail(path, wrongType('string', value));
    const tidy = tidyName(value);
    if (tidy === '') return this.fail(path, issueText('required'));
    const problem = nameIssue(tidy, max);
    return problem === undefined ? tidy : this.fail(path, problem);
  }

  /** An identifier: a string, or an integer (Ed-Fi's education organization ids), as text. */
  id(path: JsonPath): string | undefined {
    const value = this.raw(path);
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
      return String(value);
    if (value === undefined || value === null || value === '')
      return this.fail(path, issueText('required'));
    if (typeof value !== 'string' || !ID_TEXT.test(value.trim()))
      return this.fail(path, issueText('bad_edfi_id'));
    return value.trim();
  }

  number(path: JsonPath, min: number, max: number, required: true): number | undefined;
  number(path: JsonPath, min: number, max: number, required?: false): number | null | undefined;
  number(path: JsonPath, min: number, max: number, required = false): number | null | undefined {
    const value = this.raw(path);
    if (value === undefined || value === null)
      return required ? this.fail(path, issueText('required')) : null;
    if (typeof value !== 'number' || !Number.isFinite(value))
      return this.fail(path, wrongType('number', value));
    if (value < min || value > max)
      return this.fail(path, issueText('out_of_range', { min: String(min), max: String(max) }));
    return value;
  }

  /** A descriptor ("uri://ed-fi.org/TermDescriptor#Fall Semester") → its code value. */
  descriptor(path: JsonPath, required: true): string | undefined;
  descriptor(path: JsonPath, required?: false): string | null | undefined;
  descriptor(path: JsonPath, required = false): string | null | undefined {
    const value = required ? this.text(path, 306, true) : this.text(path, 306);
    if (value === undefined || value === null) return value;
    const code = value.includes('#') ? value.slice(value.lastIndexOf('#') + 1).trim() : value;
    return code === '' ? this.fail(path, issueText('no_descriptor_code')) : code;
  }

  /** An array field (absent → []). */
  array(path: JsonPath): unknown[] | undefined {
    const value = this.raw(path);
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) return this.fail(path, wrongType('array', value));
    return value;
  }
}

/** "must be a string, not a number": the JSON type wanted and the one found. */
const wrongType = (expected: 'string' | 'number' | 'array', value: unknown) =>
  issueText('wrong_type', {
    expected,
    actual: value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value,
  });
