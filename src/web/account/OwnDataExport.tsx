/** A student's own records (FERPA): a link that downloads everything kept about them as JSON. */
import { useLang } from '../use-lang.ts';
import { appUrl } from '../base-path.ts';

export function OwnDataExport({ studentId }: { studentId: string }) {
  const { t } = useLang();
  return (
    <section aria-labelledby="account-own-data">
      <h2 id="account-own-data">{t.ownDataTitle}</h2>
      <p>{t.ownDataIntro}</p>
      <p>
        <a href={appUrl(`/api/v1/students/${encodeURIComponent(studentId)}/data-export`)} download>
          {t.ownDataLink}
        </a>
      </p>
    </section>
  );
}
