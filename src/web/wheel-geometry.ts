/**
 * Geometry of the Career Clusters wheel, in SVG user units around (0, 0). Angles are degrees
 * clockwise from the top, so segment 0 starts at twelve o'clock.
 */

export const WHEEL = {
  /** Half the side of the square viewBox. */
  size: 400,
  centerRadius: 112,
  innerRadius: 118,
  outerRadius: 394,
  badgeRadius: 367,
  badgeSize: 17,
  /** Labels run along the radius between these two radii (inside the ring, short of the badge). */
  labelInner: 128,
  labelOuter: 343,
  /** Half the width of the white line between segments. */
  gap: 1.5,
} as const;

export interface Point {
  x: number;
  y: number;
}

/** Two decimals, and never -0 (which would print as "-0" in a path). */
const round = (n: number) => Math.round(n * 100) / 100 + 0;

export function polar(radius: number, angle: number): Point {
  const rad = (angle * Math.PI) / 180;
  return { x: round(radius * Math.sin(rad)), y: round(-radius * Math.cos(rad)) };
}

/** The start, middle and end angles of segment `index` of `count`. */
export function segmentAngles(
  index: number,
  count: number,
): { start: number; mid: number; end: number } {
  const step = 360 / count;
  return { start: index * step, mid: (index + 0.5) * step, end: (index + 1) * step };
}

/** SVG path of an annular segment (a slice of a ring) between two radii. */
export function segmentPath(index: number, count: number, inner: number, outer: number): string {
  const { start, end } = segmentAngles(index, count);
  const large = end - start > 180 ? 1 : 0;
  const a = polar(outer, start);
  const b = polar(outer, end);
  const c = polar(inner, end);
  const d = polar(inner, start);
  return [
    `M ${a.x} ${a.y}`,
    `A ${outer} ${outer} 0 ${large} 1 ${b.x} ${b.y}`,
    `L ${c.x} ${c.y}`,
    `A ${inner} ${inner} 0 ${large} 0 ${d.x} ${d.y}`,
    'Z',
  ].join(' ');
}

/**
 * Transform that places a label at `radius` along the middle of a segment, reading along the
 * radius: outwards on the right half of the wheel, inwards on the left half, so no label is
 * upside down.
 */
export function radialLabelTransform(index: number, count: number, radius: number): string {
  const { mid } = segmentAngles(index, count);
  const at = polar(radius, mid);
  const rotation = round(mid < 180 ? mid - 90 : mid + 90);
  return `translate(${at.x} ${at.y}) rotate(${rotation})`;
}

/** Greedy word wrap: lines of at most `maxChars` characters (a longer single word keeps its own line). */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= maxChars) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export interface LabelLayout {
  fontSize: number;
  lineHeight: number;
  lines: string[];
}

/** Average glyph width of bold system sans-serif fonts (DejaVu Sans is the widest), per unit of font size. */
const GLYPH_WIDTH = 0.6;
const LABEL_SIZES = [18, 17, 16, 15, 14, 13, 12, 11] as const;
const MAX_LINES = 4;

export const labelRadius = (WHEEL.labelInner + WHEEL.labelOuter) / 2;
const labelLength = WHEEL.labelOuter - WHEEL.labelInner;

/** Lines of `title` at `fontSize`, or null when they do not fit inside a segment of `count`. */
function layoutAt(title: string, fontSize: number, count: number): LabelLayout | null {
  const maxChars = Math.floor(labelLength / (fontSize * GLYPH_WIDTH));
  const lines = wrapWords(title, maxChars);
  if (lines.length > MAX_LINES || lines.some((line) => line.length > maxChars)) return null;
  const lineHeight = round(fontSize * 1.15);
  const offsets = lineOffsets(lines.length, lineHeight);
  const halfAngle = ((180 / count) * Math.PI) / 180;
  const fits = lines.every((line, i) => {
    // A line is centred on labelRadius; its inner end is where the segment is narrowest.
    const innerEnd = labelRadius - (line.length * fontSize * GLYPH_WIDTH) / 2;
    const room = innerEnd * Math.sin(halfAngle) - WHEEL.gap - 2;
    return Math.abs(offsets[i] ?? 0) + fontSize / 2 <= room;
  });
  return fits ? { fontSize, lineHeight, lines } : null;
}

/** The largest font size at which the title fits its segment. */
export function fitLabel(title: string, count: number): LabelLayout {
  for (const fontSize of LABEL_SIZES) {
    const layout = layoutAt(title, fontSize, count);
    if (layout) return layout;
  }
  const smallest = LABEL_SIZES[LABEL_SIZES.length - 1] ?? 11;
  return { fontSize: smallest, lineHeight: round(smallest * 1.15), lines: wrapWords(title, 40) };
}

/** Labels for all titles at one common font size (the largest at which every title fits), so the wheel reads evenly. */
export function fitLabels(titles: string[]): LabelLayout[] {
  const count = titles.length;
  const size = Math.min(...titles.map((title) => fitLabel(title, count).fontSize));
  return titles.map((title) => layoutAt(title, size, count) ?? fitLabel(title, count));
}

/** Vertical offsets that centre `lines` lines of `lineHeight` on 0. */
export function lineOffsets(lines: number, lineHeight: number): number[] {
  return Array.from({ length: lines }, (_, i) => round((i - (lines - 1) / 2) * lineHeight));
}
