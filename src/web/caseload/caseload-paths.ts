/** Addresses of the caseload pages, in either language. */
import type { TLang } from '../../contracts/framework.ts';
import { pathFor } from '../paths.ts';

export const caseloadPath = (lang: TLang): string => pathFor(lang, '/caseload');
export const caseloadStudentPath = (lang: TLang, id: string): string =>
  pathFor(lang, `/caseload/students/${encodeURIComponent(id)}`);
/** The plan and progress pages of a student (src/web/plans). */
export const studentPlanPath = (lang: TLang, id: string): string =>
  pathFor(lang, `/students/${encodeURIComponent(id)}/plan`);
export const studentProgressPath = (lang: TLang, id: string): string =>
  pathFor(lang, `/students/${encodeURIComponent(id)}/progress`);
