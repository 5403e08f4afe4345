/**
 * The requirement sets Wayfinder ships, each a JSON file described by
 * schemas/requirement-set.schema.json:
 *
 * - `rusd-diploma`: the demo district's diploma (fictional);
 * - `tx-foundation-endorsement`: a Texas-style program, simplified, kept for the demo; its
 *   endorsement is §74.13's Business and Industry one as `tx-fhsp-endorsement` has it (a coherent
 *   sequence of four or more CTE credits, two or more courses in one cluster, one advanced);
 * - `tx-fhsp-endorsement`: the Texas Foundation High School Program with an endorsement, from
 *   19 TAC §74.12 (Foundation program: 22 credits) and §74.13 (endorsements: 26 credits, a
 *   fourth credit of mathematics and of science; STEM, whichever way, with Algebra II,
 *   chemistry and physics), Texas Administrative Code, https://texreg.sos.state.tx.us/ (title
 *   19, part 2, chapter 74, subchapter B; also
 *   https://www.law.cornell.edu/regulations/texas/19-Tex-Admin-Code-SS-74.13, and district
 *   summaries of §74.13(f)(1) such as https://www.calallen.org/Page/3807);
 * - `wa-24-credit`: Washington's 24-credit diploma, from WAC 180-51-210,
 *   https://apps.leg.wa.gov/wac/default.aspx?cite=180-51-210 (personalized pathway requirements
 *   and flexible credits are defined in its subsection 1; 17 core credits);
 * - `uc-a-g`: the University of California's a-g subject requirements for freshman admission,
 *   as UC words them, https://admission.universityofcalifornia.edu/admission-requirements/
 *   freshman-requirements (15 courses: a 2, b 4, c 3, d 2, e 2, f 1, g 1 years, "a letter grade
 *   of C or better"); UC's a-g guide, "History / social science ("a")",
 *   http://www.ucop.edu/agguide/a-g-requirements/a-history-social-science/index.html: a year of world history, cultures and historical geography and a year of U.S.
 *   history, or half a year of U.S. history and half of American government or civics; the a-g
 *   guide's "(d) Laboratory Science" (http://www.ucop.edu/a-gGuide/ag/a-g/science_reqs.html):
 *   a year in each of two of biology, chemistry and physics; and the counselors' Q&A: D and F
 *   must be repeated, and "UC does not count pluses and minuses", so a C- is a C,
 *   http://admission.universityofcalifornia.edu/counselors/q-and-a/calculating-gpa/index.html.
 * - `csu-a-g`: the California State University's a-g subject requirements for first-year
 *   admission. Same 15 years, b, c, e, f and g as UC; where CSU differs, in our words:
 *   a: a year of U.S. history (or a semester of it and a semester of civics or American
 *   government) and a year of any social science, no world history required; d: two years of
 *   laboratory science, one biological and one physical. Sources: CSU, "Proposed Changes to
 *   Admission Requirements" (calstate.edu, quantitative reasoning proposal pages, 2019–2020),
 *   its table "Existing CSU College Preparatory Coursework Requirements for First Year
 *   Admission"; Sonoma State University, "First-Time First-Year Subject Requirements"
 *   (admissions.sonoma.edu, after 2021: "1 year physical science (chemistry, physics, etc.) and
 *   1 year biological science"); Cal State Long Beach catalog, "Subject Requirements". We count
 *   chemistry and physics (SCED 0310x, 0315x) as physical science and biology (0305x) as
 *   biological; a district that also counts earth science can load its own copy. Grades: CSU asks
 *   "C- or better" in so many words (CSU Channel Islands, "Fall Freshmen Requirements",
 *   https://www.csuci.edu/admissions/freshman/fall-freshmen-requirements.htm), hence minGrade
 *   C- in both sets. Not a requirement: the quantitative reasoning course CSU proposed (a 16th
 *   year, first for fall 2026, then 2027): the Trustees' January 2020 resolution only set
 *   conditions to be met before a final vote (CSU, "Frequently Asked Questions", quantitative
 *   reasoning proposal, 2020; Inside Higher Ed, "Cal State Delays Possible New Math
 *   Requirement", 31 January 2020), and we found no public source that it was adopted.
 * - Not in either set: the minimum a-g GPA (UC 3.0, 3.4 for nonresidents; CSU 2.5 for
 *   California residents; a min_gpa node, gpa-requirement.ts, can add one) and CSU's waiver of e for equivalent
 *   competence (a counselor's waive exception does it).
 * - `uc-csu-a-g`, the id of the one a-g set Wayfinder shipped before the split (it followed UC),
 *   still answers as `uc-a-g` (SHIPPED_SET_ALIASES); migration 0038 moved exceptions saved
 *   against it.
 *
 * Course codes are SCED codes (NCES School Courses for the Exchange of Data,
 * https://nces.ed.gov/forum/SCED.asp): a two-digit subject area and a three-digit course number
 * (02052 Algebra I, https://help.michiganvirtual.org/support/solutions/articles/65000186197).
 * The subject areas, as CEDS lists them (option set "SCED Course Subject Area",
 * https://github.com/CEDStandards/CEDS-IDS, src/reference-data): 01 English Language and
 * Literature, 02 Mathematics, 03 Life and Physical Sciences, 04 Social Sciences and History, 05
 * Visual and Performing Arts, 07 Religious Education and Theology, 08 Physical, Health, and
 * Safety Education, 09 Military Science, 10–21 the career areas (10 Information Technology …
 * 21 Engineering and Technology), 22 Miscellaneous, 23 Non-Subject-Specific and 24 World
 * Languages. World languages were 06, Foreign Language and Literature, in older SCED versions
 * and are still reported so; the sets count both (sced-subjects.test.ts). Course numbers the
 * sets name: 01001–01004 English I–IV, 02056 Algebra II, 02061–02063 Integrated Mathematics
 * I–III, 02072 Geometry, 0305x biology, 0310x chemistry, 0315x physics, 0400x geography, 0405x
 * world history, 0410x U.S. history, 0415x U.S. government, 0420x economics, 0805x health; these
 * follow the SCED course lists but were not checked one by one against a public copy. The
 * wording of titles and descriptions is ours.
 */
import { ZRequirementSet, type TRequirementSet } from '../../contracts/requirements.ts';
import rusdDiploma from './rusd-diploma.json' with { type: 'json' };
import texasStyle from './tx-foundation-endorsement.json' with { type: 'json' };
import texas from './tx-fhsp-endorsement.json' with { type: 'json' };
import csu from './csu-a-g.json' with { type: 'json' };
import uc from './uc-a-g.json' with { type: 'json' };
import washington from './wa-24-credit.json' with { type: 'json' };

export const SHIPPED_REQUIREMENT_SETS: readonly TRequirementSet[] = [
  rusdDiploma,
  texasStyle,
  texas,
  washington,
  uc,
  csu,
].map((file) => ZRequirementSet.parse(file));

/** Ids shipped sets had before, and the id each answers as now. */
export const SHIPPED_SET_ALIASES: ReadonlyMap<string, string> = new Map([['uc-csu-a-g', 'uc-a-g']]);

/** The id a shipped set answers as today (an old id gives its successor, any other id itself). */
export const currentSetId = (id: string): string => SHIPPED_SET_ALIASES.get(id) ?? id;

export const shippedRequirementSet = (id: string): TRequirementSet | undefined =>
  SHIPPED_REQUIREMENT_SETS.find((set) => set.id === currentSetId(id));
