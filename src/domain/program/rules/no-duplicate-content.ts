/**
 * A non-duplicative sequence, judged by content: a college course the program lists after a
 * course that already covers it (the same competencies, or a documented equivalence) repeats it
 * unless a credit agreement links the two; and a college course the program lists after a high
 * school course that already earns credit for it by agreement is taken twice, as is one listed
 * after a credential every student earns whose holders receive its credit (credential credit; of
 * a choice of credentials, only when no way of meeting the choice avoids the credit). Title
 * similarity is only a hint (pos.no-repeated-content).
 */
import type { TCourse } from '../../../contracts/program.ts';
import { earnedByEveryone, type CoursePlacement, type RuleContext } from '../context.ts';
import { findingOf, type Finding, type Rule } from '../finding.ts';
import { courseLabel, earnedCredentialLabel, stepLabel } from '../labels.ts';
import { say } from '../message-catalog.ts';
import { MESSAGES } from '../messages.ts';
import { isBefore } from '../steps.ts';

const norm = (s: string) => s.trim().toLowerCase();

type Placed = CoursePlacement & { course: TCourse };

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Placement order: the one listed first in the file wins. */
const order = (p: CoursePlacement) => p.stepIndex * 1_000 + p.index;

export const noDuplicateContent: Rule = {
  id: 'pos.no-duplicate-content',
  severity: 'error',
  check(ctx) {
    const placed: Placed[] = [];
    // Indexes built once per program: competencies (normalized) by course, courses by
    // competency, documented equivalences both ways, agreements by the college course they grant.
    const competencies = new Map<string, { list: string[]; set: ReadonlySet<string> }>();
    const teaching = new Map<string, Placed[]>();
    const equivalents = new Map<string, string[]>();
    for (const p of ctx.firstPlacement.values()) {
      if (!p.course) continue;
      const entry = p as Placed;
      placed.push(entry);
      const own = p.course.competencies;
      if (own && own.length > 0) {
        const set = new Set<string>();
        for (const c of own) set.add(norm(c));
        competencies.set(p.courseId, { list: [...set], set });
        for (const c of set) push(teaching, c, entry);
      }
      const same = p.course.equivalentTo;
      if (same) {
        for (const id of same) {
          push(equivalents, p.courseId, id);
          push(equivalents, id, p.courseId);
        }
      }
    }
    const agreementsFor = new Map<string, { id: string; secondaryCourseId: string }[]>();
    // Credential credit by the college course it grants: the agreement of each credential.
    const credentialCredit = new Map<string, Map<string, string>>();
    for (const a of ctx.catalog.creditAgreements) {
      if (a.secondaryCourseId !== undefined)
        push(agreementsFor, a.postsecondaryCourseId, {
          id: a.id,
          secondaryCourseId: a.secondaryCourseId,
        });
      if (a.type === 'credential_credit' && a.credentialId !== undefined) {
        const byCredential = credentialCredit.get(a.postsecondaryCourseId) ?? new Map();
        if (!byCredential.has(a.credentialId)) byCredential.set(a.credentialId, a.id);
        credentialCredit.set(a.postsecondaryCourseId, byCredential);
      }
    }

    const findings: Finding[] = [];
    for (const later of placed) {
      if (later.course.level !== 'postsecondary') continue;
      const found =
        creditedBy(ctx, later, agreementsFor) ??
        creditedByCredential(ctx, later, credentialCredit.get(later.courseId)) ??
        coveredBy(ctx, later, competencies, teaching, equivalents);
      if (found) findings.push(found);
    }
    return findings;
  },
};

const isEarlier = (p: CoursePlacement | undefined, later: Placed): p is Placed =>
  p?.course !== undefined && p !== later && isBefore(p.step, later.step);

const targetOf = (later: Placed) => ({
  path: later.path,
  stepLevel: later.step.level,
  courseId: later.courseId,
});

/** An earlier high school course already earns this college course's credit by agreement. */
function creditedBy(
  ctx: RuleContext,
  later: Placed,
  agreementsFor: ReadonlyMap<string, { id: string; secondaryCourseId: string }[]>,
): Finding | undefined {
  for (const a of agreementsFor.get(later.courseId) ?? []) {
    const p = ctx.firstPlacement.get(a.secondaryCourseId);
    if (!isEarlier(p, later)) continue;
    return findingOf(
      noDuplicateContent,
      targetOf(later),
      say(MESSAGES.creditAlreadyEarned, {
        course: courseLabel(later.course),
        step: stepLabel(later.step),
        earlier: courseLabel(p.course),
        earlierStep: stepLabel(p.step),
        agreement: a.id,
      }),
    );
  }
  return undefined;
}

/**
 * A credential every student earns before this college course, whose holders receive its credit:
 * one a step lists, or a choice whose every way of being met includes such a credential.
 */
function creditedByCredential(
  ctx: RuleContext,
  later: Placed,
  byCredential: ReadonlyMap<string, string> | undefined,
): Finding | undefined {
  if (!byCredential) return undefined;
  for (const p of ctx.credentialPlacements) {
    if (!isBefore(p.step, later.step)) continue;
    if (!earnedByEveryone(p, (c) => byCredential.has(c.id))) continue;
    const options = p.choice ? p.choice.options : [p.credential];
    const agreements = options.flatMap((c) => {
      const id = c ? byCredential.get(c.id) : undefined;
      return id === undefined ? [] : [id];
    });
    return findingOf(
      noDuplicateContent,
      targetOf(later),
      say(MESSAGES.creditEarnedByCredential, {
        course: courseLabel(later.course),
        step: stepLabel(later.step),
        credential: earnedCredentialLabel(p),
        earlierStep: stepLabel(p.step),
        agreement: agreements.join(', '),
      }),
    );
  }
  return undefined;
}

/** The first earlier course (in file order) that covers this one's content. */
function coveredBy(
  ctx: RuleContext,
  later: Placed,
  competencies: ReadonlyMap<string, { list: string[]; set: ReadonlySet<string> }>,
  teaching: ReadonlyMap<string, Placed[]>,
  equivalents: ReadonlyMap<string, string[]>,
): Finding | undefined {
  let best: Placed | undefined;
  let how = MESSAGES.sameCompetencies;
  for (const id of equivalents.get(later.courseId) ?? []) {
    const p = ctx.firstPlacement.get(id);
    if (isEarlier(p, later) && (!best || order(p) < order(best))) {
      best = p;
      how = MESSAGES.documentedEquivalence;
    }
  }
  const mine = competencies.get(later.courseId);
  const candidates = mine ? teaching.get(mine.list[0]!) : undefined;
  for (const p of candidates ?? []) {
    if ((best && order(best) <= order(p)) || !isEarlier(p, later)) continue;
    const theirs = competencies.get(p.courseId)!.set;
    if (mine!.list.every((c) => theirs.has(c))) {
      best = p;
      how = MESSAGES.sameCompetencies;
    }
  }
  if (!best) return undefined;
  return findingOf(
    noDuplicateContent,
    targetOf(later),
    say(MESSAGES.contentCovered, {
      course: courseLabel(later.course),
      step: stepLabel(later.step),
      earlier: courseLabel(best.course),
      earlierStep: stepLabel(best.step),
      how: say(how, {}),
    }),
  );
}
