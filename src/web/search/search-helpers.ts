/** Pure helpers of search: reading the page's query, type labels, and where a result leads. */
import type { TLang } from '../../contracts/framework.ts';
import type { TSearchItem, TSearchType } from '../../contracts/search.ts';
import type { Messages } from '../i18n.ts';
import {
  cipPath,
  clusterPath,
  coursePath,
  credentialPath,
  occupationPath,
  pathwayPath,
  programPath,
} from '../paths.ts';

/** The label of each type; its keys are also the order of the type filter (as the API groups). */
const TYPE_LABEL: Record<TSearchType, keyof Messages> = {
  cluster: 'searchTypeCluster',
  pathway: 'searchTypePathway',
  occupation: 'searchTypeOccupation',
  program: 'searchTypeProgram',
  course: 'searchTypeCourse',
  credential: 'searchTypeCredential',
  cip: 'searchTypeCip',
};

export const SEARCH_TYPE_ORDER = Object.keys(TYPE_LABEL) as TSearchType[];

export function isSearchType(value: string | null | undefined): value is TSearchType {
  return value !== null && value !== undefined && Object.hasOwn(TYPE_LABEL, value);
}

export function searchTypeLabel(t: Messages, type: TSearchType): string {
  return t[TYPE_LABEL[type]];
}

/** The longest query the API accepts. */
export const MAX_QUERY = 200;

/** The search page's query string read safely: trimmed words, and a known type or none. */
export function readSearchParams(params: URLSearchParams): { q: string; type: TSearchType | null } {
  const q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY);
  const type = params.get('type');
  return { q, type: isSearchType(type) ? type : null };
}

/** The page a result opens, in the page's language. */
export function resultPath(lang: TLang, item: Pick<TSearchItem, 'type' | 'id'>): string {
  switch (item.type) {
    case 'cluster':
      return clusterPath(lang, item.id);
    case 'pathway':
      return pathwayPath(lang, item.id);
    case 'occupation':
      return occupationPath(lang, item.id);
    case 'program':
      return programPath(lang, item.id);
    case 'course':
      return coursePath(lang, item.id);
    case 'credential':
      return credentialPath(lang, item.id);
    case 'cip':
      return cipPath(lang, item.id);
  }
}
