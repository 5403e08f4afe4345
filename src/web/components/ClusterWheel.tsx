/**
 * The 16 Career Clusters as a wheel: one linked segment per cluster around a centre that names
 * the whole. Segments are real links in reading order (01 at the top, clockwise), so Tab walks
 * round the wheel; the focused segment gets a ring drawn above its neighbours.
 */
import { useState, type FocusEvent } from 'react';
import { Link } from 'react-router-dom';
import type { TClusterSummary } from '../../contracts/framework.ts';
import { clusterColor } from '../cluster-colors.ts';
import { formatMessage } from '../i18n.ts';
import { clusterPath } from '../paths.ts';
import { useLang } from '../use-lang.ts';
import {
  fitLabels,
  labelRadius,
  lineOffsets,
  polar,
  radialLabelTransform,
  segmentAngles,
  segmentPath,
  WHEEL,
} from '../wheel-geometry.ts';

export function ClusterWheel({ clusters }: { clusters: TClusterSummary[] }) {
  const { lang, t } = useLang();
  const [focused, setFocused] = useState<number | null>(null);
  const count = clusters.length;
  const labels = fitLabels(clusters.map((cluster) => cluster.title));
  const pathways = clusters.reduce((sum, cluster) => sum + cluster.pathwayCount, 0);
  const onFocus = (index: number) => (event: FocusEvent<Element>) =>
    setFocused(event.currentTarget.matches(':focus-visible') ? index : null);
  const ring = (index: number) => segmentPath(index, count, WHEEL.innerRadius, WHEEL.outerRadius);

  return (
    <svg
      className="wheel"
      viewBox={`${-WHEEL.size} ${-WHEEL.size} ${2 * WHEEL.size} ${2 * WHEEL.size}`}
      role="group"
      aria-label={t.wheelLabel}
    >
      {clusters.map((cluster, index) => (
        <Link
          key={cluster.code}
          to={clusterPath(lang, cluster.code)}
          className="wheel__segment"
          aria-label={cluster.title}
          onFocus={onFocus(index)}
          onBlur={() => setFocused(null)}
        >
          <path className="wheel__shape" d={ring(index)} fill={clusterColor(cluster.code)} />
        </Link>
      ))}
      {focused !== null && (
        <g className="wheel__focus" aria-hidden="true" pointerEvents="none">
          <path d={ring(focused)} className="wheel__focus-outer" />
          <path d={ring(focused)} className="wheel__focus-inner" />
        </g>
      )}
      {/* Drawn above the links but outside them: the links are named by aria-label, and clicks pass through. */}
      <g className="wheel__labels" aria-hidden="true" pointerEvents="none">
        {clusters.map((cluster, index) => {
          const label = labels[index] ?? { fontSize: 12, lineHeight: 14, lines: [cluster.title] };
          const offsets = lineOffsets(label.lines.length, label.lineHeight);
          const badge = polar(WHEEL.badgeRadius, segmentAngles(index, count).mid);
          return (
            <g key={cluster.code}>
              <text
                className="wheel__label"
                transform={radialLabelTransform(index, count, labelRadius)}
                fontSize={label.fontSize}
              >
                {label.lines.map((line, i) => (
                  <tspan
                    key={i}
                    x={0}
                    y={offsets[i]}
                    dominantBaseline="central"
                    textAnchor="middle"
                  >
                    {line}
                  </tspan>
                ))}
              </text>
              <circle cx={badge.x} cy={badge.y} r={WHEEL.badgeSize} fill="#ffffff" />
              <text
                className="wheel__code"
                x={badge.x}
                y={badge.y}
                fill={clusterColor(cluster.code)}
                dominantBaseline="central"
                textAnchor="middle"
              >
                {cluster.code}
              </text>
            </g>
          );
        })}
      </g>
      <g className="wheel__center" aria-hidden="true">
        <circle r={WHEEL.centerRadius} />
        {t.wheelCenter.split(' ').map((word, i) => (
          <text
            key={word}
            className="wheel__center-title"
            y={-40 + i * 31}
            textAnchor="middle"
            dominantBaseline="central"
          >
            {word}
          </text>
        ))}
        <text className="wheel__center-count" y={34} textAnchor="middle" dominantBaseline="central">
          {formatMessage(lang, t.clusterCount, { count })}
        </text>
        <text className="wheel__center-count" y={56} textAnchor="middle" dominantBaseline="central">
          {formatMessage(lang, t.pathwayCount, { count: pathways })}
        </text>
      </g>
    </svg>
  );
}
