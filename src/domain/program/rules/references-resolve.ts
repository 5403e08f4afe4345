/**
 * Every id the program or its catalog refers to names an entry of the right kind: steps list
 * catalog courses and credentials, partners and courses name catalog institutions, credit
 * agreements link a high school course to a college course.
 */
import type { RuleContext } from '../context.ts';
import { finding, type Finding, type FindingTarget, type Rule } from '../finding.ts';
import { courseLabel, stepLabel } from '../labels.ts';

export const referencesResolve: Rule = {
  id: 'pos.references-resolve',
  severity: 'error',
  check(ctx) {
    const findings: Finding[] = [];
    const push: Push = (path, en, es, extra = {}) =>
      findings.push(finding(referencesResolve, { path, ...extra }, en, es));
    checkProgram(ctx, push);
    checkCatalog(ctx, push);
    return findings;
  },
};

type Push = (path: string, en: string, es: string, extra?: Omit<FindingTarget, 'path'>) => void;

function checkProgram(ctx: RuleContext, push: Push): void {
  const { program, institutions, credentials } = ctx;
  if (!institutions.has(program.ownerId)) {
    push(
      'program.ownerId',
      `The program's owner "${program.ownerId}" is not in the catalog's institutions; add it or correct the id.`,
      `La institución propietaria del programa "${program.ownerId}" no está en las instituciones del catálogo; agréguela o corrija el identificador.`,
    );
  }
  program.partners.forEach((partner, i) => {
    if (institutions.has(partner.institutionId)) return;
    push(
      `program.partners[${i}].institutionId`,
      `The partner "${partner.institutionId}" is not in the catalog's institutions; add it or correct the id.`,
      `El socio "${partner.institutionId}" no está en las instituciones del catálogo; agréguelo o corrija el identificador.`,
    );
  });
  for (const placement of ctx.coursePlacements) {
    if (placement.course) continue;
    const step = stepLabel(placement.step);
    push(
      placement.path,
      `The ${step.en} step lists the course "${placement.courseId}", which is not in the catalog; add it to the catalog's courses or correct the id.`,
      `El paso de ${step.es} incluye el curso "${placement.courseId}", que no está en el catálogo; agréguelo a los cursos del catálogo o corrija el identificador.`,
      { stepLevel: placement.step.level, courseId: placement.courseId },
    );
  }
  for (const placement of ctx.credentialPlacements) {
    if (placement.credential) continue;
    const step = stepLabel(placement.step);
    push(
      placement.path,
      `The ${step.en} step lists the credential "${placement.credentialId}", which is not in the catalog; add it to the catalog's credentials or correct the id.`,
      `El paso de ${step.es} incluye la credencial "${placement.credentialId}", que no está en el catálogo; agréguela a las credenciales del catálogo o corrija el identificador.`,
      { stepLevel: placement.step.level },
    );
  }
  program.steps.forEach((step, s) => {
    step.workBasedLearning.forEach((wbl, w) => {
      if (wbl.employerId === undefined || institutions.has(wbl.employerId)) return;
      push(
        `program.steps[${s}].workBasedLearning[${w}].employerId`,
        `The work-based learning “${wbl.title.en}” names the employer "${wbl.employerId}", which is not in the catalog's institutions.`,
        `El aprendizaje basado en el trabajo «${wbl.title.es ?? wbl.title.en}» nombra al empleador "${wbl.employerId}", que no está en las instituciones del catálogo.`,
      );
    });
  });
  program.occupations.forEach((occupation, i) => {
    if (occupation.credentialId === undefined || credentials.has(occupation.credentialId)) return;
    push(
      `program.occupations[${i}].credentialId`,
      `The occupation “${occupation.title}” names the credential "${occupation.credentialId}", which is not in the catalog's credentials.`,
      `La ocupación «${occupation.title}» nombra la credencial "${occupation.credentialId}", que no está en las credenciales del catálogo.`,
    );
  });
}

function checkCatalog(ctx: RuleContext, push: Push): void {
  const { catalog, institutions, courses, credentials } = ctx;
  const institution = (path: string, id: string, whoEn: string, whoEs: string) => {
    if (institutions.has(id)) return;
    push(
      path,
      `${whoEn} names the institution "${id}", which is not in the catalog's institutions.`,
      `${whoEs} nombra la institución "${id}", que no está en las instituciones del catálogo.`,
    );
  };
  catalog.institutions.forEach((inst, i) => {
    if (inst.parentId === undefined) return;
    institution(
      `catalog.institutions[${i}].parentId`,
      inst.parentId,
      `The institution “${inst.name}”`,
      `La institución «${inst.name}»`,
    );
  });
  catalog.courses.forEach((course, i) => {
    const label = courseLabel(course);
    institution(
      `catalog.courses[${i}].institutionId`,
      course.institutionId,
      `The course ${label.en}`,
      `El curso ${label.es}`,
    );
    for (const key of ['prerequisites', 'corequisites'] as const) {
      course[key].forEach((id, j) => {
        if (courses.has(id)) return;
        const what =
          key === 'prerequisites'
            ? ['prerequisite', 'prerrequisito']
            : ['corequisite', 'correquisito'];
        push(
          `catalog.courses[${i}].${key}[${j}]`,
          `The course ${label.en} has the ${what[0]} "${id}", which is not in the catalog's courses.`,
          `El curso ${label.es} tiene el ${what[1]} "${id}", que no está en los cursos del catálogo.`,
          { courseId: course.id },
        );
      });
    }
  });
  catalog.creditAgreements.forEach((agreement, i) => {
    const base = `catalog.creditAgreements[${i}]`;
    const ends = [
      ['secondaryCourseId', 'secondary', 'a high school course', 'un curso de preparatoria'],
      [
        'postsecondaryCourseId',
        'postsecondary',
        'a college course',
        'un curso de educación superior',
      ],
    ] as const;
    for (const [key, level, en, es] of ends) {
      const id = agreement[key];
      const course = courses.get(id)?.value;
      if (course && course.level === level) continue;
      push(
        `${base}.${key}`,
        course
          ? `The credit agreement "${agreement.id}" names ${courseLabel(course).en} where it needs ${en}.`
          : `The credit agreement "${agreement.id}" names the course "${id}", which is not in the catalog's courses.`,
        course
          ? `El acuerdo de créditos "${agreement.id}" nombra ${courseLabel(course).es} donde necesita ${es}.`
          : `El acuerdo de créditos "${agreement.id}" nombra el curso "${id}", que no está en los cursos del catálogo.`,
        { courseId: id },
      );
    }
    const who = [
      `The credit agreement "${agreement.id}"`,
      `El acuerdo de créditos "${agreement.id}"`,
    ] as const;
    institution(`${base}.secondaryInstitutionId`, agreement.secondaryInstitutionId, ...who);
    institution(`${base}.postsecondaryInstitutionId`, agreement.postsecondaryInstitutionId, ...who);
  });
  catalog.credentials.forEach((credential, i) => {
    credential.stacksInto.forEach((id, j) => {
      if (credentials.has(id)) return;
      push(
        `catalog.credentials[${i}].stacksInto[${j}]`,
        `The credential “${credential.title.en}” stacks into "${id}", which is not in the catalog's credentials.`,
        `La credencial «${credential.title.es ?? credential.title.en}» se acumula en "${id}", que no está en las credenciales del catálogo.`,
      );
    });
  });
}
