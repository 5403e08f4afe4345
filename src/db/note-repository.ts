/** Counselor notes on a student (migration 0025), newest first, with their author's name and role. */
import type { Kysely } from 'kysely';
import type { Role } from '../domain/auth/roles.ts';
import type { DB } from './schema.ts';

export interface NoteRecord {
  districtId: string;
  studentId: string;
  id: string;
  authorId: string;
  authorName: string;
  /** The author's role now (the account's role; notes do not store it). */
  authorRole: Role;
  body: string;
  createdAt: Date;
  updatedAt: Date | null;
}

export class NoteRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private select() {
    return this.db
      .selectFrom('counselor_note as n')
      .innerJoin('app_user as u', 'u.id', 'n.author_id')
      .select((eb) => [
        'n.district_id as districtId',
        'n.student_id as studentId',
        'n.id as id',
        'n.author_id as authorId',
        'u.name as authorName',
        eb.ref('u.role').$castTo<Role>().as('authorRole'),
        'n.body as body',
        'n.created_at as createdAt',
        'n.updated_at as updatedAt',
      ]);
  }

  async list(districtId: string, studentId: string): Promise<NoteRecord[]> {
    return this.select()
      .where('n.district_id', '=', districtId)
      .where('n.student_id', '=', studentId)
      .orderBy('n.created_at', 'desc')
      .orderBy('n.id', 'desc')
      .execute();
  }

  async find(districtId: string, studentId: string, id: string): Promise<NoteRecord | undefined> {
    return this.select()
      .where('n.district_id', '=', districtId)
      .where('n.student_id', '=', studentId)
      .where('n.id', '=', id)
      .executeTakeFirst();
  }

  async insert(note: Omit<NoteRecord, 'authorName' | 'authorRole' | 'updatedAt'>): Promise<void> {
    await this.db
      .insertInto('counselor_note')
      .values({
        district_id: note.districtId,
        student_id: note.studentId,
        id: note.id,
        author_id: note.authorId,
        body: note.body,
        created_at: note.createdAt,
      })
      .execute();
  }

  async update(key: Pick<NoteRecord, 'districtId' | 'studentId' | 'id'>, body: string, at: Date) {
    await this.db
      .updateTable('counselor_note')
      .set({ body, updated_at: at })
      .where('district_id', '=', key.districtId)
      .where('student_id', '=', key.studentId)
      .where('id', '=', key.id)
      .execute();
  }

  async delete(key: Pick<NoteRecord, 'districtId' | 'studentId' | 'id'>) {
    await this.db
      .deleteFrom('counselor_note')
      .where('district_id', '=', key.districtId)
      .where('student_id', '=', key.studentId)
      .where('id', '=', key.id)
      .execute();
  }
}
