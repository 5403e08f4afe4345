/**
 * The authoring pages: /programs/:id/edit edits a program's latest version; /programs/new starts
 * a new program on the catalog of an existing one (?from=ID). Anyone may open them and try
 * changes (the findings are checked in the page); saving needs an educator's session.
 */
import { useCallback, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { TProgramDetail } from '../../contracts/program-api.ts';
import { socKey, type OccupationEntry } from '../../domain/program/exit-points.ts';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { signInPath } from '../account/account-paths.ts';
import { fetchPathways } from '../api.ts';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { blankProgram } from '../editor/editor-state.ts';
import { ProgramEditor } from '../editor/ProgramEditor.tsx';
import { useEducator, type Educator } from '../editor/use-educator.ts';
import { formatMessage } from '../i18n.ts';
import { usePageSetup } from '../page-setup.ts';
import { isProgramId } from '../paths.ts';
import { fetchProgram, fetchPrograms } from '../program-api.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { NotFoundPage } from './NotFoundPage.tsx';

function EditorFrame({
  title,
  educator,
  children,
}: {
  title: string;
  educator: Educator;
  children: ReactNode;
}) {
  const { lang, t } = useLang();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageSetup(title, heading);
  return (
    <div className="editor">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="editor__intro">{t.editIntro}</p>
      {!educator.loading && !educator.mayEdit && (
        <p className="notice notice--sign-in">
          {t.needsEducator}{' '}
          <Link to={signInPath(lang, `${location.pathname}${location.search}`)}>{t.signIn}</Link>
        </p>
      )}
      {children}
    </div>
  );
}

function flashOf(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('flash' in state)) return undefined;
  return typeof state.flash === 'string' ? state.flash : undefined;
}

export function ProgramEditPage() {
  const { id } = useParams();
  if (!isProgramId(id)) return <NotFoundPage />;
  return <EditLoader id={id} />;
}

function EditLoader({ id }: { id: string }) {
  const { lang, t } = useLang();
  const educator = useEducator();
  const location = useLocation();
  const state = useApi(
    useCallback(
      (signal: AbortSignal) =>
        Promise.all([fetchProgram(id, lang, undefined, signal), fetchPathways(lang, signal)]),
      [id, lang],
    ),
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return state.error.notFound ? <NotFoundPage /> : <ErrorNotice error={state.error} />;
  const [program, pathways] = state.data;
  return (
    <EditorFrame
      title={formatMessage(lang, t.editTitle, { title: program.title })}
      educator={educator}
    >
      <ProgramEditor
        key={`${program.id}-${program.version}`}
        start={{
          id: program.id,
          program: program.document.program,
          catalog: program.document.catalog,
          version: program.version,
          status: program.status,
          findings: program.findings,
          entries: occupationEntries(program),
          occupationPathways: occupationPathways(program),
        }}
        pathways={pathways.items}
        educator={educator}
        flash={flashOf(location.state)}
      />
    </EditorFrame>
  );
}

export function NewProgramPage() {
  const { lang, t } = useLang();
  const educator = useEducator();
  const [search, setSearch] = useSearchParams();
  const asked = search.get('from') ?? '';
  const state = useApi(
    useCallback(
      async (signal: AbortSignal) => {
        const [list, pathways] = await Promise.all([
          fetchPrograms({}, lang, signal),
          fetchPathways(lang, signal),
        ]);
        const from = list.items.find((p) => p.id === asked)?.id ?? list.items[0]?.id;
        const source = from ? await fetchProgram(from, lang, undefined, signal) : null;
        return { list: list.items, pathways: pathways.items, source };
      },
      [asked, lang],
    ),
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  const { list, pathways, source } = state.data;
  return (
    <EditorFrame title={t.newProgram} educator={educator}>
      {source === null ? (
        <p className="notice">{t.noCatalog}</p>
      ) : (
        <>
          <CatalogChooser
            programs={list}
            chosen={source.id}
            onChoose={(from) => setSearch(new URLSearchParams({ from }))}
          />
          <ProgramEditor
            key={source.id}
            start={{
              program: blankProgram({
                pathwayCode: source.document.program.pathwayCode,
                ownerId: source.document.program.ownerId,
                partners: source.document.program.partners,
              }),
              catalog: source.document.catalog,
            }}
            pathways={pathways}
            educator={educator}
          />
        </>
      )}
    </EditorFrame>
  );
}

function CatalogChooser({
  programs,
  chosen,
  onChoose,
}: {
  programs: Array<{ id: string; title: string }>;
  chosen: string;
  onChoose: (id: string) => void;
}) {
  const { t } = useLang();
  const [choice, setChoice] = useState(chosen);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChoose(choice);
  };
  return (
    <form className="catalog-chooser" onSubmit={submit}>
      <div className="field">
        <label htmlFor="catalog-from">{t.catalogFrom}</label>
        <select
          id="catalog-from"
          aria-describedby="catalog-from-hint"
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
        >
          {programs.map((program) => (
            <option key={program.id} value={program.id}>
              {program.title}
            </option>
          ))}
        </select>
        <p className="field__hint" id="catalog-from-hint">
          {t.catalogFromHint}
        </p>
      </div>
      <button type="submit" className="button-secondary">
        {t.useCatalog}
      </button>
    </form>
  );
}

/** The pathways of the stored version's occupations, for the live occupation-fit rule. */
function occupationPathways(program: TProgramDetail): ReadonlyMap<string, readonly string[]> {
  return new Map(
    program.occupations.flatMap((o) => (o.pathways ? [[socKey(o.soc), o.pathways] as const] : [])),
  );
}

/** What the stored version's occupations say about their entry, for the live exit-point rule. */
function occupationEntries(program: TProgramDetail): ReadonlyMap<string, OccupationEntry> {
  return new Map(
    program.occupations.map((o) => [
      socKey(o.soc),
      { jobZone: o.jobZone ?? null, entryEducation: o.entryEducation ?? null },
    ]),
  );
}
