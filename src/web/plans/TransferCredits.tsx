/**
 * The student's credit earned outside the district, as recorded (where, the course as written
 * there, when, credits, grade) and how each counts here; and the mark a counted course carries.
 */
import type { TStudentProgress } from '../../contracts/progress.ts';
import { schoolYearLabel } from '../../domain/requirements/describe.ts';
import { formatMessage, type Messages } from '../i18n.ts';
import { useLang } from '../use-lang.ts';

type Credit = TStudentProgress['transfers'][number];

const NAMED_TERMS = new Set(['year', 'summer', 'fall', 'winter', 'spring']);

/** A stored term in words: "full year", "summer"; a coded one as schools write it: "S1", "Q3". */
export function termText(t: Messages, term: string): string {
  return NAMED_TERMS.has(term) ? t[`trTerm_${term}` as keyof Messages] : term.toUpperCase();
}

function countsAsText(t: Messages, lang: 'en' | 'es', countsAs: Credit['countsAs']): string {
  if (countsAs.kind === 'course')
    return formatMessage(lang, t.trCountsCourse, { code: countsAs.code });
  if (countsAs.kind === 'sced')
    return formatMessage(lang, t.trCountsSced, { code: countsAs.scedCode });
  return t.trCountsElective;
}

/** "Transfer credit, earned at Lakeview High School", beside a course that counts. */
export function TransferMark({ earnedAt }: { earnedAt: string }) {
  const { lang, t } = useLang();
  return <span className="pr-transfer">{formatMessage(lang, t.trMark, { school: earnedAt })}</span>;
}

export function TransferCredits({ credits }: { credits: readonly Credit[] }) {
  const { lang, t } = useLang();
  if (credits.length === 0) return null;
  const credit = (n: number) => formatMessage(lang, t.planCredits, { credits: n });
  return (
    <section aria-labelledby="pr-transfer" className="plan-section">
      <h2 id="pr-transfer">{t.trTitle}</h2>
      <p>{t.trIntro}</p>
      <div className="pr-transfer-table">
        <table aria-labelledby="pr-transfer">
          <thead>
            <tr>
              <th scope="col">{t.trWhere}</th>
              <th scope="col">{t.trCourse}</th>
              <th scope="col">{t.trWhen}</th>
              <th scope="col">{t.trCredits}</th>
              <th scope="col">{t.trGrade}</th>
              <th scope="col">{t.trCountsAs}</th>
            </tr>
          </thead>
          <tbody>
            {credits.map((c) => (
              <tr key={c.id}>
                <td>
                  {c.earnedAt.name}
                  {c.earnedAt.state && <> ({c.earnedAt.state})</>}
                  <br />
                  <small>{t[`trKind_${c.kind}`]}</small>
                </td>
                <th scope="row">
                  {/* As the other school wrote it: its own language, unknown; left unmarked. */}
                  {c.course.code && <>{c.course.code} · </>}
                  {c.course.title}
                  {c.flags.length > 0 && (
                    <>
                      <br />
                      <small>{c.flags.map((f) => t[`trFlag_${f}`]).join(', ')}</small>
                    </>
                  )}
                </th>
                <td>
                  {schoolYearLabel(c.schoolYear)}, {termText(t, c.term)}
                </td>
                <td>{credit(c.creditsEarned)}</td>
                <td>
                  {c.grade ?? t.trNoGrade} ({t[`trResult_${c.result}`]})
                </td>
                <td>{countsAsText(t, lang, c.countsAs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
