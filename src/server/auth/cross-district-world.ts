/**
 * The records the cross-district property test reaches for, and who may see them. Every student
 * of the test world (two districts, two schools each) gets a transcript, a plan, a counselor note
 * and an exception, each carrying a marker unique to that student and record type; the oracle
 * `mayReach` says, independently of the policy table, whose records a role may ever see.
 */
import type { World } from '../../../test/auth.ts';
import type { TProgramFile } from '../../contracts/program.ts';
import type { Role } from '../../domain/auth/roles.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { importTranscripts } from '../../services/records/import-transcripts.ts';
import { csv, TRANSCRIPT_HEADER } from '../../services/records/test-world.ts';

export const DISTRICTS = ['da', 'db'] as const;

/** The students of each district: two at its first school, one at its second. */
export const WHO = ['student', 'otherStudent', 'otherSchoolStudent'] as const;
export type Who = (typeof WHO)[number];

/** The record types that carry a marker: transcript, plan, note, exception. */
export const KINDS = ['T', 'P', 'N', 'E'] as const;
export type Kind = (typeof KINDS)[number];

export const marker = (district: string, who: Who, kind: Kind) => `zq${kind}${district}${who}zq`;

/**
 * Whether a role of district `mine` may ever see records of `who` in district `target`: a
 * district admin their district, a school admin or teacher their own school, a counselor their
 * caseload, a guardian their child, a student themself (the world's `student` in each case).
 * State admins are left out of the property; college and employer staff see no student.
 */
export function mayReach(role: Role, mine: 0 | 1, target: 0 | 1, who: Who): boolean {
  if (mine !== target) return false;
  switch (role) {
    case 'district_admin':
      return true;
    case 'school_admin':
    case 'teacher':
      return who !== 'otherSchoolStudent';
    case 'counselor':
    case 'guardian':
    case 'student':
      return who === 'student';
    default:
      return false;
  }
}

/** Writes each student's marked transcript row, plan version, counselor note and exception. */
export async function seedMarkedRecords(runtime: Runtime, world: World): Promise<void> {
  const now = runtime.records.clock();
  for (const d of world.districts) {
    const db = runtime.database.db;
    const rows: string[] = [];
    for (const [i, who] of WHO.entries()) {
      const id = d.users[who];
      const localId = `${d.id}-L${i}`;
      await db
        .updateTable('student')
        .set({ local_id: localId })
        .where('user_id', '=', id)
        .execute();
      const school = who === 'otherSchoolStudent' ? d.otherSchoolId : d.schoolId;
      rows.push(
        `${localId},${school},2025-26,year,02052,Algebra I ${marker(d.id, who, 'T')},02052,1,1,B,pass`,
      );
      await runtime.records.plans.saveVersion(
        d.id,
        id,
        1,
        {
          programId: 'some-program',
          programVersion: 1,
          courses: [],
          goals: {
            career: { title: `Nurse ${marker(d.id, who, 'P')}` },
            postsecondary: null,
            benchmarks: [],
          },
        },
        null,
      );
      await runtime.records.notes.insert({
        districtId: d.id,
        studentId: id,
        id: runtime.records.newId(),
        authorId: d.users.counselor,
        body: `Called home ${marker(d.id, who, 'N')}`,
        createdAt: now,
      });
      await runtime.records.requirements.insertException({
        id: runtime.records.newId(),
        districtId: d.id,
        studentId: id,
        setId: 'rusd-diploma',
        kind: 'waive',
        nodeId: 'fine-arts',
        attemptKey: null,
        reason: `Transfer credit ${marker(d.id, who, 'E')}`,
        createdBy: null,
        createdAt: now,
      });
    }
    await importTranscripts(
      runtime.records,
      CLI,
      { name: `${d.id}.csv`, text: csv(TRANSCRIPT_HEADER, rows) },
      { districtId: d.id },
    );
  }
}

/** A district's draft program with one course of its high school. */
export function programOf(district: string, title = `Course ${district}`): TProgramFile {
  return {
    id: `prog-${district}`,
    program: {
      title: { en: `Program ${district}` },
      frameworkId: 'nccf-16',
      pathwayCode: '11-03',
      ownerId: district,
      partners: [],
      steps: [
        {
          level: 'grade-9',
          courses: [`${district}-course`],
          credentials: [],
          workBasedLearning: [],
        },
      ],
      occupations: [],
    },
    catalog: {
      institutions: [],
      courses: [
        {
          id: `${district}-course`,
          institutionId: `${district}-high`,
          level: 'secondary',
          title: { en: title },
          kind: 'cte',
          subject: 'cte',
          pathwayCodes: ['11-03'],
          prerequisites: [],
          corequisites: [],
          stateCode: `${district.toUpperCase()}1`,
          carnegieUnits: 1,
          gradeMin: 9,
          gradeMax: 12,
        },
      ],
      creditAgreements: [],
      credentials: [],
    },
  };
}

/** Every `districtId` named anywhere in a response body. */
export function districtIds(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => districtIds(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'districtId' && typeof v === 'string') found.add(v);
      else districtIds(v, found);
    }
  }
  return found;
}
