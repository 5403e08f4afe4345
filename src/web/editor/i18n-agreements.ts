/** The program editor's texts for credit agreements, in English and Spanish (merged by i18n.ts). */
export const agreementsEn = {
  agreementsTitle: 'Credit agreements',
  agreementsHint:
    'College credit that a high school course, or an industry credential a student holds, earns for a college course. An agreement belongs to the college that grants the credit: only its staff, or the high school that is party to it, can save changes to it or remove it.',
  noAgreementsYet: 'No credit agreements yet.',
  agreementLegend: 'Credit agreement {n}',
  agreementType: 'Type of credit',
  agreementCourse: 'High school course that earns the credit',
  agreementCredential: 'Credential that earns the credit',
  agreementCollegeCourse: 'College course it earns credit for',
  agreementCredits: 'College credit hours',
  agreementHighSchool: 'High school or district that is party',
  agreementCollege: 'College or university that grants the credit',
  agreementFrom: 'First day in force',
  agreementTo: 'Last day in force',
  agreementDeadline: 'Registration deadline',
  agreementDatesHint: 'Leave the last day blank while the agreement has no end date.',
  agreementExam: 'Exam that earns the credit',
  agreementExamScore: 'Lowest score that earns it',
  agreementExamHint:
    'For credit by exam: the exam ("AP Computer Science A") and the lowest score the college accepts. Leave both blank if the college sets no exam here.',
  addAgreement: 'Add a credit agreement',
  removeAgreement: 'Remove credit agreement {n}',
  agreementAdded: 'Credit agreement {n} added.',
  agreementRemoved: 'Credit agreement {n} removed; it is deleted from the catalog when you save.',
  agreementFieldOf: 'Credit agreement {n}: {field}',
  agreementsRemovedField: 'Credit agreements to remove',
  agreementsNotSaved:
    '{count, plural, one {Credit agreement {agreements} belongs to another organization, so it was not changed or removed.} other {Credit agreements {agreements} belong to another organization, so they were not changed or removed.}}',
};

export const agreementsEs: Record<keyof typeof agreementsEn, string> = {
  agreementsTitle: 'Acuerdos de créditos',
  agreementsHint:
    'Créditos universitarios que un curso de la preparatoria, o una credencial de la industria que tiene el estudiante, otorga por un curso de educación superior. Un acuerdo pertenece a la institución que otorga el crédito: solo su personal, o la preparatoria que participa en él, puede guardar cambios o quitarlo.',
  noAgreementsYet: 'Todavía no hay acuerdos de créditos.',
  agreementLegend: 'Acuerdo de créditos {n}',
  agreementType: 'Tipo de crédito',
  agreementCourse: 'Curso de preparatoria que otorga el crédito',
  agreementCredential: 'Credencial que otorga el crédito',
  agreementCollegeCourse: 'Curso de educación superior por el que se otorga el crédito',
  agreementCredits: 'Horas de créditos universitarios',
  agreementHighSchool: 'Preparatoria o distrito que participa',
  agreementCollege: 'Colegio comunitario o universidad que otorga el crédito',
  agreementFrom: 'Primer día de vigencia',
  agreementTo: 'Último día de vigencia',
  agreementDeadline: 'Fecha límite de inscripción',
  agreementDatesHint: 'Deja en blanco el último día mientras el acuerdo no tenga fecha de fin.',
  agreementExam: 'Examen que otorga el crédito',
  agreementExamScore: 'Puntaje mínimo que lo otorga',
  agreementExamHint:
    'Para el crédito por examen: el examen («AP Computer Science A») y el puntaje mínimo que acepta la institución. Deja ambos en blanco si la institución no fija un examen aquí.',
  addAgreement: 'Añadir un acuerdo de créditos',
  removeAgreement: 'Quitar el acuerdo de créditos {n}',
  agreementAdded: 'Acuerdo de créditos {n} añadido.',
  agreementRemoved: 'Acuerdo de créditos {n} quitado; se elimina del catálogo al guardar.',
  agreementFieldOf: 'Acuerdo de créditos {n}: {field}',
  agreementsRemovedField: 'Acuerdos de créditos por quitar',
  agreementsNotSaved:
    '{count, plural, one {El acuerdo de créditos {agreements} pertenece a otra organización, así que no se modificó ni se quitó.} other {Los acuerdos de créditos {agreements} pertenecen a otra organización, así que no se modificaron ni se quitaron.}}',
};
