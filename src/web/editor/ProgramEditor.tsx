/**
 * The program-of-study editor: a form (about the program, steps, occupations) with the findings
 * beside it, checked on every change by the same validateProgram the server runs, and Save /
 * Submit buttons that show the server's findings and errors. The file format's own problems
 * (required, format, range) are findings too, and an inline message on their field; a refused save
 * moves focus to the first bad field. Everything is a labelled form control or a button; focus
 * moves to where a change or a finding points. A college course's clock hours are edited beside
 * it in its step (clock-hours.ts) and saved with the program as a catalog entry; so are the
 * program's credit agreements, edited in their own section (agreements.ts, AgreementsFields.tsx).
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { TPathwaySummary } from '../../contracts/framework.ts';
import type { TFindingView } from '../../contracts/program-api.ts';
import type { TCatalog, TProgramStatus } from '../../contracts/program.ts';
import { posLabels } from '../../domain/program/pos-labels.ts';
import { formatMessage } from '../i18n.ts';
import { programPath } from '../paths.ts';
import { statusLabel } from '../program-labels.ts';
import { useLang } from '../use-lang.ts';
import { AgreementsFields, type ChangeAgreements } from './AgreementsFields.tsx';
import { BasicsFields } from './BasicsFields.tsx';
import {
  addStep,
  findingTarget,
  fieldId,
  indexCatalog,
  nextLevel,
  type Draft,
} from './editor-state.ts';
import { editedCourses, hoursFindings, type HoursEdits } from './clock-hours.ts';
import { FieldProblems } from './field-problems.tsx';
import { FindingsPanel } from './FindingsPanel.tsx';
import { FindingsSummary } from './FindingsSummary.tsx';
import { OccupationsFields } from './OccupationsFields.tsx';
import { StepEditor, type StepEditorProps } from './StepEditor.tsx';
import type { Educator } from './use-educator.ts';
import { refusedText, schemaFindings } from './schema-problems.ts';
import { useAgreements } from './use-agreements.ts';
import { useProgramSave } from './use-program-save.ts';
import { useRuleFindings } from './use-rule-findings.ts';
import type { OccupationEntry } from '../../domain/program/exit-points.ts';

export interface EditorStart {
  /** Undefined for a program not saved yet. */
  id?: string;
  program: Draft;
  catalog: TCatalog;
  version?: number;
  status?: TProgramStatus;
  /** The server's findings of the stored version. */
  findings?: TFindingView[];
  /** Job zone and typical entry education of the stored occupations, by O*NET-SOC code. */
  entries?: ReadonlyMap<string, OccupationEntry>;
  /** The pathways the occupation data links the stored occupations to, by O*NET-SOC code. */
  occupationPathways?: ReadonlyMap<string, readonly string[]>;
}

