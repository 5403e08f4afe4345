/** The editor's fields about the program: titles, pathway, CIP code, owner and partners. */
import type { TPathwaySummary } from '../../contracts/framework.ts';
import { formatMessage } from '../i18n.ts';
import { roleLabel, type PartnerRole } from '../program-labels.ts';
import { useLang } from '../use-lang.ts';
import {
  addPartner,
  fieldId,
  removePartner,
  updatePartner,
  type CatalogIndex,
  type Draft,
} from './editor-state.ts';
import { FieldError, fieldProblem, RequiredMark, useFieldProblems } from './field-problems.tsx';
import type { StepEditorProps } from './StepEditor.tsx';

const ROLES: PartnerRole[] = ['secondary', 'postsecondary', 'employer'];

export function BasicsFields({
  draft,
  catalog,
  pathways,
  change,
}: {
  draft: Draft;
  catalog: CatalogIndex;
  pathways: TPathwaySummary[];
  change: StepEditorProps['change'];
}) {
  const { lang, t } = useLang();
  const problems = useFieldProblems();
  const titleEn = fieldProblem(problems, fieldId.titleEn);
  const titleEs = fieldProblem(problems, fieldId.titleEs);
  const pathway = fieldProblem(problems, fieldId.pathway);
  const cip = fieldProblem(problems, fieldId.cip, `${fieldId.cip}-hint`);
  const owner = fieldProblem(problems, fieldId.owner);
  const set = (patch: Partial<Draft>) => change((d) => ({ ...d, ...patch }), '');
  const clusters = [...new Map(pathways.map((p) => [p.cluster.code, p.cluster])).values()];
  const institutions = catalog.catalog.institutions;
  const institutionOptions = institutions.map((i) => (
    <option key={i.id} value={i.id}>
      {i.name}
    </option>
  ));
  return (
    <fieldset className="editor-basics">
      <legend>{t.basicsLegend}</legend>
      <div className="field">
        <label htmlFor={fieldId.titleEn}>
          {t.titleEn}
          <RequiredMark />
        </label>
        <input
          id={fieldId.titleEn}
          lang="en"
          required
          aria-required="true"
          {...titleEn.aria}
          value={draft.title.en}
          onChange={(e) => set({ title: { ...draft.title, en: e.target.value } })}
        />
        <FieldError id={fieldId.titleEn} message={titleEn.message} />
      </div>
      <div className="field">
        <label htmlFor={fieldId.titleEs}>{t.titleEs}</label>
        <input
          id={fieldId.titleEs}
          lang="es"
          {...titleEs.aria}
          value={draft.title.es ?? ''}
          onChange={(e) => set({ title: { ...draft.title, es: e.target.value } })}
        />
        <FieldError id={fieldId.titleEs} message={titleEs.message} />
      </div>
      <div className="field">
        <label htmlFor={fieldId.pathway}>
          {t.pathwayField}
          <RequiredMark />
        </label>
        <select
          id={fieldId.pathway}
          aria-required="true"
          {...pathway.aria}
          value={draft.pathwayCode}
          onChange={(e) => set({ pathwayCode: e.target.value })}
        >
          {clusters.map((cluster) => (
            <optgroup key={cluster.code} label={`${cluster.code} ${cluster.title}`}>
              {pathways
                .filter((p) => p.cluster.code === cluster.code)
                .map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.code} {p.title}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <FieldError id={fieldId.pathway} message={pathway.message} />
      </div>
      <div className="field">
        <label htmlFor={fieldId.cip}>{t.cipField}</label>
        <input
          id={fieldId.cip}
          inputMode="decimal"
          {...cip.aria}
          value={draft.cipCode ?? ''}
          onChange={(e) => set({ cipCode: e.target.value })}
        />
        <p className="field__hint" id={`${fieldId.cip}-hint`}>
          {t.cipHint}
        </p>
        <FieldError id={fieldId.cip} message={cip.message} />
      </div>
      <div className="field">
        <label htmlFor={fieldId.owner}>
          {t.ownerField}
          <RequiredMark />
        </label>
        <select
          id={fieldId.owner}
          aria-required="true"
          {...owner.aria}
          value={draft.ownerId}
          onChange={(e) => set({ ownerId: e.target.value })}
        >
          {!catalog.institutions.has(draft.ownerId) && (
            <option value={draft.ownerId}>{draft.ownerId || t.chooseOption}</option>
          )}
          {institutionOptions}
        </select>
        <FieldError id={fieldId.owner} message={owner.message} />
      </div>

      <fieldset className="editor-partners">
        <legend>{t.partnersLegend}</legend>
        {draft.partners.map((partner, i) => (
          <fieldset key={i} className="editor-row">
            <legend>{formatMessage(lang, t.partnerLegend, { n: i + 1 })}</legend>
            <div className="field">
              <label htmlFor={fieldId.partner(i)}>{t.partnerInstitution}</label>
              <select
                id={fieldId.partner(i)}
                {...fieldProblem(problems, fieldId.partner(i)).aria}
                value={partner.institutionId}
                onChange={(e) =>
                  change((d) => updatePartner(d, i, { institutionId: e.target.value }), '')
                }
              >
                {!catalog.institutions.has(partner.institutionId) && (
                  <option value={partner.institutionId}>{partner.institutionId}</option>
                )}
                {institutionOptions}
              </select>
              <FieldError
                id={fieldId.partner(i)}
                message={fieldProblem(problems, fieldId.partner(i)).message}
              />
            </div>
            <div className="field">
              <label htmlFor={`edit-partner-${i}-role`}>{t.partnerRole}</label>
              <select
                id={`edit-partner-${i}-role`}
                value={partner.role}
                onChange={(e) => {
                  const role = ROLES.find((r) => r === e.target.value) ?? partner.role;
                  change((d) => updatePartner(d, i, { role }), '');
                }}
              >
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {roleLabel(t, role)}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="button-small"
              onClick={() =>
                change(
                  (d) => removePartner(d, i),
                  formatMessage(lang, t.removePartner, { n: i + 1 }),
                  fieldId.addPartner,
                )
              }
            >
              {formatMessage(lang, t.removePartner, { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          id={fieldId.addPartner}
          className="button-secondary"
          disabled={institutions.length === 0}
          onClick={() =>
            change(
              (d) => addPartner(d, institutions[0]?.id ?? ''),
              formatMessage(lang, t.partnerLegend, { n: draft.partners.length + 1 }),
              fieldId.partner(draft.partners.length),
            )
          }
        >
          {t.addPartner}
        </button>
      </fieldset>
    </fieldset>
  );
}
