/** Employers are recommended partners: they advise on the program and host work-based learning. */
import { finding, type Rule } from '../finding.ts';

export const partnersEmployer: Rule = {
  id: 'pos.partners-employer',
  severity: 'warning',
  check(ctx) {
    if (ctx.program.partners.some((p) => p.role === 'employer')) return [];
    return [
      finding(
        partnersEmployer,
        { path: 'program.partners' },
        'The program has no employer partner; an employer that advises on it and offers work-based learning is recommended.',
        'El programa no tiene ningún empleador como socio; se recomienda un empleador que lo asesore y ofrezca aprendizaje basado en el trabajo.',
      ),
    ];
  },
};
