/** Table types of student records (migrations 0016–0019). Only code under src/db sees these. */
import type { Generated } from 'kysely';

export interface CourseAttemptTable {
  district_id: string;
  student_id: string;
  school_id: string;
  school_year: number;
  term: string;
  course_code: string;
  course_title: string;
  sced_code: string | null;
  credits_attempted: number;
  credits_earned: number;
  letter_grade: string | null;
  result: string;
  updated_at: Generated<Date>;
}

export interface RecordTables {
  course_attempt: CourseAttemptTable;
}
