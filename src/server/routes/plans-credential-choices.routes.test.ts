/**
 * A plan started from a program whose step offers a choice of credentials ("earn 1 of"): the plan
 * takes the first option in the choice's grade, the plan's options offer every option of the choice
 * (also one no program lists outright), and the student swaps one for another; through the API on
 * each engine.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { sessionHeaders } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import type { TPlan, TPlanOptions } from '../../contracts/plans.ts';
import type { TProgramFile } from '../../contracts/program.ts';
import { softwareDevelopment } from '../../data/demo/programs/software-development.ts';
import type { Runtime } from '../../runtime.ts';
import { importPrograms } from '../../services/programs/import-programs.ts';
import { SYSTEM } from '../../services/programs/program-access.ts';
import { addUser, recordsWorld } from '../../services/records/test-world.ts';

const PROGRAM = 'riverside-software-credential-choice';
/** A credential only this program's choice names: no approved program lists it outright. */
const PCAP = 'pcap-test';

/** Demo Software Development whose grade 10 earns one of PCAP or PCEP instead of PCEP. */
const file: TProgramFile = {
  id: PROGRAM,
  program: {
    ...softwareDevelopment,
    title: { en: 'Software Development, Python credential of choice' },
    steps: softwareDevelopment.steps.map((step) =>
      step.level === 'grade-10'
        ? {
            ...step,
            credentials: [],
            credentialChoices: [
              {
                choose: 1,
                credentials: [PCAP, 'pcep'],
                note: { en: 'Python', es: 'Python' },
              },
            ],
          }
        : step,
    ),
  },
  catalog: {
    institutions: [],
    courses: [],
    creditAgreements: [],
    credentials: [
      {
        id: PCAP,
        title: {
          en: 'PCAP – Certified Associate Python Programmer',
          es: 'PCAP – Programador asociado de Python certificado',
        },
        type: 'industry_certification',
        issuer: 'OpenEDG Python Institute',
        stacksInto: [],
      },
    ],
  },
};

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

    it('takes the first option of the choice, swaps it, and still offers every option', async () => {
      const started = await call('POST', '?lang=es', { programId: PROGRAM });
      expect(started.statusCode, started.body).toBe(201);
      const plan = started.json<TPlan>();
      expect(plan.credentials.map((c) => [c.credentialId, c.level])).toEqual([
        ['comptia-tech-plus', 'grade-9'],
        [PCAP, 'grade-10'],
      ]);
      expect(plan.credentials[1]).toMatchObject({
        title: 'PCAP – Programador asociado de Python certificado',
        type: 'industry_certification',
      });

      const swapped = await call('PUT', '', {
        baseVersion: plan.version,
        courses: plan.courses.map(({ courseId, level, dualCredit, choice }) => ({
          courseId,
          level,
          dualCredit,
          ...(choice === undefined ? {} : { choice }),
        })),
        credentials: [
          { credentialId: 'comptia-tech-plus', level: 'grade-9' },
          { credentialId: 'pcep', level: 'grade-10' },
        ],
        goals: plan.goals,
      });
      expect(swapped.statusCode, swapped.body).toBe(200);
      expect(swapped.json<TPlan>().credentials.map((c) => c.credentialId)).toEqual([
        'comptia-tech-plus',
        'pcep',
      ]);
      // The plan holds PCEP now, yet PCAP stays on offer: an option of its program's choice.
      const options = await call('GET', '/options');
      expect(options.statusCode, options.body).toBe(200);
      const offered = options.json<TPlanOptions>().credentials.map((c) => c.id);
      expect(offered).toEqual(expect.arrayContaining([PCAP, 'pcep', 'comptia-tech-plus']));
    });
  },
);
