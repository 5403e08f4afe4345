/**
 * Ed-Fi Data Standard v5 resources as the Ed-Fi API returns them: a file per resource holding
 * its JSON array (students.json, courseTranscripts.json, …, as `GET /ed-fi/students` answers), or
 * one bundle object whose members are those arrays ({"students": […], "courses": […]}), as the
 * Wayfinder API takes them. Every resource keeps where it came from, so a problem names the file,
 * the line and column, and the JSON path (students[3].studentUniqueId).
 */
import { findUnstorable, NUL_MESSAGE, SURROGATE_MESSAGE } from '../../contracts/unstorable-text.ts';
import { issueText, type IssueText } from '../issue-text.ts';
import type { SourceFile } from '../import-plan.ts';
import {
  elementSpans,
  jsonPathString,
  LineIndex,
  locateJsonPath,
  syntaxErrorOffset,
  lineColumnAt,
} from '../json-locate.ts';
import { issueFields, type ImportIssue } from '../tabular.ts';

export const EDFI_RESOURCES = [
  'students',
  'studentSchoolAssociations',
  'studentEducationOrganizationAssociations',
  'courses',
  'studentAcademicRecords',
  'courseTranscripts',
  'studentSpecialEducationProgramAssociations',
  'studentSection504ProgramAssociations',
  'studentProgramAssociations',
] as const;
export type EdfiResource = (typeof EDFI_RESOURCES)[number];

export type JsonPath = ReadonlyArray<string | number>;

/** One resource of a section: where it is, and its parsed value. */
export interface EdfiItem {
  section: EdfiSection;
  index: number;
  value: unknown;
}

export class EdfiSection {
  #spans: Array<[number, number]> | undefined;
  #lines: LineIndex | undefined;
  readonly items: EdfiItem[];

  constructor(
    readonly file: SourceFile,
    readonly resource: EdfiResource,
    /** The path of the array in the file: [] for a file per resource, [resource] in a bundle. */
    readonly prefix: JsonPath,
    values: unknown[],
  ) {
    this.items = values.map((value, index) => ({ section: this, index, value }));
  }

  /** A problem at `path` inside item `index`: file:line:column, the JSON path as column name. */
  issue(index: number, path: JsonPath, text: string | IssueText): ImportIssue {
    this.#spans ??= elementSpans(this.file.text, this.prefix);
    this.#lines ??= new LineIndex(this.file.text);
    const span = this.#spans[index];
    const offset = span
      ? span[0] + locateJsonPath(this.file.text.slice(span[0], span[1]), path)
      : 0;
    const at = this.#lines.at(offset);
    const full = [...(this.prefix.length === 0 ? [this.resource] : this.prefix), index, ...path];
    return {
      file: this.file.name,
      line: at.line,
      column: at.column,
      columnName: jsonPathString(full),
      ...issueFields(text),
    };
  }
}

export interface EdfiSources {
  sections: EdfiSection[];
  issues: ImportIssue[];
}

const RESOURCE_BY_KEY = new Map(EDFI_RESOURCES.map((r) => [r.toLowerCase(), r]));

/** "…/courseTranscripts.json" → "courseTranscripts"; undefined when the name is no resource. */
export function resourceOfFileName(name: string): EdfiResource | undefined {
  const base = name
    .split(/[\\/]/)
    .pop()!
    .replace(/\.json$/i, '');
  return RESOURCE_BY_KEY.get(base.toLowerCase());
}

function parse(file: SourceFile, issues: ImportIssue[]): unknown {
  const { text } = file;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = lineColumnAt(text, syntaxErrorOffset(text, message));
    const reason = message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/, ".*" is not valid JSON$/s, '');
    issues.push({ file: file.name, ...at, ...issueText('bad_json', { reason }) });
    return undefined;
  }
  const unstorable = findUnstorable(data);
  if (unstorable) {
    issues.push({
      file: file.name,
      ...lineColumnAt(text, locateJsonPath(text, unstorable.path)),
      columnName: jsonPathString(unstorable.path),
      ...(unstorable.message === NUL_MESSAGE
        ? issueText('nul_character')
        : unstorable.message === SURROGATE_MESSAGE
          ? issueText('lone_surrogate')
          : { message: unstorable.message }),
    });
    return undefined;
  }
  return data;
}

/** Reads files (one resource each, by file name) and bundles (an object of resource arrays). */
export function readEdfiSources(files: readonly SourceFile[]): EdfiSources {
  const sections: EdfiSection[] = [];
  const issues: ImportIssue[] = [];
  for (const raw of files) {
    const file = raw.text.charCodeAt(0) === 0xfeff ? { ...raw, text: raw.text.slice(1) } : raw;
    const data = parse(file, issues);
    if (data === undefined) continue;
    const whole = (text: IssueText) =>
      issues.push({ file: file.name, line: 1, column: 1, ...text });
    if (Array.isArray(data)) {
      const resource = resourceOfFileName(file.name);
      if (!resource)
        whole(
          issueText('array_file_name', {
            names: EDFI_RESOURCES.map((r) => `${r}.json`).join(', '),
          }),
        );
      else sections.push(new EdfiSection(file, resource, [], data));
      continue;
    }
    if (data === null || typeof data !== 'object') {
      whole(issueText('not_edfi_data'));
      continue;
    }
    let found = 0;
    for (const [key, value] of Object.entries(data)) {
      const resource = RESOURCE_BY_KEY.get(key.toLowerCase());
      if (!resource) continue;
      found++;
      if (!Array.isArray(value)) {
        const at = lineColumnAt(file.text, locateJsonPath(file.text, [key]));
        issues.push({ file: file.name, ...at, columnName: key, ...issueText('must_be_array') });
      } else sections.push(new EdfiSection(file, resource, [key], value));
    }
    if (found === 0) whole(issueText('no_edfi_resource', { names: EDFI_RESOURCES.join(', ') }));
  }
  return { sections, issues };
}

export const sectionsOf = (sources: EdfiSources, resource: EdfiResource): EdfiItem[] =>
  sources.sections.filter((s) => s.resource === resource).flatMap((s) => s.items);
