/** Addresses of the learning plan pages, in English or under /es. */
import type { TLang } from '../../contracts/framework.ts';
import { pathFor } from '../paths.ts';

const student = (lang: TLang, id: string, rest: string) =>
  pathFor(lang, `/students/${encodeURIComponent(id)}/${rest}`);

export const planPath = (lang: TLang, id: string, version?: number) =>
  student(lang, id, 'plan') + (version === undefined ? '' : `?version=${version}`);
export const planEditPath = (lang: TLang, id: string) => student(lang, id, 'plan/edit');
export const progressPath = (lang: TLang, id: string) => student(lang, id, 'progress');
export const whatIfPath = (lang: TLang, id: string, setId?: string) =>
  student(lang, id, 'what-if') + (setId ? `?with=${encodeURIComponent(setId)}` : '');
