/** User accounts: identity, role, password hash, second factor and lockout state. */
import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../domain/auth/roles.ts';
import type { AppUserTable } from './accounts-schema.ts';
import type { DB } from './schema.ts';

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  role: Role;
  orgId: string;
  districtId: string | null;
  passwordHash: string | null;
  totpSecret: string | null;
  totpEnabled: boolean;
  totpLastCounter: number | null;
  failedCount: number;
  lockedUntil: Date | null;
  disabledAt: Date | null;
  createdAt: Date;
  /** The OpenID Connect identity linked to this account (issuer + subject), if any. */
  oidcIssuer: string | null;
  oidcSubject: string | null;
}

export interface NewUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  orgId: string;
  districtId: string | null;
  passwordHash?: string | null;
  totpSecret?: string | null;
  totpEnabled?: boolean;
}

export class UserRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(user: NewUser): Promise<void> {
    await this.db
      .insertInto('app_user')
      .values({
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        org_id: user.orgId,
        district_id: user.districtId,
        password_hash: user.passwordHash ?? null,
        totp_secret: user.totpSecret ?? null,
        totp_enabled: user.totpEnabled ?? false,
      })
      .execute();
  }

  async findById(id: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('app_user')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toUser(row) : undefined;
  }

  async findByEmail(email: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('app_user')
      .selectAll()
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst();
    return row ? toUser(row) : undefined;
  }

  async findByExternalId(issuer: string, subject: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('app_user')
      .selectAll()
      .where('oidc_issuer', '=', issuer)
      .where('oidc_subject', '=', subject)
      .executeTakeFirst();
    return row ? toUser(row) : undefined;
  }

  /** Links an OpenID Connect identity to the account, only if it has none yet. */
  async linkExternalId(id: string, issuer: string, subject: string): Promise<boolean> {
    const result = await this.db
      .updateTable('app_user')
      .set({ oidc_issuer: issuer, oidc_subject: subject })
      .where('id', '=', id)
      .where('oidc_subject', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Sets (or with nulls, removes) the OpenID Connect identity linked to the account. */
  async setExternalId(id: string, issuer: string | null, subject: string | null): Promise<void> {
    await this.db
      .updateTable('app_user')
      .set({ oidc_issuer: issuer, oidc_subject: subject })
      .where('id', '=', id)
      .execute();
  }

  async list(filter: { districtId?: string; role?: Role } = {}): Promise<UserRecord[]> {
    let query = this.db.selectFrom('app_user').selectAll();
    if (filter.districtId !== undefined) query = query.where('district_id', '=', filter.districtId);
    if (filter.role !== undefined) query = query.where('role', '=', filter.role);
    return (await query.orderBy('email').execute()).map(toUser);
  }

  async count(role?: Role): Promise<number> {
    let query = this.db.selectFrom('app_user').select((eb) => eb.fn.countAll<string>().as('n'));
    if (role) query = query.where('role', '=', role);
    return Number((await query.executeTakeFirstOrThrow()).n);
  }

  async setLockState(id: string, failedCount: number, lockedUntil: Date | null): Promise<void> {
    await this.db
      .updateTable('app_user')
      .set({ failed_count: failedCount, locked_until: lockedUntil })
      .where('id', '=', id)
      .execute();
  }

  async setPassword(id: string, passwordHash: string): Promise<void> {
    await this.db
      .updateTable('app_user')
      .set({ password_hash: passwordHash, failed_count: 0, locked_until: null })
      .where('id', '=', id)
      .execute();
  }

  async setTotp(id: string, secret: string | null, enabled: boolean): Promise<void> {
    await this.db
      .updateTable('app_user')
      .set({ totp_secret: secret, totp_enabled: enabled, totp_last_counter: null })
      .where('id', '=', id)
      .execute();
  }

  /** Records the last TOTP step used, only if it is newer (so a code is never accepted twice). */
  async useTotpCounter(id: string, counter: number): Promise<boolean> {
    const result = await this.db
      .updateTable('app_user')
      .set({ totp_last_counter: counter })
      .where('id', '=', id)
      .where((eb) =>
        eb.or([eb('totp_last_counter', 'is', null), eb('totp_last_counter', '<', String(counter))]),
      )
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async setDisabled(id: string, at: Date | null): Promise<void> {
    await this.db.updateTable('app_user').set({ disabled_at: at }).where('id', '=', id).execute();
  }
}

function toUser(row: Selectable<AppUserTable>): UserRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    orgId: row.org_id,
    districtId: row.district_id,
    passwordHash: row.password_hash,
    totpSecret: row.totp_secret,
    totpEnabled: row.totp_enabled,
    totpLastCounter: row.totp_last_counter === null ? null : Number(row.totp_last_counter),
    failedCount: row.failed_count,
    lockedUntil: row.locked_until,
    disabledAt: row.disabled_at,
    createdAt: row.created_at,
    oidcIssuer: row.oidc_issuer,
    oidcSubject: row.oidc_subject,
  };
}
