/**
 * `POST /api/v1/districts/{id}/credentials/import` and what it brings to
 * `GET /api/v1/students/{id}/progress`: a district admin imports credentials earned, a refused
 * row is a 400 naming file:line:column in the reader's language, other roles and districts are
 * refused, and the progress answer counts the credential's college credit. Both engines.
 */
import { describe, expect, it } from 'vitest';
import { sessionHeaders } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import { postBody, useRouteApp } from '../../../test/route-app.ts';
import { collegeCourse, credential, credentialCredit } from '../../domain/program/test-builders.ts';
import { csv, ROSTER_HEADER } from '../../services/records/test-world.ts';

const URL = '/api/v1/districts/da/credentials/import';
const HEADER = 'student_id,Credential,Date Earned';

describe.each(testEngines())('credentials import route on $name', (engine) => {
  const s = useRouteApp(engine, async ({ runtime, admin }) => {
    const catalog = runtime.records.catalog;
    await catalog.upsertInstitution({ id: 'college', kind: 'college', name: 'Valley CC' });
    await catalog.upsertCourse(collegeCourse('cis-110', 'CIS 110', 'Hardware', 'cte'), 'college');
    await catalog.upsertCredential(
      credential('comptia-a', 'CompTIA A+', 'industry_certification'),
      null,
    );
    await catalog.upsertCreditAgreement(
      credentialCredit('a-plus-cis-110', 'comptia-a', 'cis-110', {
        credits: 4,
        effectiveFrom: '2024-07-01',
      }),
      'college',
    );
    const roster = csv(ROSTER_HEADER, ['L1,da-high,Ana,Lopez,ana@da.test,11,2027']);
    const res = await post('/api/v1/districts/da/students/import', roster, admin);
    expect(res.statusCode, res.body).toBe(200);
  });

  const post = (url: string, body: string, headers: Record<string, string>) =>
    postBody(s.app, url, body, headers);

  it('refuses an unknown credential with 400 naming file:line:column, in English or Spanish', async () => {
    const bad = csv(HEADER, ['L1,CompTIA A+,2025-05-04', 'L1,CompTIA Network+,2025-05-04']);
    const english = await post(URL, bad, s.admin);
    expect(english.statusCode).toBe(400);
    expect(english.json().error).toMatchObject({
      code: 'invalid',
      field: 'credentials.csv:3:2',
      message: expect.stringContaining(
        'credentials.csv:3:2: credential: no credential "CompTIA Network+" in the catalog',
      ),
    });
    const spanish = await post(`${URL}?lang=es`, bad, s.admin);
    expect(spanish.json().error.message).toContain(
      'no hay ninguna credencial "CompTIA Network+" en el catálogo',
    );
  });

  it('refuses another district, and roles that may not import', async () => {
    const body = csv(HEADER, ['L1,CompTIA A+,2025-05-04']);
    expect((await post('/api/v1/districts/db/credentials/import', body, s.admin)).statusCode).toBe(
      403,
    );
    const counselor = await sessionHeaders(s.runtime, s.world.districts[0].users.counselor);
    expect((await post(URL, body, counselor)).statusCode).toBe(403);
    expect((await post(URL, body, {})).statusCode).toBe(401);
  });

  it('imports credentials earned, and progress counts their college credit', async () => {
    const body = csv(HEADER, ['L1,CompTIA A+,5/4/2025']);
    const res = await post(URL, body, s.admin);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'credentials', inserted: 1 });
    const student = (await s.runtime.records.roster.byLocalIds('da', ['L1'])).get('L1')!;
    const progress = await s.app.inject({
      method: 'GET',
      url: `/api/v1/students/${student.userId}/progress?set=uc-a-g`,
      headers: s.admin,
    });
    expect(progress.statusCode, progress.body).toBe(200);
    expect(progress.json().credentialCredit).toMatchObject({
      credentials: [{ credential: { id: 'comptia-a' }, earnedOn: '2025-05-04' }],
      credits: 4,
      counted: [{ agreementId: 'a-plus-cis-110', course: { code: 'CIS 110' } }],
      notCounted: [],
    });
  });
});
