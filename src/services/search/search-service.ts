/**
 * One search box over everything public. Documents come from sources (one per type), are kept
 * in an in-memory index, rebuilt after `ttlMs` or at once after a write through this process.
 */
import {
  SEARCH_TYPES,
  type TSearchItem,
  type TSearchResult,
  type TSearchType,
} from '../../contracts/search.ts';
import type { Lang } from '../../domain/framework.ts';
import { SearchIndex, type SearchDoc } from '../../domain/search/search-index.ts';

export interface SearchSource {
  load(): Promise<SearchDoc[]>;
}

export interface SearchServiceOptions {
  sources: SearchSource[];
  now?: () => number;
  ttlMs?: number;
}

const LABELS: Record<TSearchType, Record<Lang, string>> = {
  cluster: { en: 'Career Clusters', es: 'Grupos profesionales' },
  pathway: { en: 'Career Pathways', es: 'Trayectorias profesionales' },
  occupation: { en: 'Occupations', es: 'Ocupaciones' },
  program: { en: 'Programs of study', es: 'Programas de estudio' },
  course: { en: 'Courses', es: 'Cursos' },
  credential: { en: 'Credentials', es: 'Credenciales' },
  cip: { en: 'Fields of study (CIP)', es: 'Campos de estudio (CIP)' },
};

const HREF: Record<TSearchType, (id: string) => string> = {
  cluster: (id) => `/api/v1/clusters/${id}`,
  pathway: (id) => `/api/v1/pathways/${id}`,
  occupation: (id) => `/api/v1/occupations/${id}`,
  program: (id) => `/api/v1/programs/${encodeURIComponent(id)}`,
  course: (id) => `/api/v1/courses/${encodeURIComponent(id)}`,
  credential: (id) => `/api/v1/credentials/${encodeURIComponent(id)}`,
  cip: (id) => `/api/v1/cip/${id}`,
};

export class SearchService {
  readonly #sources: SearchSource[];
  readonly #now: () => number;
  readonly #ttlMs: number;
  #index: { at: number; index: Promise<SearchIndex> } | undefined;

  constructor(options: SearchServiceOptions) {
    this.#sources = options.sources;
    this.#now = options.now ?? Date.now;
    this.#ttlMs = options.ttlMs ?? 60_000;
  }

  invalidate(): void {
    this.#index = undefined;
  }

  /** The index, built on first use; a stale one keeps answering while a new one builds. */
  async index(): Promise<SearchIndex> {
    const now = this.#now();
    if (!this.#index) {
      const entry = { at: now, index: this.#build() };
      this.#index = entry;
      entry.index.catch(() => {
        if (this.#index === entry) this.#index = undefined;
      });
    } else if (now - this.#index.at > this.#ttlMs) {
      const entry = { at: now, index: this.#index.index };
      this.#index = entry;
      this.#build().then(
        (built) => {
          if (this.#index === entry)
            this.#index = { at: this.#now(), index: Promise.resolve(built) };
        },
        () => undefined,
      );
    }
    return this.#index.index;
  }

  async #build(): Promise<SearchIndex> {
    const docs = (await Promise.all(this.#sources.map((s) => s.load()))).flat();
    return new SearchIndex(docs);
  }

  async search(query: {
    q: string;
    lang: Lang;
    types?: TSearchType[] | undefined;
    limit: number;
  }): Promise<TSearchResult> {
    const index = await this.index();
    const wanted = new Set<string>(query.types ?? SEARCH_TYPES);
    const { hits, alsoCalled } = index.find(query.q, (doc) => wanted.has(doc.type), query.lang);
    const groups = SEARCH_TYPES.filter((type) => wanted.has(type))
      .map((type) => {
        const ofType = hits.filter((h) => h.doc.type === type);
        return {
          type,
          label: LABELS[type][query.lang],
          total: ofType.length,
          items: ofType
            .slice(0, query.limit)
            .map((h) => item(h.doc, type, query.lang, alsoCalled(h.doc, query.lang))),
        };
      })
      .filter((group) => group.total > 0);
    return { q: query.q, lang: query.lang, total: hits.length, groups };
  }
}

function item(
  doc: SearchDoc,
  type: TSearchType,
  lang: Lang,
  alsoCalled: string | undefined,
): TSearchItem {
  const pick = (t: { en: string; es?: string | undefined }) =>
    lang === 'es' && t.es ? t.es : t.en;
  const langOf = (t: { es?: string | undefined }): Lang => (lang === 'es' && t.es ? 'es' : 'en');
  return {
    type,
    id: doc.id,
    code: doc.codes[0] ?? null,
    title: pick(doc.title),
    titleLang: langOf(doc.title),
    subtitle: doc.subtitle ? pick(doc.subtitle) : null,
    subtitleLang: doc.subtitle ? langOf(doc.subtitle) : null,
    alsoCalled: alsoCalled ?? null,
    href: HREF[type](doc.id),
  };
}
