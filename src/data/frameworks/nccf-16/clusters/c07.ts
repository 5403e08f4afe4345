import type { ClusterData } from '../../../../domain/framework.ts';

export const cluster07: ClusterData = {
  code: '07',
  title: { en: 'Government & Public Administration', es: 'Gobierno y administración pública' },
  description: {
    en: 'Government and public administration workers run the public offices that make laws, deliver services, collect taxes and keep the country safe at the local, state and national levels. Example jobs include city manager, legislative aide, diplomat, tax examiner and military officer.',
    es: 'Quienes trabajan en gobierno y administración pública dirigen las oficinas que crean leyes, prestan servicios, cobran impuestos y protegen al país en los niveles local, estatal y nacional. Algunos empleos son administrador municipal, asistente legislativo, diplomático, inspector de impuestos y oficial militar.',
  },
  pathways: [
    {
      code: '07-01',
      title: { en: 'Foreign Service', es: 'Servicio exterior' },
      description: {
        en: 'Foreign service careers represent the United States in other countries and build relationships with their governments and people. Diplomats, consular officers, interpreters and international affairs specialists handle visas, help citizens abroad and work out agreements between nations.',
        es: 'Las carreras del servicio exterior representan a Estados Unidos en otros países y crean relaciones con sus gobiernos y pueblos. Diplomáticos, funcionarios consulares, intérpretes y especialistas en asuntos internacionales tramitan visas, ayudan a ciudadanos en el extranjero y negocian acuerdos entre naciones.',
      },
    },
    {
      code: '07-02',
      title: { en: 'Governance', es: 'Gobernanza' },
      description: {
        en: 'Governance is about the people who are elected or appointed to lead and the staff who help them write and pass laws. Mayors, legislators, council members, legislative aides and policy advisers listen to the public and decide how communities should be run.',
        es: 'La gobernanza reúne a las personas elegidas o nombradas para dirigir y al personal que las ayuda a redactar y aprobar leyes. Alcaldes, legisladores, concejales, asistentes legislativos y asesores de políticas escuchan al público y deciden cómo se deben gobernar las comunidades.',
      },
    },
    {
      code: '07-03',
      title: { en: 'National Security', es: 'Seguridad nacional' },
      description: {
        en: 'National security careers protect the country from threats at home and overseas, both in uniform and as civilians. Military officers, intelligence analysts, cybersecurity specialists and border protection agents gather information, defend systems and respond to emergencies.',
        es: 'Las carreras de seguridad nacional protegen al país de amenazas dentro y fuera de sus fronteras, tanto con uniforme como en puestos civiles. Oficiales militares, analistas de inteligencia, especialistas en ciberseguridad y agentes de protección fronteriza reúnen información, defienden sistemas y responden a emergencias.',
      },
    },
    {
      code: '07-04',
      title: { en: 'Planning', es: 'Planificación' },
      description: {
        en: 'Planning focuses on shaping how towns and regions grow, from roads and parks to housing and public transit. Urban and regional planners, zoning officials and community development specialists study maps, data and public input to design better places to live.',
        es: 'La planificación se centra en definir cómo crecen los pueblos y las regiones, desde carreteras y parques hasta vivienda y transporte público. Planificadores urbanos y regionales, funcionarios de zonificación y especialistas en desarrollo comunitario estudian mapas, datos y opiniones del público para diseñar mejores lugares donde vivir.',
      },
    },
    {
      code: '07-05',
      title: { en: 'Public Management & Administration', es: 'Gestión y administración pública' },
      description: {
        en: 'Public management and administration keeps government agencies running smoothly day to day. City managers, agency directors, court clerks, human resources staff and program coordinators handle budgets, hire workers and make sure public services reach residents.',
        es: 'La gestión y administración pública mantiene en marcha, día a día, las agencias del gobierno. Administradores municipales, directores de agencias, secretarios de tribunales, personal de recursos humanos y coordinadores de programas manejan presupuestos, contratan personal y se aseguran de que los servicios lleguen a los residentes.',
      },
    },
    {
      code: '07-06',
      title: { en: 'Regulation', es: 'Regulación' },
      description: {
        en: 'Regulation careers check that businesses and individuals follow the rules that protect health, safety, fairness and the environment. Building inspectors, food safety inspectors, environmental compliance officers and licensing examiners visit sites, review records and enforce standards.',
        es: 'Las carreras de regulación verifican que empresas y personas cumplan las normas que protegen la salud, la seguridad, la equidad y el medio ambiente. Inspectores de construcción, inspectores de inocuidad alimentaria, oficiales de cumplimiento ambiental y examinadores de licencias visitan lugares, revisan registros y hacen cumplir las normas.',
      },
    },
    {
      code: '07-07',
      title: { en: 'Revenue & Taxation', es: 'Ingresos públicos e impuestos' },
      description: {
        en: 'Revenue and taxation workers collect the money that pays for schools, roads and other public services. Tax examiners, revenue agents, auditors and assessors review tax returns, value property, answer taxpayer questions and track down unpaid taxes.',
        es: 'El personal de ingresos públicos e impuestos recauda el dinero que paga escuelas, carreteras y otros servicios públicos. Inspectores de impuestos, agentes de rentas, auditores y tasadores revisan declaraciones, valoran propiedades, responden preguntas de los contribuyentes y cobran impuestos pendientes.',
      },
    },
  ],
};
