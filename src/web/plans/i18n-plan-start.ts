/**
 * UI texts for starting a plan from a pathway and for the plan's credentials and work-based
 * learning (English and Spanish); i18n-plans.ts spreads them into its dictionaries.
 */
export const planStartEn = {
  psFrom: 'Start from',
  psFromProgram: 'A program of study',
  psFromPathway: 'A career pathway',
  psChoosePathway: 'Career pathway',
  psPathwayProgram:
    'This pathway has a program of study in your district: the plan starts from {title}.',
  psPathwayEmpty:
    'No program of study of your district is in this pathway: the plan starts empty, with the pathway as its goal. Add courses from the catalog.',
  psPathway: 'Career pathway: {title}',
  psCareerHint: 'Careers in the pathway are suggested as you type.',
  pmCredentials: 'Credentials',
  pmWbl: 'Work-based learning',
  pmNone: 'None planned.',
  pmRemove: 'Remove {title}',
  pmAddCredential: 'Add a credential',
  pmCredential: 'Credential',
  pmAddWbl: 'Add work-based learning',
  pmWblType: 'Kind',
  pmWblTitle: 'What (for example, a day with a nurse)',
  pmGrade: 'Grade',
  pmAdd: 'Add',
  pmAdded: '{title} added to {grade}.',
  pmRemoved: '{title} removed.',
};

export const planStartEs: Record<keyof typeof planStartEn, string> = {
  psFrom: 'Empezar a partir de',
  psFromProgram: 'Un programa de estudio',
  psFromPathway: 'Una trayectoria profesional',
  psChoosePathway: 'Trayectoria profesional',
  psPathwayProgram:
    'Esta trayectoria tiene un programa de estudio en tu distrito: el plan empieza a partir de {title}.',
  psPathwayEmpty:
    'Ningún programa de estudio de tu distrito está en esta trayectoria: el plan empieza vacío, con la trayectoria como meta. Agrega cursos del catálogo.',
  psPathway: 'Trayectoria profesional: {title}',
  psCareerHint: 'Al escribir, se sugieren profesiones de la trayectoria.',
  pmCredentials: 'Credenciales',
  pmWbl: 'Aprendizaje en el trabajo',
  pmNone: 'Nada planeado.',
  pmRemove: 'Quitar {title}',
  pmAddCredential: 'Agregar una credencial',
  pmCredential: 'Credencial',
  pmAddWbl: 'Agregar aprendizaje en el trabajo',
  pmWblType: 'Tipo',
  pmWblTitle: 'Qué (por ejemplo, un día con una enfermera)',
  pmGrade: 'Grado',
  pmAdd: 'Agregar',
  pmAdded: '{title}: agregado a {grade}.',
  pmRemoved: '{title}: quitado.',
};
