/**
 * The report's settings as a form: school year, counting profile and (a state admin) the
 * district or the whole state. Submitting puts them in the address, so the report can be shared
 * and the back button returns to the previous settings.
 */
import type { FormEvent } from 'react';
import type { TOrg } from '../../contracts/accounts.ts';
import { PERKINS_PROFILES } from '../../domain/perkins/profiles.ts';
import { formatMessage } from '../i18n.ts';
import { useAddressDraft } from '../use-address-draft.ts';
import { usePerkinsText } from './i18n-perkins.ts';
import { selectionQuery, type PerkinsSelection } from './perkins-api.ts';

/** The current school year and the five before it (and the one asked for, if older). */
export function yearChoices(current: number, asked: number): number[] {
  const years = Array.from({ length: 6 }, (_, i) => current - i);
  if (!years.includes(asked)) years.push(asked);
  return years.sort((a, b) => b - a);
}

export function SettingsForm({
  selection,
  currentYear,
  districts,
  onSubmit,
}: {
  selection: PerkinsSelection;
  currentYear: number;
  /** The districts to choose from (a state admin); undefined: no district choice. */
  districts: TOrg[] | undefined;
  onSubmit: (selection: PerkinsSelection) => void;
}) {
  const { lang, p } = usePerkinsText();
  // The address changed (Back, Forward, a link): the form shows the settings now applied.
  const { draft, setDraft, apply } = useAddressDraft(selection, selectionQuery(selection));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft, selectionQuery(draft), () => onSubmit(draft));
  };
  return (
    <form className="perkins-settings" onSubmit={submit} aria-label={p.settings}>
      <div className="field">
        <label htmlFor="perkins-year">{p.year}</label>
        <select
          id="perkins-year"
          value={draft.year}
          onChange={(event) => setDraft({ ...draft, year: Number(event.target.value) })}
        >
          {yearChoices(currentYear, selection.year).map((y) => (
            <option key={y} value={y}>
              {formatMessage(lang, p.yearOption, {
                start: String(y - 1),
                end: String(y % 100).padStart(2, '0'),
              })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="perkins-profile">{p.profile}</label>
        <select
          id="perkins-profile"
          value={draft.profile}
          onChange={(event) => setDraft({ ...draft, profile: event.target.value })}
        >
          {[...PERKINS_PROFILES.values()].map((profile) => (
            <option key={profile.id} value={profile.id}>
              {profile.title[lang]}
            </option>
          ))}
        </select>
      </div>
      {districts ? (
        <div className="field">
          <label htmlFor="perkins-district">{p.district}</label>
          <select
            id="perkins-district"
            value={draft.district ?? ''}
            onChange={(event) => setDraft({ ...draft, district: event.target.value || undefined })}
          >
            <option value="">{p.allDistricts}</option>
            {districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="perkins-settings__actions">
        <button type="submit">{p.show}</button>
      </div>
    </form>
  );
}
