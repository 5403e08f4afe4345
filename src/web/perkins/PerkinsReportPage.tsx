/**
 * `/reports/perkins`: the Perkins V report of a district (its district admin) or of the state
 * (a state admin, who may pick one district). Per program of study a funnel chart with the same
 * numbers in a table, by school, and by student group where groups were imported; a link to the
 * state submission CSV of the same settings. The settings live in the address.
 */
import { useCallback, useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { TSession } from '../../contracts/accounts.ts';
import type { TPerkinsReport } from '../../contracts/perkins.ts';
import { PERKINS_PROFILES } from '../../domain/perkins/profiles.ts';
import { PageHeading, SessionGate } from '../account/parts.tsx';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { formatMessage } from '../i18n.ts';
import { useApi } from '../use-api.ts';
import { Title } from '../plans/Sentence.tsx';
import { FunnelChart } from './FunnelChart.tsx';
import { usePerkinsText } from './i18n-perkins.ts';
import {
  currentSchoolYear,
  fetchDistricts,
  fetchPerkinsReport,
  perkinsExportUrl,
  selectionQuery,
  type PerkinsSelection,
} from './perkins-api.ts';
import { reportView, type ProgramView } from './report-view.ts';
import { GroupTable, OrgTable } from './ReportTables.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import './perkins.css';
import { appUrl } from '../base-path.ts';

export function PerkinsReportPage() {
  const { p } = usePerkinsText();
  return (
    <SessionGate title={p.title} action="perkins.read" signInText={p.signInFirst}>
      {(session) => <Report session={session} />}
    </SessionGate>
  );
}

/** The settings the address asks for, with defaults for what it leaves out or gets wrong. */
export function selectionFrom(
  params: URLSearchParams,
  currentYear: number,
  mayPickDistrict: boolean,
): PerkinsSelection {
  const year = Number(params.get('year'));
  const profile = params.get('profile') ?? '';
  const district = params.get('district') ?? '';
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : currentYear,
    profile: PERKINS_PROFILES.has(profile) ? profile : 'federal',
    ...(mayPickDistrict && district ? { district } : {}),
  };
}

const noDistricts = () => Promise.resolve(undefined);

/** The report of the settings `key` (selectionQuery: it always names the year). */
function useReport(key: string) {
  return useApi(
    useCallback(
      (signal: AbortSignal) =>
        fetchPerkinsReport(selectionFrom(new URLSearchParams(key), 0, true), signal),
      [key],
    ),
  );
}

function Report({ session }: { session: TSession }) {
  const { lang, p } = usePerkinsText();
  const [params, setParams] = useSearchParams();
  const currentYear = currentSchoolYear(new Date());
  const stateAdmin = session.user.role === 'state_admin';
  const selection = selectionFrom(params, currentYear, stateAdmin);
  const key = selectionQuery(selection);
  const report = useReport(key);
  const districts = useApi(stateAdmin ? fetchDistricts : noDistricts);
  const profile = PERKINS_PROFILES.get(selection.profile)!;

  return (
    <div className="perkins-page">
      <PageHeading title={p.title} ready={report.status !== 'loading'} />
      <p>{p.intro}</p>
      <SettingsForm
        selection={selection}
        currentYear={currentYear}
        districts={districts.status === 'ok' ? districts.data : undefined}
        onSubmit={(next) => setParams(new URLSearchParams(selectionQuery(next)))}
      />
      <p className="perkins-download">
        <a href={appUrl(perkinsExportUrl(selection))} download data-testid="perkins-download">
          {p.download}
        </a>
        <span className="perkins-download__hint">{p.downloadHint}</span>
      </p>
      <p className="perkins-profile">{profile.description[lang]}</p>
      {report.status === 'loading' ? <Loading /> : null}
      {report.status === 'error' ? <ErrorNotice error={report.error} /> : null}
      {report.status === 'ok' ? (
        <Results
          report={report.data}
          noCompleter={!profile.completer}
          profileTitle={profile.title[lang]}
        />
      ) : null}
    </div>
  );
}

export function Results({
  report,
  noCompleter,
  profileTitle,
}: {
  report: TPerkinsReport;
  noCompleter: boolean;
  profileTitle: string;
}) {
  const { lang, p } = usePerkinsText();
  const view = reportView(report, lang);
  const year = `${report.year - 1}–${String(report.year % 100).padStart(2, '0')}`;
  const programs = view.programs.filter((x) => x.key !== '*').length;
  return (
    <>
      <p className="perkins-scope" role="status">
        {view.top
          ? formatMessage(lang, p.scope, { org: view.top.name, year, profile: profileTitle })
          : null}{' '}
        {formatMessage(lang, p.programCount, { count: programs })}
      </p>
      <p className="perkins-privacy">
        {formatMessage(lang, p.privacy, { threshold: report.threshold })}
      </p>
      {view.hasGroups ? null : <p className="notice">{p.noGroups}</p>}
      {view.programs.map((program) => (
        <ProgramSection
          key={program.key}
          program={program}
          org={view.top?.name ?? ''}
          threshold={report.threshold}
          noCompleter={noCompleter}
        />
      ))}
    </>
  );
}

function ProgramSection({
  program,
  org,
  threshold,
  noCompleter,
}: {
  program: ProgramView;
  org: string;
  threshold: number;
  noCompleter: boolean;
}) {
  const { p } = usePerkinsText();
  const id = useId();
  const title = program.title ?? p.allPrograms;
  // An English-only program title on the Spanish page is marked lang="en" wherever it is named.
  const named = <Title text={title} lang={program.titleLang} />;
  const top = program.orgs[0];
  return (
    <section className="perkins-program" aria-labelledby={`${id}-h`} data-program={program.key}>
      <h2 id={`${id}-h`}>{named}</h2>
      <div className="perkins-program__body">
        {top ? (
          <FunnelChart
            id={id}
            program={title}
            programLang={program.titleLang}
            org={org}
            cells={top.cells}
            threshold={threshold}
            noCompleter={noCompleter}
          />
        ) : null}
        <OrgTable program={program} title={named} threshold={threshold} noCompleter={noCompleter} />
      </div>
      {program.groups.length > 0 ? (
        <>
          <h3>{p.byGroup}</h3>
          <GroupTable
            program={program}
            title={named}
            org={org}
            threshold={threshold}
            noCompleter={noCompleter}
          />
        </>
      ) : null}
    </section>
  );
}