export function ProgramEditor({
  start,
  pathways,
  educator,
  flash,
}: {
  start: EditorStart;
  pathways: TPathwaySummary[];
  educator: Educator;
  /** A message to show first (after a new program's first save). */
  flash?: string;
}) {
  const { lang, t } = useLang();
  const [draft, setDraft] = useState<Draft>(start.program);
  const [announcement, setAnnouncement] = useState('');
  const focusNext = useRef<string | null>(null);
  const [stored, setStored] = useState<TCatalog>(start.catalog);
  const catalog = useMemo(() => indexCatalog(stored), [stored]);
  const [hours, setHours] = useState<HoursEdits>({});
  const courses = useMemo(() => editedCourses(catalog, hours), [catalog, hours]);
  const today = useMemo(() => new Date().toISOString().slice(0, 10), []);
  const agreements = useAgreements(stored, lang);
  const schema = useMemo(
    () => [
      ...schemaFindings(draft, lang),
      ...hoursFindings(draft, catalog, hours, lang),
      ...agreements.findings,
    ],
    [draft, catalog, hours, lang, agreements.findings],
  );
  const rules = useRuleFindings({
    start,
    draft,
    catalog: agreements.checked,
    pathways,
    today,
    lang,
    repeats: agreements.repeats,
  });
  const live = useMemo(() => [...schema, ...rules], [schema, rules]);
  const problems = useMemo(() => {
    const byField = new Map<string, string>();
    for (const f of schema) {
      const id = findingTarget(f, draft);
      if (!byField.has(id)) byField.set(id, f.message);
    }
    return byField;
  }, [schema, draft]);
  const { meta, busy, outcome, saved, save, submit, refuse } = useProgramSave({
    start,
    draft,
    setDraft,
    live,
    csrfToken: educator.session?.csrfToken,
    flash,
    courses,
    agreements: agreements.toSave,
    onSaved: (catalog) => {
      setStored(catalog);
      setHours({});
      agreements.reset(catalog);
    },
  });
  const fromServer =
    saved !== null && saved.draft === draft && courses.length === 0 && !agreements.toSave;
  const findings = fromServer ? saved.findings : live;
  // A refusal from the server that names a field moves focus there.
  const refusedField = outcome && !outcome.ok ? outcome.field : undefined;
  useEffect(() => {
    if (refusedField)
      document.getElementById(findingTarget({ path: refusedField }, draft))?.focus();
    // Only when a new refusal arrives, not on every edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [outcome]);

  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const change: StepEditorProps['change'] = (update, announce, focus) => {
    setDraft((d) => update(d));
    setAnnouncement(announce);
    if (focus) focusNext.current = focus;
  };
  const changeAgreements: ChangeAgreements = (update, announce, focus) => {
    agreements.setEdits((e) => update(e));
    setAnnouncement(announce);
    if (focus) focusNext.current = focus;
  };
  const goTo = (target: Pick<TFindingView, 'path' | 'stepLevel' | 'courseId'>) => {
    const element = document.getElementById(findingTarget(target, draft));
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy !== null) return;
    const first = schema[0];
    if (first) {
      refuse(refusedText(lang, schema.length));
      goTo(first);
      return;
    }
    void save();
  };

  return (
    <div className="editor__layout">
      <FieldProblems.Provider value={problems}>
        <form className="editor__form" onSubmit={onSubmit} noValidate>
          <FindingsSummary
            findings={findings}
            targetOf={(f) => findingTarget(f, draft)}
            onGo={goTo}
          />
          <p className="editor__required-note">{t.requiredNote}</p>
          {meta.version !== undefined && meta.status && (
            <p className="editor__meta">
              {t.factVersion} {meta.version} ·{' '}
              <span className={`status-badge status-badge--${meta.status}`}>
                {statusLabel(lang, meta.status)}
              </span>
              {start.id && (
                <>
                  {' · '}
                  <Link to={programPath(lang, start.id)}>{t.backToProgram}</Link>
                </>
              )}
            </p>
          )}
          <BasicsFields draft={draft} catalog={catalog} pathways={pathways} change={change} />
          <section className="editor-steps" aria-labelledby={fieldId.steps}>
            <h2 id={fieldId.steps} tabIndex={-1}>
              {t.stepsTitle}
            </h2>
            {draft.steps.map((step, index) => (
              <StepEditor
                key={index}
                step={step}
                index={index}
                catalog={catalog}
                change={change}
                hours={hours}
                setHours={(courseId, text) => setHours((h) => ({ ...h, [courseId]: text }))}
              />
            ))}
            <button
              type="button"
              className="button-secondary"
              onClick={() =>
                change(
                  addStep,
                  formatMessage(lang, t.stepAdded, {
                    step: posLabels(lang).level[nextLevel(draft)],
                  }),
                  fieldId.stepLevel(draft.steps.length),
                )
              }
            >
              {t.addStep}
            </button>
          </section>
          <OccupationsFields draft={draft} catalog={catalog} change={change} />
          <AgreementsFields
            edits={agreements.edits}
            draft={draft}
            catalog={catalog}
            change={changeAgreements}
            today={today}
            newTail={agreements.newTail}
          />
          <div className="editor__actions">
            {/* Not `disabled` while busy: a disabled button would drop the keyboard focus. */}
            <button type="submit" aria-disabled={busy !== null}>
              {busy === 'save' ? t.saving : t.save}
            </button>
            {start.id && meta.status === 'draft' && (
              <button
                type="button"
                className="button-secondary"
                aria-disabled={busy !== null}
                onClick={() => {
                  if (busy === null) void submit();
                }}
              >
                {busy === 'submit' ? t.submitting : t.submit}
              </button>
            )}
          </div>
          <p className="editor__outcome editor__outcome--ok" role="status">
            {outcome?.ok ? outcome.text : ''}
          </p>
          <div className="editor__outcome editor__outcome--error" role="alert">
            {outcome && !outcome.ok && (
              <p>
                {outcome.text}{' '}
                {outcome.field && (
                  <button
                    type="button"
                    className="button-link-like"
                    onClick={() => goTo({ path: outcome.field ?? '' })}
                  >
                    {formatMessage(lang, t.fieldAt, { field: outcome.field })}
                  </button>
                )}
              </p>
            )}
          </div>
          <p className="visually-hidden" role="status">
            {announcement}
          </p>
        </form>
      </FieldProblems.Provider>
      <FindingsPanel findings={findings} fromServer={fromServer} onGo={goTo} />
    </div>
  );
}
