/**
 * One program's funnel (participants → concentrators → completers → credential earners) for the
 * report's top organization, as an image whose title and description give the same numbers in
 * words. Each bar is labelled with its number as text; a hidden small count is a dashed outline
 * with "< 10", a measure without data says so in words, never a zero bar.
 */
import type { TLang } from '../../contracts/framework.ts';
import type { TCell } from '../../contracts/perkins.ts';
import { fillNodes } from '../catalog/catalog-parts.tsx';
import { formatMessage } from '../i18n.ts';
import { measureLabel, usePerkinsText } from './i18n-perkins.ts';
import { cellText, FUNNEL_MEASURES, type Cells } from './report-view.ts';

const WIDTH = 400;
const ROW = 62;
const BAR = 24;
/** Room on the right of the longest bar for its number. */
const BAR_MAX = 270;

export function FunnelChart({
  id,
  program,
  programLang,
  org,
  cells,
  threshold,
  noCompleter,
}: {
  id: string;
  program: string;
  /** The program title's language: marked when it is not the page's. */
  programLang?: TLang;
  org: string;
  cells: Cells;
  threshold: number;
  noCompleter: boolean;
}) {
  const { lang, p } = usePerkinsText();
  const valueOf = (c: TCell | undefined) => (c && 'value' in c ? c.value : undefined);
  const max = Math.max(threshold, ...FUNNEL_MEASURES.map((m) => valueOf(cells[m]) ?? 0));
  const shown = (measure: (typeof FUNNEL_MEASURES)[number]) =>
    measure === 'completers' && noCompleter
      ? p.noCompleterRule
      : cellText(cells[measure], threshold, lang, p);
  const spoken = (measure: (typeof FUNNEL_MEASURES)[number]) => {
    const cell = cells[measure];
    if (cell && 'suppressed' in cell && !(measure === 'completers' && noCompleter))
      return cell.complementary
        ? p.hiddenWords
        : formatMessage(lang, p.suppressedWords, { threshold });
    return shown(measure);
  };
  const title = formatMessage(lang, p.funnelTitle, { program, org });
  const desc = FUNNEL_MEASURES.map((m) =>
    formatMessage(lang, p.funnelPart, { measure: measureLabel(p, m), value: spoken(m) }),
  ).join('; ');
  // An SVG title cannot mark a word's language, so a title naming an English-only program on
  // the Spanish page is a hidden HTML name with that title marked lang="en".
  const marked = programLang !== undefined && programLang !== lang;
  return (
    <>
      {marked ? (
        <span id={`${id}-name`} hidden>
          {fillNodes(lang, p.funnelTitle, {
            program: <span lang={programLang}>{program}</span>,
            org,
          })}
        </span>
      ) : null}
      <svg
        className="perkins-funnel"
        viewBox={`0 0 ${WIDTH} ${ROW * FUNNEL_MEASURES.length}`}
        role="img"
        aria-labelledby={`${id}-${marked ? 'name' : 'title'} ${id}-desc`}
        data-testid="perkins-funnel"
      >
        {marked ? null : <title id={`${id}-title`}>{title}</title>}
        <desc id={`${id}-desc`}>{desc}</desc>
        {FUNNEL_MEASURES.map((measure, i) => {
          const y = i * ROW;
          const cell = cells[measure];
          const value = measure === 'completers' && noCompleter ? undefined : valueOf(cell);
          // A small hidden count is drawn as a dashed bar up to the threshold; a count hidden only
          // to protect another may be any size, so it gets no bar, only its word.
          const hidden =
            !!cell &&
            'suppressed' in cell &&
            !cell.complementary &&
            !(measure === 'completers' && noCompleter);
          const width =
            value !== undefined
              ? Math.max(2, (BAR_MAX * value) / max)
              : hidden
                ? (BAR_MAX * threshold) / max
                : 0;
          return (
            <g key={measure} data-measure={measure}>
              <text x={0} y={y + 19} className="perkins-funnel__label">
                {measureLabel(p, measure)}
              </text>
              {value !== undefined ? (
                <rect x={0} y={y + 28} width={width} height={BAR} className="perkins-funnel__bar" />
              ) : hidden ? (
                <rect
                  x={1}
                  y={y + 29}
                  width={width}
                  height={BAR - 2}
                  className="perkins-funnel__bar perkins-funnel__bar--hidden"
                />
              ) : null}
              <text
                x={width + (width > 0 ? 8 : 0)}
                y={y + 28 + BAR - 5}
                className="perkins-funnel__value"
                data-testid="perkins-funnel-value"
              >
                {shown(measure)}
              </text>
            </g>
          );
        })}
      </svg>
    </>
  );
}
