/**
 * Reads a requirement-set file (JSON, schemas/requirement-set.schema.json): schema problems and
 * the set's own checks (unique node ids, n-of sizes, credits) each name the JSON path, line and
 * column.
 */
import { ZRequirementSet, type TRequirementSet } from '../contracts/requirements.ts';
import { checkRequirementSet } from '../domain/requirements/check-set.ts';
import type { Lang } from '../domain/framework.ts';
import { parseJsonText, type JsonFileResult } from './json-file.ts';
import { lineColumnAt, locateJsonPath } from './json-locate.ts';

/** The set, or its problems told in `lang` (English unless told). */
export function parseRequirementSetText(
  source: string,
  lang: Lang = 'en',
): JsonFileResult<TRequirementSet> {
  const result = parseJsonText(source, ZRequirementSet, lang);
  if (!result.ok) return result;
  const problems = checkRequirementSet(result.file, lang);
  if (problems.length === 0) return result;
  return {
    ok: false,
    problems: problems.map((p) => ({
      kind: 'schema' as const,
      path: p.path,
      ...lineColumnAt(source, locateJsonPath(source, pathSegments(p.path))),
      message: p.message,
    })),
  };
}

/** "root.children[1].n" → ["root", "children", 1, "n"]. */
function pathSegments(path: string): PropertyKey[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : m[1]!,
  );
}
