/**
 * Interest Profiler results as an object (TProfilerResults), from a scored and matched profile
 * and the results view of its snapshot and language. ResultsView.bytes writes the same answer's
 * JSON straight from the same inputs; the two are held to the same bytes
 * (results-view.test.ts, interest-results-shape.routes.test.ts).
 */
import type { TProfilerResults, TResultsRequest } from '../../contracts/interests.ts';
import { areaName } from '../../domain/interests/profiler.ts';
import type { EntryLevel } from '../../domain/occupation/entry-level.ts';
import { RIASEC } from '../../domain/occupation/riasec.ts';
import type { ResultsInput, ResultsView } from './results-view.ts';

const LEVEL_ZONES: Record<EntryLevel, number[]> = { semi: [1, 2], mid: [3], high: [4, 5] };
export const ALL_ZONES = [1, 2, 3, 4, 5];

/** The job zones a request narrows to, undefined when it does not narrow. */
export function zonesOf(
  request: Pick<TResultsRequest, 'jobZone' | 'entryLevel'>,
): number[] | undefined {
  const byLevel = request.entryLevel ? LEVEL_ZONES[request.entryLevel] : undefined;
  if (request.jobZone === undefined) return byLevel;
  return byLevel && !byLevel.includes(request.jobZone) ? [] : [request.jobZone];
}

/**
 * The answer, built in the order and with exactly the fields of ZProfilerResults, so that it
 * serializes to the same JSON as its schema's parse of it (interest-results-shape.routes.test.ts)
 * and the route can send it without parsing it again.
 */
export function present(input: ResultsInput, view: ResultsView): TProfilerResults {
  const { scored } = input;
  const { lang } = view;
  const shown = scored.occupations.map((m) => view.occupation(m.code));
  const occupations = scored.occupations.map((m, i) => {
    const o = shown[i]!;
    return {
      code: m.code,
      title: o.title,
      fit: m.fit,
      r: m.r,
      jobZone: o.jobZone,
      entryLevel: o.entryLevel,
      drivers: m.drivers,
      medianAnnualWage: o.medianAnnualWage,
      wageTopCoded: o.wageTopCoded,
      growthPct: o.growthPct,
      brightOutlook: o.brightOutlook,
      pathwayCodes: o.pathwayCodes,
    };
  });
  const clusters: TProfilerResults['clusters'] = [];
  for (const { r, fit, count, code } of scored.clusters) {
    // Only the groups that fit: a weak fit is not a lead a student can act on, and leaving
    // the other sixty-odd out halves the answer every results page and home visit fetches.
    const title = fit === 'weak' ? undefined : view.clusterTitle.get(code);
    if (title !== undefined) clusters.push({ r, fit, count, code, title });
  }
  const pathways: TProfilerResults['pathways'] = [];
  for (const { r, fit, count, code } of scored.pathways) {
    const pathway = fit === 'weak' ? undefined : view.pathwayByCode.get(code);
    if (pathway)
      pathways.push({
        r,
        fit,
        count,
        code,
        title: pathway.title,
        clusterCode: pathway.cluster.code,
      });
  }
  return {
    form: input.form,
    lang,
    scores: scored.scores,
    max: scored.max,
    code: scored.code,
    tied: scored.tied,
    flat: scored.flat,
    areas: RIASEC.map((code) => ({ code, name: areaName(code, lang), score: scored.scores[code] })),
    jobZones: input.jobZones,
    matchable: input.matchable,
    clusters,
    pathways,
    occupations,
    sources: [...new Set(shown.flatMap((o) => o.sourceIds))]
      .sort()
      .flatMap((id) => view.source(id) ?? []),
  };
}
