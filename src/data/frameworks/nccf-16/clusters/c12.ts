import type { ClusterData } from '../../../../domain/framework.ts';

export const cluster12: ClusterData = {
  code: '12',
  title: {
    en: 'Law, Public Safety, Corrections & Security',
    es: 'Derecho, seguridad pública, servicios correccionales y protección',
  },
  description: {
    en: 'This cluster covers the people who keep communities safe, respond to emergencies and make sure laws are followed fairly. Example jobs include police officer, firefighter, paramedic, correctional officer, paralegal, lawyer, judge and security guard.',
    es: 'Este grupo reúne a las personas que mantienen seguras a las comunidades, responden a emergencias y se aseguran de que las leyes se cumplan con justicia. Algunos empleos son policía, bombero, paramédico, oficial correccional, asistente legal, abogado, juez y guardia de seguridad.',
  },
  pathways: [
    {
      code: '12-01',
      title: { en: 'Correction Services', es: 'Servicios correccionales' },
      description: {
        en: 'Correction workers supervise people who have been arrested or sentenced, keeping jails, prisons and detention centers safe and orderly. They also help people prepare to return to society, in roles such as correctional officer, probation officer, juvenile detention worker and case manager.',
        es: 'Los trabajadores correccionales supervisan a personas arrestadas o sentenciadas y mantienen el orden y la seguridad en cárceles, prisiones y centros de detención. También ayudan a preparar a esas personas para volver a la sociedad, en puestos como oficial correccional, oficial de libertad condicional, trabajador de detención juvenil y gestor de casos.',
      },
    },
    {
      code: '12-02',
      title: {
        en: 'Emergency & Fire Management Services',
        es: 'Servicios de manejo de emergencias e incendios',
      },
      description: {
        en: 'This pathway is about being first on the scene when fires, accidents, storms or medical crises happen, and planning ahead so communities are ready. Jobs include firefighter, emergency medical technician, 911 dispatcher, wildland firefighter and emergency management planner.',
        es: 'Esta trayectoria consiste en llegar primero cuando ocurren incendios, accidentes, tormentas o crisis médicas, y en planificar para que las comunidades estén preparadas. Algunos empleos son bombero, técnico en emergencias médicas, operador del 911, bombero forestal y planificador de manejo de emergencias.',
      },
    },
    {
      code: '12-03',
      title: { en: 'Law Enforcement Services', es: 'Servicios policiales' },
      description: {
        en: 'Law enforcement workers patrol communities, investigate crimes, gather evidence and arrest people suspected of breaking the law. What sets this pathway apart is its public policing role, with jobs such as police officer, sheriff’s deputy, detective, crime scene investigator and state trooper.',
        es: 'Los agentes del orden patrullan las comunidades, investigan delitos, reúnen pruebas y arrestan a personas sospechosas de violar la ley. Lo que distingue a esta trayectoria es su papel de policía pública, con empleos como oficial de policía, alguacil adjunto, detective, investigador de escenas del crimen y patrullero estatal.',
      },
    },
    {
      code: '12-04',
      title: { en: 'Legal Services', es: 'Servicios legales' },
      description: {
        en: 'Legal services workers research laws, prepare documents and represent people in courts, offices and negotiations. This pathway suits strong readers, writers and debaters, with jobs such as paralegal, court reporter, legal secretary, lawyer and judge.',
        es: 'Quienes trabajan en servicios legales investigan leyes, preparan documentos y representan a personas en tribunales, oficinas y negociaciones. Esta trayectoria es ideal para buenos lectores, escritores y debatientes, con empleos como asistente legal, taquígrafo judicial, secretario legal, abogado y juez.',
      },
    },
    {
      code: '12-05',
      title: { en: 'Security & Protective Services', es: 'Servicios de seguridad y protección' },
      description: {
        en: 'This pathway focuses on protecting people, property and information, often for private companies, stores, schools and events. Workers include security guards, loss prevention specialists, private investigators, bodyguards and alarm system technicians.',
        es: 'Esta trayectoria se enfoca en proteger a personas, bienes e información, muchas veces para empresas privadas, tiendas, escuelas y eventos. Entre sus trabajadores hay guardias de seguridad, especialistas en prevención de pérdidas, investigadores privados, guardaespaldas y técnicos de sistemas de alarma.',
      },
    },
  ],
};
