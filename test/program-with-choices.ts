/**
 * A program of study whose steps offer choices, for plan tests through the API and the browser:
 * the demo Software Development program with grade 11's two CTE courses as "choose 1 of 2" and
 * grade 12's government and economics as "choose 1 of 2" (social studies).
 */
import type { TProgramBody, TProgramFile } from '../src/contracts/program.ts';
import { softwareDevelopment } from '../src/data/demo/programs/software-development.ts';

export const CHOICES_PROGRAM_ID = 'riverside-software-choices';

const without = (ids: string[], out: string[]) => ids.filter((id) => !out.includes(id));

export const programWithChoices: TProgramBody = {
  ...softwareDevelopment,
  title: { en: 'Software Development by choice', es: 'Desarrollo de software a elegir' },
  steps: softwareDevelopment.steps.map((step) =>
    step.level === 'grade-11'
      ? {
          ...step,
          courses: without(step.courses, ['rhs-web-dev', 'rhs-ap-csa']),
          choices: [{ choose: 1, courses: ['rhs-web-dev', 'rhs-ap-csa'] }],
        }
      : step.level === 'grade-12'
        ? {
            ...step,
            courses: without(step.courses, ['rusd-government', 'rusd-economics']),
            choices: [
              {
                choose: 1,
                courses: ['rusd-government', 'rusd-economics'],
                note: { en: 'Social studies', es: 'Estudios sociales' },
              },
            ],
          }
        : step,
  ),
};

/** The program as a file to import (its courses are in the demo catalog). */
export const programWithChoicesFile: TProgramFile = {
  id: CHOICES_PROGRAM_ID,
  program: programWithChoices,
  catalog: { institutions: [], courses: [], creditAgreements: [], credentials: [] },
};
