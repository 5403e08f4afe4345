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
        <label htmlFor={fieldId.titleEn}>{t.titleEn}</label>
        <input
          id={fieldId.titleEn}
          lang="en"
          required
          aria-required="true"
          value={draft.title.en}
          onChange={(e) => set({ title: { ...draft.title, en: e.target.value } })}
        />
      </div>
      <div className="field">
        <label htmlFor={fieldId.titleEs}>{t.titleEs}</label>
        <input
          id={fieldId.titleEs}
          lang="es"
          value={draft.title.es ?? ''}
          onChange={(e) => set({ title: { ...draft.title, es: e.target.value } })}
        />
      </div>
      <div className="field">
        <label htmlFor={fieldId.pathway}>{t.pathwayField}</label>
        <select
          id={fieldId.pathway}
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
      </div>
      <div className="field">
        <label htmlFor={fieldId.cip}>{t.cipField}</label>
        <input
          id={fieldId.cip}
          inputMode="decimal"
          aria-describedby={`${fieldId.cip}-hint`}
          value={draft.cipCode ?? ''}
          onChange={(e) => set({ cipCode: e.target.value })}
        />
        <p className="field__hint" id={`${fieldId.cip}-hint`}>
          {t.cipHint}
        </p>
      </div>
      <div className="field">
        <label htmlFor={fieldId.owner}>{t.ownerField}</label>
        <select
          id={fieldId.owner}
          value={draft.ownerId}
          onChange={(e) => set({ ownerId: e.target.value })}
        >
          {!catalog.institutions.has(draft.ownerId) && (
            <option value={draft.ownerId}>{draft.ownerId || t.chooseOption}</option>
          )}
          {institutionOptions}
        </select>
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
