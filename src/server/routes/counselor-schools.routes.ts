/** The further schools a counselor serves: set by their district's admin (thin; the service authorizes). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCounselorSchools, ZCounselorSchoolsSet, ZEmail } from '../../contracts/accounts.ts';
import { ZApiError } from '../../contracts/errors.ts';
import { setCounselorSchools } from '../../services/accounts/counselor-schools.ts';
import type { Accounts } from '../../services/accounts/index.ts';
import { origin, session } from './auth.routes.ts';

const errors = { 400: ZApiError, 401: ZApiError, 403: ZApiError, 404: ZApiError, 409: ZApiError };

export const counselorSchoolRoutes: FastifyPluginAsyncZod<{ accounts: Accounts }> = async (
  app,
  { accounts },
) => {
  app.put(
    '/users/:email/schools',
    {
      config: { action: 'user.counselor_schools' },
      schema: {
        tags: ['admin'],
        summary:
          'Set the further schools a counselor serves besides their own (schools of their district only); students of a school dropped leave their caseload; audited',
        params: z.object({ email: ZEmail }),
        body: ZCounselorSchoolsSet,
        response: { 200: ZCounselorSchools, ...errors },
      },
    },
    async (request) => {
      const result = await setCounselorSchools(
        accounts.deps,
        { actor: session(request).actor, origin: origin(request) },
        { counselor: request.params.email, schools: request.body.schools },
      );
      accounts.sessions.forget();
      return result;
    },
  );
};
