/**
 * The references the database itself enforces (foreign keys): a catalog entry's institution,
 * parent, courses or (credential credit) credential, and the program's owner and partners. A draft may name a course or a
 * credential that does not exist yet (a validation finding), but these must exist before a save
 * can store anything, so a broken one is a 400 naming the field, never a database error.
 */
import type { TCatalog, TProgramBody } from '../../contracts/program.ts';
import type { LocalizedText } from '../framework.ts';
import { authoredText } from './authored-messages.ts';

export interface BrokenReference {
  /** The field, as the API names fields: "catalog.courses.0.institutionId". */
  field: string;
  /** The problem, naming the field, in English and Spanish. */
  message: LocalizedText;
}

export function brokenStoredReference(
  program: TProgramBody,
  sent: TCatalog | undefined,
  closed: TCatalog,
): BrokenReference | undefined {
  const institutions = new Set(closed.institutions.map((i) => i.id));
  const courses = new Set(closed.courses.map((c) => c.id));
  const credentials = new Set(closed.credentials.map((c) => c.id));
  const missing = (kind: 'institution' | 'course' | 'credential', field: string, id: string) => ({
    field,
    message: authoredText('missingReference', {
      field,
      kind,
      id,
      list: kind === 'institution' ? 'institutions' : `${kind}s`,
    }),
  });
  if (!institutions.has(program.ownerId))
    return missing('institution', 'program.ownerId', program.ownerId);
  for (const [i, p] of program.partners.entries())
    if (!institutions.has(p.institutionId))
      return missing('institution', `program.partners.${i}.institutionId`, p.institutionId);
  if (!sent) return undefined;
  for (const [i, inst] of sent.institutions.entries())
    if (inst.parentId !== undefined && !institutions.has(inst.parentId))
      return missing('institution', `catalog.institutions.${i}.parentId`, inst.parentId);
  for (const [i, c] of sent.courses.entries())
    if (!institutions.has(c.institutionId))
      return missing('institution', `catalog.courses.${i}.institutionId`, c.institutionId);
  for (const [i, a] of sent.creditAgreements.entries()) {
    for (const key of ['secondaryCourseId', 'postsecondaryCourseId'] as const) {
      const id = a[key];
      if (id !== undefined && !courses.has(id))
        return missing('course', `catalog.creditAgreements.${i}.${key}`, id);
    }
    if (a.credentialId !== undefined && !credentials.has(a.credentialId))
      return missing('credential', `catalog.creditAgreements.${i}.credentialId`, a.credentialId);
  }
  return undefined;
}
