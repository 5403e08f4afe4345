/** The editor's occupations: SOC code, title, entry/mid/exit point and the credential that opens it. */
import { posLabels } from '../../domain/program/pos-labels.ts';
import { formatMessage } from '../i18n.ts';
import { credentialName } from '../program-labels.ts';
import { useLang } from '../use-lang.ts';
import {
  addOccupation,
  fieldId,
  removeOccupation,
  updateOccupation,
  type CatalogIndex,
  type Draft,
} from './editor-state.ts';
import { FieldError, fieldProblem, RequiredMark, useFieldProblems } from './field-problems.tsx';
import type { StepEditorProps } from './StepEditor.tsx';

const POINTS = ['entry', 'mid', 'exit'] as const;

export function OccupationsFields({
  draft,
  catalog,
  change,
}: {
  draft: Draft;
  catalog: CatalogIndex;
  change: StepEditorProps['change'];
}) {
  const { lang, t } = useLang();
  const labels = posLabels(lang);
  const problems = useFieldProblems();
  return (
    <fieldset className="editor-occupations">
      <legend>{t.occupationsLegend}</legend>
      {draft.occupations.map((occupation, i) => {
        const id = (field: string) => `edit-occupation-${i}-${field}`;
        const set = (patch: Partial<typeof occupation>) =>
          change((d) => updateOccupation(d, i, patch), '');
        const soc = fieldProblem(problems, fieldId.occupation(i));
        const title = fieldProblem(problems, fieldId.occupationTitle(i));
        return (
          <fieldset key={i} className="editor-row">
            <legend>{formatMessage(lang, t.occupationLegend, { n: i + 1 })}</legend>
            <div className="field field--narrow">
              <label htmlFor={fieldId.occupation(i)}>
                {t.occSoc}
                <RequiredMark />
              </label>
              <input
                id={fieldId.occupation(i)}
                required
                aria-required="true"
                {...soc.aria}
                value={occupation.soc}
                placeholder="15-1252"
                onChange={(e) => set({ soc: e.target.value.trim() })}
              />
              <FieldError id={fieldId.occupation(i)} message={soc.message} />
            </div>
            <div className="field">
              <label htmlFor={fieldId.occupationTitle(i)}>
                {t.occTitle}
                <RequiredMark />
              </label>
              <input
                id={fieldId.occupationTitle(i)}
                required
                aria-required="true"
                {...title.aria}
                value={occupation.title}
                onChange={(e) => set({ title: e.target.value })}
              />
              <FieldError id={fieldId.occupationTitle(i)} message={title.message} />
            </div>
            <div className="field">
              <label htmlFor={id('point')}>{t.occPointField}</label>
              <select
                id={id('point')}
                value={occupation.point}
                onChange={(e) =>
                  set({ point: POINTS.find((p) => p === e.target.value) ?? occupation.point })
                }
              >
                {POINTS.map((point) => (
                  <option key={point} value={point}>
                    {labels.point[point]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={id('credential')}>{t.occCredential}</label>
              <select
                id={id('credential')}
                value={occupation.credentialId ?? ''}
                onChange={(e) => set({ credentialId: e.target.value || undefined })}
              >
                <option value="">{t.noneOption}</option>
                {catalog.catalog.credentials.map((c) => (
                  <option key={c.id} value={c.id}>
                    {credentialName(c, lang)}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="button-small"
              onClick={() =>
                change(
                  (d) => removeOccupation(d, i),
                  formatMessage(lang, t.removeOccupation, { n: i + 1 }),
                  'edit-add-occupation',
                )
              }
            >
              {formatMessage(lang, t.removeOccupation, { n: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        id="edit-add-occupation"
        className="button-secondary"
        onClick={() =>
          change(
            (d) => addOccupation(d),
            formatMessage(lang, t.occupationLegend, { n: draft.occupations.length + 1 }),
            fieldId.occupation(draft.occupations.length),
          )
        }
      >
        {t.addOccupation}
      </button>
    </fieldset>
  );
}
