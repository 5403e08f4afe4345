/**
 * A non-duplicative progression: no college course in the program repeats a high school course in
 * it, unless a credit agreement links the two (then the student earns the credit once).
 *
 * A college course repeats a high school course when their English titles match (case, accents and
 * punctuation aside), or when they share a subject and a pathway tag and their titles match once
 * introductory wording ("Introduction to", "Principles of", "I", "Honors") is set aside. Subject
 * and pathway alone would match every pair of CTE courses of one program, so the title decides.
 * Titles are only a hint: when both courses list their competencies, the content rule
 * (pos.no-duplicate-content) judges them instead.
 */
import type { TCourse } from '../../../contracts/program.ts';
import { pairKey, type CoursePlacement } from '../context.ts';
import { findingOf, type Finding, type Rule } from '../finding.ts';
import { say } from '../message-catalog.ts';
import { FIRST_EDITION as M } from '../messages-first-edition.ts';
import { courseLabel, stepLabel } from '../labels.ts';
import { coreTitle, normalizeTitle } from '../titles.ts';

const sharesPathway = (a: TCourse, b: TCourse): boolean =>
  a.pathwayCodes.some((code) => b.pathwayCodes.includes(code));

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface Placed {
  placement: CoursePlacement;
  course: TCourse;
}

export const noRepeatedContent: Rule = {
  id: 'pos.no-repeated-content',
  severity: 'error',
  check(ctx) {
    const byTitle = new Map<string, Placed[]>();
    // Only tagged courses can match on their core title (the pathway tag must agree).
    const byCore = new Map<string, Placed[]>();
    const college: Placed[] = [];
    for (const placement of ctx.firstPlacement.values()) {
      const { course } = placement;
      if (!course) continue;
      if (course.level === 'postsecondary') {
        college.push({ placement, course });
        continue;
      }
      const title = normalizeTitle(course.title.en);
      push(byTitle, title, { placement, course });
      if (course.pathwayCodes.length > 0) push(byCore, coreTitle(title), { placement, course });
    }
    const findings: Finding[] = [];
    for (const { placement, course } of college) {
      // Courses that both list their competencies are judged by content (pos.no-duplicate-content).
      const unlinked = (hs: Placed) =>
        !ctx.linkedPairs.has(pairKey(hs.course.id, course.id)) &&
        !(hs.course.competencies?.length && course.competencies?.length);
      const title = normalizeTitle(course.title.en);
      const repeated =
        byTitle.get(title)?.find(unlinked) ??
        (course.pathwayCodes.length > 0 && byCore.size > 0
          ? byCore
              .get(coreTitle(title))
              ?.find(
                (hs) =>
                  hs.course.subject === course.subject &&
                  sharesPathway(hs.course, course) &&
                  unlinked(hs),
              )
          : undefined);
      if (!repeated) continue;
      findings.push(
        findingOf(
          noRepeatedContent,
          { path: placement.path, stepLevel: placement.step.level, courseId: course.id },
          say(M.similarTitle, {
            course: courseLabel(course),
            step: stepLabel(placement.step),
            earlier: courseLabel(repeated.course),
            earlierStep: stepLabel(repeated.placement.step),
          }),
        ),
      );
    }
    return findings;
  },
};
