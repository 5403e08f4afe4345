/**
 * The program's credit agreements in the editor: each one a group of labelled controls (type; the
 * high school course, or for credential credit the credential; the college course; credits; the
 * high school and the college; the dates; for credit by exam, the exam and its lowest score) with
 * a button that removes it, and a button that adds one. The choices come from the program's catalog; a value the catalog lacks stays selectable
 * under its id, so nothing changes until the author changes it.
 */
import {
  CREDIT_AGREEMENT_TYPES,
  type TCreditAgreementType,
} from '../../contracts/program-agreement.ts';
import type { TInstitution } from '../../contracts/program.ts';
import { posLabels } from '../../domain/program/pos-labels.ts';
import { formatMessage } from '../i18n.ts';
import { courseName, credentialName } from '../program-labels.ts';
import { useLang } from '../use-lang.ts';
import { AgreementField } from './AgreementField.tsx';
import {
  addAgreement,
  removeAgreement,
  updateAgreement,
  type AgreementEdits,
  type AgreementField as Field,
  type AgreementForm,
} from './agreements.ts';
import { fieldId, type CatalogIndex, type Draft } from './editor-state.ts';

export type ChangeAgreements = (
  update: (edits: AgreementEdits) => AgreementEdits,
  announce: string,
  focus?: string,
) => void;

interface Props {
  edits: AgreementEdits;
  draft: Draft;
  catalog: CatalogIndex;
  change: ChangeAgreements;
  today: string;
  newTail: () => string;
}

type Option = { value: string; label: string };
const withCurrent = (options: Option[], value: string): Option[] =>
  value === '' || options.some((o) => o.value === value)
    ? options
    : [...options, { value, label: value }];

const SCHOOL_KINDS: ReadonlySet<TInstitution['kind']> = new Set(['high_school', 'district']);
const COLLEGE_KINDS: ReadonlySet<TInstitution['kind']> = new Set(['college', 'university']);

export function AgreementsFields({ edits, draft, catalog, change, today, newTail }: Props) {
  const { lang, t } = useLang();
  const partner = (kinds: ReadonlySet<TInstitution['kind']>) =>
    draft.partners
      .map((p) => catalog.institutions.get(p.institutionId))
      .find((i) => i !== undefined && kinds.has(i.kind))?.id;
  const n = edits.forms.length + 1;
  return (
    <section className="editor-agreements" aria-labelledby={fieldId.agreements}>
      <h2 id={fieldId.agreements} tabIndex={-1}>
        {t.agreementsTitle}
      </h2>
      <p className="field__hint">{t.agreementsHint}</p>
      {edits.forms.length === 0 && <p>{t.noAgreementsYet}</p>}
      {edits.forms.map((form, i) => (
        <AgreementFields key={i} form={form} index={i} catalog={catalog} change={change} />
      ))}
      <button
        type="button"
        id={fieldId.addAgreement}
        className="button-secondary"
        onClick={() =>
          change(
            (e) =>
              addAgreement(e, {
                tail: newTail(),
                today,
                ...optional('collegeId', partner(COLLEGE_KINDS)),
                ...optional('highSchoolId', partner(SCHOOL_KINDS)),
              }),
            formatMessage(lang, t.agreementAdded, { n }),
            fieldId.agreement(n - 1, 'type'),
          )
        }
      >
        {t.addAgreement}
      </button>
    </section>
  );
}

const optional = <K extends string>(key: K, value: string | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>;

function AgreementFields({
  form,
  index,
  catalog,
  change,
}: {
  form: AgreementForm;
  index: number;
  catalog: CatalogIndex;
  change: ChangeAgreements;
}) {
  const { lang, t } = useLang();
  const labels = posLabels(lang);
  const n = index + 1;
  const set = (field: Field) => (value: string) =>
    change((e) => updateAgreement(e, index, { [field]: value }), '');
  const courses = (level: 'secondary' | 'postsecondary', value: string) =>
    withCurrent(
      catalog.catalog.courses
        .filter((c) => c.level === level)
        .map((c) => ({ value: c.id, label: courseName(c, lang) })),
      value,
    );
  const institutions = (kinds: ReadonlySet<TInstitution['kind']>, value: string) =>
    withCurrent(
      catalog.catalog.institutions
        .filter((i) => kinds.has(i.kind))
        .map((i) => ({ value: i.id, label: i.name })),
      value,
    );
  const credential = form.type === 'credential_credit';
  const datesHint = {
    id: `${fieldId.agreement(index, 'effectiveTo')}-hint`,
    text: t.agreementDatesHint,
  };
  const examHint = {
    id: `${fieldId.agreement(index, 'examName')}-hint`,
    text: t.agreementExamHint,
  };
  const field = (name: Field, extra: Partial<Parameters<typeof AgreementField>[0]> = {}) => (
    <AgreementField index={index} field={name} value={form[name]} onChange={set(name)} {...extra} />
  );
  return (
    <fieldset className="editor-row editor-agreement">
      <legend>{formatMessage(lang, t.agreementLegend, { n })}</legend>
      {field('type', {
        required: true,
        options: CREDIT_AGREEMENT_TYPES.map((type) => ({
          value: type,
          label: labels.agreement[type],
        })),
        onChange: (value) => {
          const type = CREDIT_AGREEMENT_TYPES.find((x) => x === value);
          if (type)
            change((e) => updateAgreement(e, index, { type: type as TCreditAgreementType }), '');
        },
      })}
      {credential
        ? field('credentialId', {
            required: true,
            empty: t.chooseOption,
            options: withCurrent(
              catalog.catalog.credentials.map((c) => ({
                value: c.id,
                label: credentialName(c, lang),
              })),
              form.credentialId,
            ),
          })
        : field('secondaryCourseId', {
            required: true,
            empty: t.chooseOption,
            options: courses('secondary', form.secondaryCourseId),
          })}
      {field('postsecondaryCourseId', {
        required: true,
        empty: t.chooseOption,
        options: courses('postsecondary', form.postsecondaryCourseId),
      })}
      {field('credits', { required: true, narrow: true })}
      {field('secondaryInstitutionId', {
        required: !credential,
        empty: credential ? t.noneOption : t.chooseOption,
        options: institutions(SCHOOL_KINDS, form.secondaryInstitutionId),
      })}
      {field('postsecondaryInstitutionId', {
        required: true,
        empty: t.chooseOption,
        options: institutions(COLLEGE_KINDS, form.postsecondaryInstitutionId),
      })}
      {field('effectiveFrom', { required: true, type: 'date' })}
      {field('effectiveTo', { type: 'date', hint: datesHint })}
      {field('registrationDeadline', { type: 'date' })}
      {form.type === 'exam_credit' && (
        <>
          {field('examName', { hint: examHint })}
          {field('examMinScore', { narrow: true, type: 'text' })}
        </>
      )}
      <button
        type="button"
        className="button-secondary"
        onClick={() =>
          change(
            (e) => removeAgreement(e, index),
            formatMessage(lang, t.agreementRemoved, { n }),
            fieldId.agreements,
          )
        }
      >
        {formatMessage(lang, t.removeAgreement, { n })}
      </button>
    </fieldset>
  );
}
