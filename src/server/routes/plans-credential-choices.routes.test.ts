/**
 * A plan started from a program whose steps offer a choice of credentials ("earn 1 of"): the plan
 * keeps each choice, high school and college year, with its first option picked; the student picks
 * another, a pick outside the choice is refused at its field, and a plan stored before plans kept
 * these choices reads its plain option as the pick; through the API on each engine.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { sessionHeaders } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import type { TPlan, TPlanOptions } from '../../contracts/plans.ts';
import type { Runtime } from '../../runtime.ts';
import { importPrograms } from '../../services/programs/import-programs.ts';
import { SYSTEM } from '../../services/programs/program-access.ts';
import { addUser, recordsWorld } from '../../services/records/test-world.ts';
import {
  CLOUD,
  CREDENTIAL_CHOICES_PROGRAM_ID,
  PCAP,
  programWithCredentialChoicesFile,
} from '../../../test/program-with-credential-choices.ts';

const PROGRAM = CREDENTIAL_CHOICES_PROGRAM_ID;
const file = programWithCredentialChoicesFile;

describe.each(testEngines())(
  'plans from a program with a choice of credentials, on $name',
  (engine) => {
    let runtime: Runtime;
    let app: FastifyInstance;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      runtime = await engine.open();
      await runtime.seed();
      await runtime.seedDemoRegion();
      await recordsWorld(runtime);
      await importPrograms(runtime.programs, SYSTEM, [{ source: 'test', file }], { approve: true });
      ids.ana = await addUser(runtime, 'ana', 'plan-credential-choices.test', 'student', 'rhs');
      app = await buildTestApp(runtime);
    }, 300_000);
    afterAll(async () => {
      await app?.close();
      await runtime?.close();
    });

    const call = async (method: 'GET' | 'POST' | 'PUT', suffix = '', body?: unknown) =>
      app.inject({
        method,
        url: `/api/v1/students/${ids.ana}/plan${suffix}`,
        headers: await sessionHeaders(runtime, ids.ana!),
        ...(body === undefined ? {} : { payload: body as object }),
      });

    const coursesOf = (plan: TPlan) =>
      plan.courses.map(({ courseId, level, dualCredit, choice }) => ({
        courseId,
        level,
        dualCredit,
        ...(choice === undefined ? {} : { choice }),
      }));

    it('keeps each choice with its first option picked, and the student picks another', async () => {
      const started = await call('POST', '?lang=es', { programId: PROGRAM });
      expect(started.statusCode, started.body).toBe(201);
      const plan = started.json<TPlan>();
      expect(plan.credentials.map((c) => [c.credentialId, c.level])).toEqual([
        ['comptia-tech-plus', 'grade-9'],
      ]);
      expect(plan.credentialChoices.map((c) => [c.level, c.choose, c.picked])).toEqual([
        ['grade-10', 1, [PCAP]],
        ['postsecondary-1', 1, [CLOUD[0]]],
      ]);
      expect(plan.credentialChoices[0]).toMatchObject({ note: 'Python', noteLang: 'es' });
      expect(plan.credentialChoices[0]!.options[0]).toMatchObject({
        credentialId: PCAP,
        title: 'PCAP – Programador asociado de Python certificado',
        titleLang: 'es',
        type: 'industry_certification',
      });
      // The credit PCAP would bring, dated by its agreement; PCEP's agreement has ended.
      expect(plan.credentialChoices[0]!.options[0]!.earlyCredit).toEqual([
        {
          id: 'agr-pcap-test-cs-161',
          type: 'credential_credit',
          credits: 4,
          institution: expect.stringMatching(/Riverside/),
          course: { id: 'rvcc-cs-161', code: 'CS 161', title: expect.any(String) },
          effectiveFrom: '2025-07-01',
          effectiveTo: '2099-06-30',
        },
      ]);
      expect(plan.credentialChoices[0]!.options[1]!.earlyCredit).toBeUndefined();

      const picked = await call('PUT', '', {
        baseVersion: plan.version,
        courses: coursesOf(plan),
        credentialPicks: [['pcep'], [CLOUD[1]]],
        goals: plan.goals,
      });
      expect(picked.statusCode, picked.body).toBe(200);
      const after = picked.json<TPlan>();
      expect(after.credentialChoices.map((c) => c.picked)).toEqual([['pcep'], [CLOUD[1]]]);
      expect(after.credentials.map((c) => c.credentialId)).toEqual(['comptia-tech-plus']);

      // An edit that does not speak of picks keeps them.
      const kept = await call('PUT', '', {
        baseVersion: after.version,
        courses: coursesOf(after),
        goals: after.goals,
      });
      expect(kept.statusCode, kept.body).toBe(200);
      expect(kept.json<TPlan>().credentialChoices.map((c) => c.picked)).toEqual([
        ['pcep'],
        [CLOUD[1]],
      ]);

      // Every option stays on offer.
      const options = await call('GET', '/options');
      expect(options.statusCode, options.body).toBe(200);
      const offered = options.json<TPlanOptions>().credentials.map((c) => c.id);
      expect(offered).toEqual(expect.arrayContaining([PCAP, 'pcep', 'comptia-tech-plus']));
    });

    it('refuses a pick outside its choice, one too many, or listed twice, at the field', async () => {
      const plan = (await call('GET')).json<TPlan>();
      const edit = (over: object) =>
        call('PUT', '', {
          baseVersion: plan.version,
          courses: coursesOf(plan),
          goals: plan.goals,
          ...over,
        });
      const outside = await edit({ credentialPicks: [[CLOUD[0]], []] });
      expect(outside.statusCode, outside.body).toBe(400);
      expect(outside.json().error.field).toBe('credentialPicks.0.0');
      const tooMany = await edit({ credentialPicks: [['pcep', PCAP], []] });
      expect(tooMany.json().error.field).toBe('credentialPicks.0.1');
      // The same refusal in Spanish, at the same field.
      const spanish = await call('PUT', '?lang=es', {
        baseVersion: plan.version,
        courses: coursesOf(plan),
        goals: plan.goals,
        credentialPicks: [[CLOUD[0]], []],
      });
      expect(spanish.statusCode, spanish.body).toBe(400);
      expect(spanish.json().error.field).toBe('credentialPicks.0.0');
      expect(spanish.json().error.message).toContain(`${CLOUD[0]} no es una opción de la elección`);
      const twice = await edit({
        credentialPicks: [['pcep'], []],
        credentials: [{ credentialId: 'pcep', level: 'grade-11' }],
      });
      expect(twice.statusCode, twice.body).toBe(400);
      expect(twice.json().error.field).toBe('credentials.0');
      expect((await call('GET')).json<TPlan>().version).toBe(plan.version);
    });

    it('reads a plan stored before plans kept these choices with its plain option as the pick', async () => {
      const student = await runtime.records.roster.find(ids.ana!);
      const approved = (await runtime.records.programs.findVersions(PROGRAM)).findLast(
        (v) => v.status === 'approved',
      )!;
      const head = (await call('GET')).json<TPlan>();
      // As an earlier plan stored it: the student had swapped PCAP for PCEP as a plain credential.
      await runtime.records.plans.saveVersion(
        student!.districtId,
        ids.ana!,
        head.currentVersion + 1,
        {
          programId: PROGRAM,
          programVersion: approved.version,
          courses: [],
          credentials: [
            { credentialId: 'comptia-tech-plus', level: 'grade-9' },
            { credentialId: 'pcep', level: 'grade-10' },
          ],
          goals: { career: null, postsecondary: null, benchmarks: [] },
        },
        null,
      );
      const plan = (await call('GET')).json<TPlan>();
      expect(plan.credentials.map((c) => c.credentialId)).toEqual(['comptia-tech-plus']);
      expect(plan.credentialChoices.map((c) => c.picked)).toEqual([['pcep'], [CLOUD[0]]]);
      const edited = await call('PUT', '', {
        baseVersion: plan.version,
        courses: [],
        credentialPicks: [[PCAP], [CLOUD[0]]],
        goals: plan.goals,
      });
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json<TPlan>().credentialChoices.map((c) => c.picked)).toEqual([
        [PCAP],
        [CLOUD[0]],
      ]);
    });
  },
);
