/**
 * The editor's credentials (★) and work-based learning (◆) by grade: each listed with a button to
 * remove it; below each list, a small set of fields to add one (a credential of the district's
 * programs not picked for one of the plan's choices of credentials, or a job shadow, internship…
 * in the student's own words). Keyboard-only friendly:
 * plain selects, a text field and buttons.
 */
import { useId, useState } from 'react';
import { SECONDARY_LEVELS, type TPlanOptions } from '../../contracts/plans.ts';
import { ZWorkBasedLearning } from '../../contracts/program.ts';
import { posLabels } from '../../domain/program/pos-labels.ts';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import {
  addCredential,
  addWorkBasedLearning,
  removeCredential,
  removeWorkBasedLearning,
  type Draft,
  type Level,
} from './plan-draft.ts';

type WblType = (typeof ZWorkBasedLearning.shape.type.options)[number];
const WBL_TYPES = ZWorkBasedLearning.shape.type.options;

export function EditorMarks(props: {
  draft: Draft;
  options: TPlanOptions;
  onChange: (draft: Draft, said?: string) => void;
}) {
  const { draft, options, onChange } = props;
  const { lang, t } = useLang();
  const labels = posLabels(lang);
  const id = useId();
  const titles = new Map(options.credentials.map((c) => [c.id, c.title]));
  // A credential picked for one of the plan's choices is listed there, not added again here.
  const picked = new Set((draft.credentialChoices ?? []).flatMap((c) => c.picked));
  const addable = options.credentials.filter((c) => !picked.has(c.id));
  const [chosen, setCredential] = useState(addable[0]?.id ?? '');
  const credential = addable.some((c) => c.id === chosen) ? chosen : (addable[0]?.id ?? '');
  const [credentialLevel, setCredentialLevel] = useState<Level>('grade-11');
  const [wblType, setWblType] = useState<WblType>('job_shadow');
  const [wblTitle, setWblTitle] = useState('');
  const [wblLevel, setWblLevel] = useState<Level>('grade-10');
  const gradeOptions = SECONDARY_LEVELS.map((level) => (
    <option key={level} value={level}>
      {labels.level[level]}
    </option>
  ));
  const removeButton = (title: string, onClick: () => void) => (
    <button type="button" className="button-secondary" onClick={onClick}>
      {formatMessage(lang, t.pmRemove, { title })}
    </button>
  );
  return (
    <fieldset className="plan-edit-marks">
      <legend>
        {t.pmCredentials} · {t.pmWbl}
      </legend>
      <h3 id={`${id}-cred`}>{t.pmCredentials}</h3>
      <ul className="plan-edit-rows" aria-labelledby={`${id}-cred`}>
        {draft.credentials.length === 0 && <li className="plan-muted">{t.pmNone}</li>}
        {draft.credentials.map((c, index) => {
          const title = titles.get(c.credentialId) ?? c.credentialId;
          return (
            <li key={c.credentialId} className="plan-edit-mark">
              <span aria-hidden="true">★ </span>
              {title} · {labels.level[c.level]}{' '}
              {removeButton(title, () =>
                onChange(
                  removeCredential(draft, index),
                  formatMessage(lang, t.pmRemoved, { title }),
                ),
              )}
            </li>
          );
        })}
      </ul>
      {addable.length > 0 && (
        <fieldset className="plan-edit-add">
          <legend>{t.pmAddCredential}</legend>
          <label htmlFor={`${id}-credential`}>{t.pmCredential}</label>
          <select
            id={`${id}-credential`}
            value={credential}
            onChange={(e) => setCredential(e.target.value)}
          >
            {addable.map((c) => (
              <option key={c.id} value={c.id} lang={c.titleLang !== lang ? c.titleLang : undefined}>
                {c.title}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-credential-grade`}>{t.pmGrade}</label>
          <select
            id={`${id}-credential-grade`}
            value={credentialLevel}
            onChange={(e) => setCredentialLevel(e.target.value as Level)}
          >
            {gradeOptions}
          </select>
          <button
            type="button"
            onClick={() =>
              onChange(
                addCredential(draft, credential, credentialLevel),
                formatMessage(lang, t.pmAdded, {
                  title: titles.get(credential) ?? credential,
                  grade: labels.level[credentialLevel],
                }),
              )
            }
          >
            {t.pmAdd}
          </button>
        </fieldset>
      )}
      <h3 id={`${id}-wbl`}>{t.pmWbl}</h3>
      <ul className="plan-edit-rows" aria-labelledby={`${id}-wbl`}>
        {draft.workBasedLearning.length === 0 && <li className="plan-muted">{t.pmNone}</li>}
        {draft.workBasedLearning.map((w, index) => {
          const title = lang === 'es' ? (w.title.es ?? w.title.en) : w.title.en;
          return (
            <li key={index} className="plan-edit-mark">
              <span aria-hidden="true">◆ </span>
              {labels.wbl[w.type]}: {title} · {labels.level[w.level]}{' '}
              {removeButton(title, () =>
                onChange(
                  removeWorkBasedLearning(draft, index),
                  formatMessage(lang, t.pmRemoved, { title }),
                ),
              )}
            </li>
          );
        })}
      </ul>
      <fieldset className="plan-edit-add">
        <legend>{t.pmAddWbl}</legend>
        <label htmlFor={`${id}-wbl-type`}>{t.pmWblType}</label>
        <select
          id={`${id}-wbl-type`}
          value={wblType}
          onChange={(e) => setWblType(e.target.value as WblType)}
        >
          {WBL_TYPES.map((type) => (
            <option key={type} value={type}>
              {labels.wbl[type]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-wbl-title`}>{t.pmWblTitle}</label>
        <input
          id={`${id}-wbl-title`}
          type="text"
          maxLength={200}
          value={wblTitle}
          onChange={(e) => setWblTitle(e.target.value)}
        />
        <label htmlFor={`${id}-wbl-grade`}>{t.pmGrade}</label>
        <select
          id={`${id}-wbl-grade`}
          value={wblLevel}
          onChange={(e) => setWblLevel(e.target.value as Level)}
        >
          {gradeOptions}
        </select>
        <button
          type="button"
          disabled={!wblTitle.trim()}
          onClick={() => {
            const title = wblTitle.trim();
            onChange(
              addWorkBasedLearning(draft, { type: wblType, title, level: wblLevel }, lang),
              formatMessage(lang, t.pmAdded, { title, grade: labels.level[wblLevel] }),
            );
            setWblTitle('');
          }}
        >
          {t.pmAdd}
        </button>
      </fieldset>
    </fieldset>
  );
}
