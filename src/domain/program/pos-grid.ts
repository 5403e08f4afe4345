/**
 * The program-of-study diagram as data: one row per level (grade 9 … postsecondary year N), one
 * column per subject area the program uses, courses in their cells, credentials (and choices of
 * credentials) and work-based learning beside each row. The web page, the printout and the PDF all draw this same grid.
 */
import type {
  TCourseView,
  TCredentialView,
  TProgramDetail,
  TStepView,
} from '../../contracts/program-api.ts';
import type { TStepLevel, TStepTerm, TSubject } from '../../contracts/program.ts';
import { SUBJECTS, STEP_LEVELS } from '../../contracts/program.ts';

/**
 * A course in the grid: its view and, when its step names a term (fall, winter, spring, summer),
 * that term, since one row holds every step of its level (a college year's fall and spring).
 */
export type PosGridCourse = TCourseView & { term?: TStepTerm };

/** A credential in the grid, with the term of its step as for a course. */
export type PosGridCredential = TCredentialView & { term?: TStepTerm };

export interface PosGridRow {
  level: TStepLevel;
  /** The step labels of this level ("grade 10 (fall)", …), joined. */
  label: string;
  cells: Record<string, PosGridCourse[]>;
  /** The choices of courses of this level ("choose 1 of"), by the column they stand in. */
  choices: Record<string, PosGridChoice[]>;
  credentials: PosGridCredential[];
  /** The choices of credentials of this level ("earn 1 of"). */
  credentialChoices: PosGridCredentialChoice[];
  workBasedLearning: TStepView['workBasedLearning'];
  /** The jobs open to students who leave at this level with its credentials (exit points). */
  exitOccupations: NonNullable<TStepView['exitOccupations']>;
}

export interface PosGridChoice {
  choose: number;
  note?: string;
  /** The term of the choice's step, as for a course. */
  term?: TStepTerm;
  courses: TCourseView[];
}

export interface PosGridCredentialChoice {
  choose: number;
  note?: string;
  term?: TStepTerm;
  credentials: TCredentialView[];
}

export interface PosGrid {
  columns: TSubject[];
  rows: PosGridRow[];
}

/** Academic subjects first in the usual order, CTE last: the sequence reads left to right. */
const COLUMN_ORDER: TSubject[] = [...SUBJECTS.filter((s) => s !== 'cte'), 'cte'];

export function buildPosGrid(
  program: Pick<TProgramDetail, 'steps'>,
  levelLabel: (level: TStepLevel) => string,
): PosGrid {
  const used = new Set<TSubject>();
  const byLevel = new Map<TStepLevel, PosGridRow>();
  for (const step of program.steps) {
    let row = byLevel.get(step.level);
    if (!row) {
      row = {
        level: step.level,
        label: levelLabel(step.level),
        cells: {},
        choices: {},
        credentials: [],
        credentialChoices: [],
        workBasedLearning: [],
        exitOccupations: [],
      };
      byLevel.set(step.level, row);
    }
    // "year" (or none) spans the level's terms: nothing to say beside the course.
    const term = step.term && step.term !== 'year' ? step.term : undefined;
    for (const course of step.courses) {
      // CTE courses stand in the CTE column whatever their subject, so the career sequence shows.
      const column: TSubject = course.kind === 'cte' ? 'cte' : course.subject;
      used.add(column);
      (row.cells[column] ??= []).push(term ? { ...course, term } : course);
    }
    for (const choice of step.choices ?? []) {
      if (choice.courses.length === 0) continue;
      const column = choiceColumn(choice.courses);
      used.add(column);
      (row.choices[column] ??= []).push({
        choose: choice.choose,
        ...(choice.note ? { note: choice.note } : {}),
        ...(term ? { term } : {}),
        courses: choice.courses,
      });
    }
    row.credentials.push(...step.credentials.map((c) => (term ? { ...c, term } : c)));
    for (const choice of step.credentialChoices ?? []) {
      if (choice.credentials.length === 0) continue;
      row.credentialChoices.push({
        choose: choice.choose,
        ...(choice.note ? { note: choice.note } : {}),
        ...(term ? { term } : {}),
        credentials: choice.credentials,
      });
    }
    row.workBasedLearning.push(...step.workBasedLearning);
    for (const job of step.exitOccupations ?? [])
      if (!row.exitOccupations.some((o) => o.code === job.code)) row.exitOccupations.push(job);
  }
  return {
    columns: COLUMN_ORDER.filter((s) => used.has(s)),
    rows: STEP_LEVELS.flatMap((level) => byLevel.get(level) ?? []),
  };
}

/**
 * The column a choice stands in: CTE when every course to choose from is CTE, else the subject
 * its academic courses share, else "other" (a choice across subjects, such as an elective).
 */
function choiceColumn(courses: readonly TCourseView[]): TSubject {
  if (courses.every((c) => c.kind === 'cte')) return 'cte';
  const subjects = new Set(courses.filter((c) => c.kind !== 'cte').map((c) => c.subject));
  return subjects.size === 1 ? [...subjects][0]! : 'other';
}
