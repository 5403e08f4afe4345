import type { ClusterData } from '../../../../domain/framework.ts';

export const cluster04: ClusterData = {
  code: '04',
  title: { en: 'Business Management & Administration', es: 'Administración y gestión de empresas' },
  description: {
    en: 'This cluster is about organizing people, money, and information so that companies and organizations run smoothly and reach their goals. Jobs include office manager, executive assistant, human resources specialist, business analyst, and company president.',
    es: 'Este grupo trata de organizar a las personas, el dinero y la información para que las empresas y organizaciones funcionen bien y logren sus metas. Algunos empleos son gerente de oficina, asistente ejecutivo, especialista en recursos humanos, analista de negocios y presidente de empresa.',
  },
  pathways: [
    {
      code: '04-01',
      title: { en: 'Administrative Support', es: 'Apoyo administrativo' },
      description: {
        en: 'People in this pathway keep an office running day to day by scheduling meetings, answering calls, handling records, and helping customers. Example jobs include receptionist, administrative assistant, office clerk, and medical or legal secretary.',
        es: 'Las personas de esta trayectoria mantienen una oficina en marcha día a día: programan reuniones, contestan llamadas, manejan registros y atienden a los clientes. Algunos empleos son recepcionista, asistente administrativo, auxiliar de oficina y secretario médico o legal.',
      },
    },
    {
      code: '04-02',
      title: { en: 'Business Information Management', es: 'Gestión de información empresarial' },
      description: {
        en: 'This pathway centers on collecting, organizing, and analyzing business data and records so leaders can make good decisions. Example jobs include business analyst, data entry specialist, information manager, and records coordinator.',
        es: 'Esta trayectoria se centra en recopilar, organizar y analizar los datos y registros de la empresa para que los líderes tomen buenas decisiones. Algunos empleos son analista de negocios, especialista en captura de datos, gerente de información y coordinador de archivos.',
      },
    },
    {
      code: '04-03',
      title: { en: 'General Management', es: 'Gerencia general' },
      description: {
        en: 'Managers in this pathway set goals, make plans, and lead teams across a whole business or a large department. Example jobs include general manager, chief executive, small business owner, and management consultant.',
        es: 'Los gerentes de esta trayectoria fijan metas, hacen planes y dirigen equipos en toda una empresa o en un departamento grande. Algunos empleos son gerente general, director ejecutivo, dueño de un pequeño negocio y consultor de gestión.',
      },
    },
    {
      code: '04-04',
      title: { en: 'Human Resources Management', es: 'Gestión de recursos humanos' },
      description: {
        en: 'This pathway is about the people who work for an organization: hiring them, training them, handling pay and benefits, and resolving workplace problems. Example jobs include recruiter, human resources specialist, training coordinator, and benefits manager.',
        es: 'Esta trayectoria trata de las personas que trabajan en una organización: contratarlas, capacitarlas, gestionar sueldos y prestaciones y resolver problemas laborales. Algunos empleos son reclutador, especialista en recursos humanos, coordinador de capacitación y gerente de prestaciones.',
      },
    },
    {
      code: '04-05',
      title: { en: 'Operations Management', es: 'Gestión de operaciones' },
      description: {
        en: 'Workers in this pathway make sure products and services are made and delivered on time, at the right cost, and with good quality. Example jobs include operations manager, purchasing agent, quality control manager, and supply chain analyst.',
        es: 'Quienes trabajan en esta trayectoria se aseguran de que los productos y servicios se produzcan y entreguen a tiempo, al costo adecuado y con buena calidad. Algunos empleos son gerente de operaciones, agente de compras, gerente de control de calidad y analista de cadena de suministro.',
      },
    },
  ],
};
