import type { ClusterData } from '../../../../domain/framework.ts';

export const cluster02: ClusterData = {
  code: '02',
  title: { en: 'Architecture & Construction', es: 'Arquitectura y construcción' },
  description: {
    en: 'This cluster is about planning, building, and taking care of the homes, schools, roads, and other structures around us. Jobs include architect, carpenter, electrician, plumber, civil engineer, and building inspector.',
    es: 'Este grupo trata de planificar, construir y cuidar las casas, escuelas, carreteras y demás estructuras que nos rodean. Algunos empleos son arquitecto, carpintero, electricista, plomero, ingeniero civil e inspector de edificios.',
  },
  pathways: [
    {
      code: '02-01',
      title: { en: 'Construction', es: 'Construcción' },
      description: {
        en: 'This pathway is for people who like hands-on work on the job site, putting up new buildings, bridges, and roads from the foundation to the roof. Example jobs include carpenter, electrician, bricklayer, heavy equipment operator, and construction manager.',
        es: 'Esta trayectoria es para quienes disfrutan del trabajo práctico en la obra, levantando edificios, puentes y carreteras desde los cimientos hasta el techo. Algunos empleos son carpintero, electricista, albañil, operador de maquinaria pesada y gerente de construcción.',
      },
    },
    {
      code: '02-02',
      title: { en: 'Design/Pre-Construction', es: 'Diseño/preconstrucción' },
      description: {
        en: 'Before anything is built, people in this pathway create the plans, drawings, and cost estimates, often using computer design software. Example jobs include architect, drafter, civil engineer, interior designer, surveyor, and cost estimator.',
        es: 'Antes de construir cualquier cosa, las personas de esta trayectoria crean los planos, dibujos y presupuestos, muchas veces con programas de diseño por computadora. Algunos empleos son arquitecto, dibujante técnico, ingeniero civil, diseñador de interiores, agrimensor y estimador de costos.',
      },
    },
    {
      code: '02-03',
      title: { en: 'Maintenance/Operations', es: 'Mantenimiento/operaciones' },
      description: {
        en: 'Once a building is finished, workers in this pathway keep it safe, comfortable, and running by fixing heating, cooling, plumbing, and electrical systems. Example jobs include HVAC technician, maintenance mechanic, plumber, locksmith, and facilities manager.',
        es: 'Terminado un edificio, el personal de esta trayectoria lo mantiene seguro, cómodo y en funcionamiento: repara la calefacción, el aire acondicionado, la plomería y la electricidad. Algunos empleos son técnico de climatización, mecánico de mantenimiento, plomero, cerrajero y administrador de instalaciones.',
      },
    },
  ],
};
