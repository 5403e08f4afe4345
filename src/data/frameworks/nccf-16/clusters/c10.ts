import type { ClusterData } from '../../../../domain/framework.ts';

export const cluster10: ClusterData = {
  code: '10',
  title: { en: 'Human Services', es: 'Servicios humanos' },
  description: {
    en: 'Human services careers improve people’s everyday lives by caring for children, supporting families, counseling those in need and offering personal services. Example jobs include child care worker, social worker, school counselor, hairstylist and financial counselor.',
    es: 'Las carreras de servicios humanos mejoran la vida diaria de las personas cuidando niños, apoyando a familias, orientando a quienes lo necesitan y ofreciendo servicios personales. Algunos empleos son cuidador infantil, trabajador social, consejero escolar, estilista y asesor financiero personal.',
  },
  pathways: [
    {
      code: '10-01',
      title: { en: 'Consumer Services', es: 'Servicios al consumidor' },
      description: {
        en: 'Consumer services help people make wise choices about spending, credit, housing and the products they buy. Credit counselors, customer service representatives, consumer advocates and product testers teach, answer questions and protect buyers from unfair practices.',
        es: 'Los servicios al consumidor ayudan a las personas a tomar buenas decisiones sobre gastos, crédito, vivienda y los productos que compran. Asesores de crédito, representantes de servicio al cliente, defensores del consumidor y evaluadores de productos enseñan, responden dudas y protegen a los compradores de prácticas injustas.',
      },
    },
    {
      code: '10-02',
      title: {
        en: 'Counseling & Mental Health Services',
        es: 'Consejería y servicios de salud mental',
      },
      description: {
        en: 'Counseling and mental health services focus on feelings, behavior and relationships, helping people cope with stress, grief, addiction or life changes. School counselors, mental health counselors, marriage and family therapists and psychologists listen, guide and support healing.',
        es: 'La consejería y los servicios de salud mental se enfocan en las emociones, la conducta y las relaciones, y ayudan a enfrentar el estrés, el duelo, las adicciones o los cambios de vida. Consejeros escolares, consejeros de salud mental, terapeutas familiares y psicólogos escuchan, orientan y apoyan la recuperación.',
      },
    },
    {
      code: '10-03',
      title: {
        en: 'Early Childhood Development & Services',
        es: 'Desarrollo y servicios para la primera infancia',
      },
      description: {
        en: 'Early childhood development and services care for and teach children from birth to about age eight, when learning happens fastest. Preschool teachers, child care workers, nannies, teacher assistants and child care center directors plan play-based lessons and keep young kids safe.',
        es: 'El desarrollo y los servicios para la primera infancia cuidan y enseñan a niños desde el nacimiento hasta cerca de los ocho años, cuando más rápido aprenden. Maestros de preescolar, cuidadores infantiles, niñeras, asistentes de maestro y directores de guarderías planean actividades de juego y protegen a los pequeños.',
      },
    },
    {
      code: '10-04',
      title: { en: 'Family & Community Services', es: 'Servicios a la familia y la comunidad' },
      description: {
        en: 'Family and community services connect people with help such as food, housing, job training and care for older adults or people with disabilities. Social workers, case managers, community outreach workers and nonprofit program directors coordinate support for whole families and neighborhoods.',
        es: 'Los servicios a la familia y la comunidad conectan a las personas con ayuda como alimentos, vivienda, capacitación laboral y cuidado de adultos mayores o personas con discapacidad. Trabajadores sociales, gestores de casos, promotores comunitarios y directores de programas sin fines de lucro coordinan apoyo para familias y vecindarios.',
      },
    },
    {
      code: '10-05',
      title: { en: 'Personal Care Services', es: 'Servicios de cuidado personal' },
      description: {
        en: 'Personal care services help people look and feel their best through hair, skin, nail and body care, as well as fitness and funeral services. Cosmetologists, barbers, estheticians, massage therapists, personal trainers and funeral directors often build loyal clients or run their own businesses.',
        es: 'Los servicios de cuidado personal ayudan a las personas a verse y sentirse mejor mediante el cuidado del cabello, la piel, las uñas y el cuerpo, además de servicios de acondicionamiento físico y funerarios. Cosmetólogos, barberos, esteticistas, masajistas, entrenadores personales y directores funerarios suelen tener clientes fieles o negocio propio.',
      },
    },
  ],
};
