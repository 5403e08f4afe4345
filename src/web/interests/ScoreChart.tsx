/**
 * The six interest scores as a bar chart (an image with a text alternative that reads the same
 * numbers) and as a table, so nobody depends on the picture.
 */
import type { TProfilerResults } from '../../contracts/interests.ts';
import { formatMessage, type Messages } from '../i18n.ts';
import { useLang } from '../use-lang.ts';

type Letter = 'R' | 'I' | 'A' | 'S' | 'E' | 'C';
export const LETTERS: readonly Letter[] = ['R', 'I', 'A', 'S', 'E', 'C'];

export const areaMeaning = (t: Messages, letter: Letter): string => t[`area${letter}`];
export const areaName = (t: Messages, letter: Letter): string => t[`riasec${letter}`];

export function ScoreChart({
  scores,
  max,
  id,
  of,
}: {
  scores: TProfilerResults['scores'];
  max: number;
  id: string;
  /** The student's name when someone else (a guardian, a counselor) reads their scores. */
  of?: string;
}) {
  const { lang, t } = useLang();
  const title = of ? formatMessage(lang, t.resChartTitleOf, { name: of }) : t.resChartTitle;
  const row = 34;
  const label = 150;
  const width = 460;
  const bar = width - label - 70;
  const summary = LETTERS.map(
    (l) => `${areaName(t, l)} ${formatMessage(lang, t.resScoreOf, { score: scores[l], max })}`,
  ).join(', ');
  return (
    <figure className="ip-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${row * 6 + 8}`}
        role="img"
        aria-label={summary}
        className="ip-chart__svg"
      >
        {LETTERS.map((l, i) => {
          const y = 4 + i * row;
          const w = max > 0 ? (bar * scores[l]) / max : 0;
          return (
            <g key={l}>
              <text x={label - 8} y={y + row / 2 + 5} textAnchor="end" className="ip-chart__label">
                {areaName(t, l)}
              </text>
              <rect x={label} y={y + 6} width={bar} height={row - 12} className="ip-chart__track" />
              <rect x={label} y={y + 6} width={w} height={row - 12} className="ip-chart__bar" />
              <text x={label + bar + 8} y={y + row / 2 + 5} className="ip-chart__value">
                {scores[l]}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="table-scroll">
        <table className="ip-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.resArea}</th>
              <th scope="col">{t.resScore}</th>
              <th scope="col" className="ip-table__meaning-cell">
                {t.resAreaMeaning}
              </th>
            </tr>
          </thead>
          <tbody>
            {LETTERS.map((l) => (
              <tr key={l}>
                <th scope="row">
                  {areaName(t, l)} ({l})
                  {/* On a phone the third column does not fit: the meaning goes under the
                      name instead (only one of the two is ever displayed). */}
                  <span className="ip-table__meaning">{areaMeaning(t, l)}</span>
                </th>
                <td>{formatMessage(lang, t.resScoreOf, { score: scores[l], max })}</td>
                <td className="ip-table__meaning-cell">{areaMeaning(t, l)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
