/**
 * The users page's panel that sets the further schools a counselor serves: a checkbox for each
 * other school of their district, saved with PUT /api/v1/users/{email}/schools. The heading
 * takes focus when it opens; a refusal is shown in the panel and takes focus; Escape or Cancel
 * closes it and gives focus back to the button that opened it.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TCounselorSchools, TOrg, TUser } from '../../contracts/accounts.ts';
import { formatMessage } from '../i18n.ts';
import { useLang } from '../use-lang.ts';
import { schoolChoices, schoolsFailure } from './counselor-schools.ts';
import { apiWrite } from './use-session.ts';

export function CounselorSchoolsPanel({
  user,
  orgs,
  names,
  onSaved,
  onStale,
  onCancel,
}: {
  user: TUser;
  orgs: readonly TOrg[];
  names: ReadonlyMap<string, string>;
  onSaved: (saved: TCounselorSchools) => void;
  /** The list is out of date (the user is gone, a school is not the district's): read it again. */
  onStale: () => void;
  onCancel: () => void;
}) {
  const { lang, t } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(user.furtherSchools ?? []));
  const [busy, setBusy] = useState(false);
  // A new object each time, so the same refusal twice still takes focus again.
  const [error, setError] = useState<{ text: string } | null>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const choices = schoolChoices(orgs, user);
  const toggle = (id: string) =>
    setChosen((before) => {
      const next = new Set(before);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    const url = `/api/v1/users/${encodeURIComponent(user.email)}/schools`;
    apiWrite<TCounselorSchools>('PUT', url, { schools: [...chosen].sort() }).then(
      onSaved,
      (failure: unknown) => {
        setBusy(false);
        const { text, reload } = schoolsFailure(lang, failure);
        setError({ text });
        if (reload) onStale();
      },
    );
  };

  const own = names.get(user.orgId) ?? user.orgId;
  return (
    <section
      className="confirm-panel schools-panel"
      aria-labelledby="schools-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 id="schools-title" ref={heading} tabIndex={-1}>
        {formatMessage(lang, t.schoolsTitle, { name: user.name })}
      </h2>
      <p>{formatMessage(lang, t.schoolsIntro, { name: user.name, school: own })}</p>
      <form className="account-form" onSubmit={onSubmit} noValidate>
        {error ? (
          <p id="schools-error" className="form-error" role="alert" tabIndex={-1} ref={errorRef}>
            {error.text}
          </p>
        ) : null}
        {choices.length === 0 ? (
          <p>{t.schoolsNone}</p>
        ) : (
          <fieldset className="choice-group" aria-describedby={error ? 'schools-error' : undefined}>
            <legend>{t.schoolsLegend}</legend>
            {choices.map((school) => (
              <label key={school.id} className="choice">
                <input
                  type="checkbox"
                  name="schools"
                  value={school.id}
                  checked={chosen.has(school.id)}
                  onChange={() => toggle(school.id)}
                />{' '}
                {school.name}
              </label>
            ))}
          </fieldset>
        )}
        <p className="button-row">
          <button type="submit" disabled={busy}>
            {busy ? t.schoolsBusy : t.schoolsSave}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t.identityCancel}
          </button>
        </p>
      </form>
    </section>
  );
}
