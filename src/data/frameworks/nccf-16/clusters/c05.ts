import type { ClusterData } from '../../../../domain/framework.ts';

export const cluster05: ClusterData = {
  code: '05',
  title: { en: 'Education & Training', es: 'Educación y capacitación' },
  description: {
    en: 'People in this cluster help others learn, whether in a preschool, a high school, a college, or a company training room. Jobs include teacher, school counselor, principal, librarian, coach, and corporate trainer.',
    es: 'Las personas de este grupo ayudan a otros a aprender, ya sea en un preescolar, una preparatoria, una universidad o una sala de capacitación de una empresa. Algunos empleos son maestro, consejero escolar, director de escuela, bibliotecario, entrenador deportivo y capacitador corporativo.',
  },
  pathways: [
    {
      code: '05-01',
      title: {
        en: 'Administration & Administrative Support',
        es: 'Administración y apoyo administrativo',
      },
      description: {
        en: 'This pathway is about leading and running schools and school districts, from setting budgets and policies to keeping the front office organized. Example jobs include principal, superintendent, dean of students, and school office manager.',
        es: 'Esta trayectoria trata de dirigir y administrar escuelas y distritos escolares, desde fijar presupuestos y políticas hasta mantener organizada la oficina principal. Algunos empleos son director de escuela, superintendente, decano de estudiantes y administrador de la oficina escolar.',
      },
    },
    {
      code: '05-02',
      title: { en: 'Professional Support Services', es: 'Servicios de apoyo profesional' },
      description: {
        en: 'Workers in this pathway support students and teachers outside of regular classroom lessons, helping with health, emotions, learning needs, and future plans. Example jobs include school counselor, school psychologist, speech-language pathologist, and librarian.',
        es: 'Quienes trabajan en esta trayectoria apoyan a estudiantes y maestros fuera de las clases regulares, ayudando con la salud, las emociones, las necesidades de aprendizaje y los planes a futuro. Algunos empleos son consejero escolar, psicólogo escolar, patólogo del habla y lenguaje y bibliotecario.',
      },
    },
    {
      code: '05-03',
      title: { en: 'Teaching/Training', es: 'Enseñanza/capacitación' },
      description: {
        en: 'This pathway is for people who lead lessons directly, planning activities and helping learners of any age build new knowledge and skills. Example jobs include preschool teacher, high school teacher, college professor, teacher assistant, and workplace trainer.',
        es: 'Esta trayectoria es para quienes imparten clases directamente, planean actividades y ayudan a personas de cualquier edad a adquirir nuevos conocimientos y habilidades. Algunos empleos son maestro de preescolar, maestro de preparatoria, profesor universitario, asistente de maestro y capacitador laboral.',
      },
    },
  ],
};
