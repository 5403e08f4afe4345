/**
 * What the shipped occupation data says about each occupation's entry: O*NET's job zone and BLS's
 * typical education needed for entry (by 2018 SOC code). Program validation without a database
 * (`wayfinder validate`) ties exit points to occupations with it (domain/program/exit-points.ts).
 */
import type { OccupationEntry } from '../../domain/program/exit-points.ts';
import { defaultOccupations } from './index.ts';
import { publicOccupationData } from './public-data.ts';

let entries: Map<string, OccupationEntry> | undefined;

function build(): Map<string, OccupationEntry> {
  const zones = new Map<string, number | null>();
  const education = new Map<string, string | null>();
  for (const o of defaultOccupations) zones.set(o.code, o.jobZone);
  for (const part of publicOccupationData().parts) {
    for (const o of part.data.occupations ?? []) zones.set(o.code, o.jobZone);
    for (const p of part.data.projections ?? []) education.set(p.socCode, p.entryEducation);
  }
  const map = new Map<string, OccupationEntry>();
  for (const [code, jobZone] of zones)
    map.set(code, { jobZone, entryEducation: education.get(code.slice(0, 7)) ?? null });
  return map;
}

/** The entry of an O*NET-SOC code (15-1252.00), or undefined when the data has no such code. */
export function shippedOccupationEntry(code: string): OccupationEntry | undefined {
  entries ??= build();
  return entries.get(code);
}
