/** Narrowing the matches by how much preparation the student wants: O*NET job zones 1–5 in words. */
import { useSearchParams } from 'react-router-dom';
import { useAddressDraft } from '../use-address-draft.ts';
import { useLang } from '../use-lang.ts';

export function ZoneChooser({ jobZone }: { jobZone: number | undefined }) {
  const { t } = useLang();
  const [, setParams] = useSearchParams();
  const applied = jobZone ?? 0;
  // The address changed (Back, Forward, a link): the form shows the zone now applied.
  const {
    draft: choice,
    setDraft: setChoice,
    apply,
  } = useAddressDraft<number>(applied, String(applied));
  const options = [
    [0, t.zoneAll],
    [1, t.zone1],
    [2, t.zone2],
    [3, t.zone3],
    [4, t.zone4],
    [5, t.zone5],
  ] as const;
  return (
    <form
      className="ip-zones"
      onSubmit={(event) => {
        event.preventDefault();
        apply(choice, String(choice), () => setParams(choice ? { zone: String(choice) } : {}));
      }}
    >
      <fieldset>
        <legend>{t.resNarrow}</legend>
        {options.map(([value, label]) => (
          <label key={value} className="ip-answer">
            <input
              type="radio"
              name="ip-zone"
              value={value}
              checked={choice === value}
              onChange={() => setChoice(value)}
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit">{t.resShow}</button>
    </form>
  );
}
