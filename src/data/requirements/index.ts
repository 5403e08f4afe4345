/**
 * The requirement sets Wayfinder ships, each a JSON file described by
 * schemas/requirement-set.schema.json:
 *
 * - `rusd-diploma`: the demo district's diploma (fictional);
 * - `tx-foundation-endorsement`: a Texas-style program, simplified, kept for the demo;
 * - `tx-fhsp-endorsement`: the Texas Foundation High School Program with an endorsement, from
 *   19 TAC §74.12 (Foundation program) and §74.13 (endorsements), Texas Administrative Code,
 *   https://texreg.sos.state.tx.us/ (title 19, part 2, chapter 74, subchapter B);
 * - `wa-24-credit`: Washington's 24-credit diploma, from WAC 180-51-210,
 *   https://apps.leg.wa.gov/wac/default.aspx?cite=180-51-210 (personalized pathway requirements
 *   and flexible credits are defined in its subsection 1);
 * - `uc-csu-a-g`: California's a-g subject requirements for admission to the University of
 *   California and California State University, https://admission.universityofcalifornia.edu/
 *   (freshman requirements, a-g subject requirements, and the counselors' Q&A on repeating
 *   courses: "a grade of C or better", D and F must be repeated).
 *
 * Course codes are SCED codes (NCES School Courses for the Exchange of Data): 01 English, 02
 * mathematics (02052 Algebra I, 02056 Algebra II, 02061–02063 Integrated Mathematics I–III,
 * 02072 Geometry), 03 science (0305x biology, 0310x chemistry, 0315x physics), 04 social studies
 * (0400x geography, 0405x world history, 0410x U.S. history, 0415x U.S. government, 0420x
 * economics), 05 fine and performing arts, 06 world languages, 08 physical and health education
 * (0805x health). The wording of titles and descriptions is ours.
 */
import { ZRequirementSet, type TRequirementSet } from '../../contracts/requirements.ts';
import rusdDiploma from './rusd-diploma.json' with { type: 'json' };
import texasStyle from './tx-foundation-endorsement.json' with { type: 'json' };
import texas from './tx-fhsp-endorsement.json' with { type: 'json' };
import ucCsu from './uc-csu-a-g.json' with { type: 'json' };
import washington from './wa-24-credit.json' with { type: 'json' };

export const SHIPPED_REQUIREMENT_SETS: readonly TRequirementSet[] = [
  rusdDiploma,
  texasStyle,
  texas,
  washington,
  ucCsu,
].map((file) => ZRequirementSet.parse(file));

export const shippedRequirementSet = (id: string): TRequirementSet | undefined =>
  SHIPPED_REQUIREMENT_SETS.find((set) => set.id === id);
