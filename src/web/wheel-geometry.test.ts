import { describe, expect, it } from 'vitest';
import { CLUSTER_COLORS, clusterColor } from './cluster-colors.ts';
import { contrastRatio } from './contrast.ts';
import {
  fitLabel,
  fitLabels,
  lineOffsets,
  polar,
  radialLabelTransform,
  segmentAngles,
  segmentPath,
  wrapWords,
} from './wheel-geometry.ts';

describe('wheel geometry', () => {
  it('measures angles clockwise from the top', () => {
    expect(polar(10, 0)).toEqual({ x: 0, y: -10 });
    expect(polar(10, 90)).toEqual({ x: 10, y: 0 });
    expect(segmentAngles(1, 16)).toEqual({ start: 22.5, mid: 33.75, end: 45 });
  });

  it('draws a closed ring segment', () => {
    const d = segmentPath(0, 4, 50, 100);
    expect(d).toBe('M 0 -100 A 100 100 0 0 1 100 0 L 50 0 A 50 50 0 0 0 0 -50 Z');
  });

  it('keeps labels upright-ish on both halves', () => {
    expect(radialLabelTransform(0, 4, 10)).toContain('rotate(-45)');
    expect(radialLabelTransform(3, 4, 10)).toContain('rotate(405)');
  });

  it('wraps words into lines', () => {
    expect(wrapWords('Law, Public Safety, Corrections & Security', 20)).toEqual([
      'Law, Public Safety,',
      'Corrections &',
      'Security',
    ]);
    expect(wrapWords('  ', 10)).toEqual([]);
  });

  it('shrinks long titles until they fit their segment', () => {
    const short = fitLabel('Finance', 16);
    expect(short.lines).toEqual(['Finance']);
    const long = fitLabel(
      'Ciencia, tecnología, ingeniería y matemáticas aplicadas a la ley y la seguridad pública',
      16,
    );
    expect(long.fontSize).toBeLessThan(short.fontSize);
    expect(long.lines.length).toBeLessThanOrEqual(4);
    expect(lineOffsets(3, 10)).toEqual([-10, 0, 10]);
  });

  it('gives every label of a wheel the same font size', () => {
    const labels = fitLabels([
      'Finance',
      'Law, Public Safety, Corrections & Security',
      'Marketing',
    ]);
    expect(new Set(labels.map((label) => label.fontSize)).size).toBe(1);
    expect(labels[1]?.lines.join(' ')).toBe('Law, Public Safety, Corrections & Security');
    expect(fitLabels([])).toEqual([]);
  });
});

describe('cluster colours', () => {
  it('gives white text a contrast of at least 4.5:1 on every colour', () => {
    for (const color of CLUSTER_COLORS)
      expect(contrastRatio(color, '#ffffff'), color).toBeGreaterThanOrEqual(4.5);
  });

  it('has a distinct colour per cluster, by code', () => {
    expect(new Set(CLUSTER_COLORS).size).toBe(16);
    expect(clusterColor('01')).toBe(CLUSTER_COLORS[0]);
    expect(clusterColor('16')).toBe(CLUSTER_COLORS[15]);
  });

  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
});
