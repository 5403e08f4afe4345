/**
 * A non-duplicative sequence, judged by content: a college course the program lists after a
 * course that already covers it (the same competencies, or a documented equivalence) repeats it
 * unless a credit agreement links the two; and a college course the program lists after a high
 * school course that already earns credit for it by agreement is taken twice. Title similarity is
 * only a hint (pos.no-repeated-content).
 */
import type { TCourse } from '../../../contracts/program.ts';
import type { CoursePlacement } from '../context.ts';
import { findingOf, type Finding, type Rule } from '../finding.ts';
import { courseLabel, stepLabel } from '../labels.ts';
import { say } from '../message-catalog.ts';
import { MESSAGES } from '../messages.ts';
import { isBefore } from '../steps.ts';

const norm = (s: string) => s.trim().toLowerCase();

/** Every competency of `later` is one of `earlier`'s (and it has some). */
function covers(earlier: TCourse, later: ReadonlySet<string>): boolean {
  if (later.size === 0 || !earlier.competencies) return false;
  const own = new Set(earlier.competencies.map(norm));
  for (const c of later) if (!own.has(c)) return false;
  return true;
}

const equivalent = (a: TCourse, b: TCourse) =>
  (a.equivalentTo?.includes(b.id) ?? false) || (b.equivalentTo?.includes(a.id) ?? false);

export const noDuplicateContent: Rule = {
  id: 'pos.no-duplicate-content',
  severity: 'error',
  check(ctx) {
    const placed = [...ctx.firstPlacement.values()].filter(
      (p): p is CoursePlacement & { course: TCourse } => p.course !== undefined,
    );
    const agreementsFor = new Map<string, { id: string; secondaryCourseId: string }[]>();
    for (const a of ctx.catalog.creditAgreements) {
      const list = agreementsFor.get(a.postsecondaryCourseId) ?? [];
      list.push(a);
      agreementsFor.set(a.postsecondaryCourseId, list);
    }
    const findings: Finding[] = [];
    for (const later of placed) {
      const course = later.course;
      if (course.level !== 'postsecondary') continue;
      const target = { path: later.path, stepLevel: later.step.level, courseId: course.id };
      const labels = { course: courseLabel(course), step: stepLabel(later.step) };
      const earlierOf = (id: string) => {
        const p = ctx.firstPlacement.get(id);
        return p?.course && isBefore(p.step, later.step) ? p : undefined;
      };
      const credited = (agreementsFor.get(course.id) ?? [])
        .map((a) => ({ a, p: earlierOf(a.secondaryCourseId) }))
        .find((x) => x.p !== undefined);
      if (credited?.p?.course) {
        findings.push(
          findingOf(
            noDuplicateContent,
            target,
            say(MESSAGES.creditAlreadyEarned, {
              ...labels,
              earlier: courseLabel(credited.p.course),
              earlierStep: stepLabel(credited.p.step),
              agreement: credited.a.id,
            }),
          ),
        );
        continue;
      }
      const mine = new Set((course.competencies ?? []).map(norm));
      for (const earlier of placed) {
        if (earlier === later || !isBefore(earlier.step, later.step)) continue;
        const how = equivalent(earlier.course, course)
          ? MESSAGES.documentedEquivalence
          : covers(earlier.course, mine)
            ? MESSAGES.sameCompetencies
            : undefined;
        if (!how) continue;
        findings.push(
          findingOf(
            noDuplicateContent,
            target,
            say(MESSAGES.contentCovered, {
              ...labels,
              earlier: courseLabel(earlier.course),
              earlierStep: stepLabel(earlier.step),
              how: say(how, {}),
            }),
          ),
        );
        break;
      }
    }
    return findings;
  },
};
