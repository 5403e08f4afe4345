import type { ClusterData } from '../../../../domain/framework.ts';

export const cluster13: ClusterData = {
  code: '13',
  title: { en: 'Manufacturing', es: 'Manufactura' },
  description: {
    en: 'Manufacturing is about turning raw materials into finished products, from cars and phones to medicine and food packaging. People here plan, run, fix and check the machines and processes in factories, with jobs such as machinist, welder, production technician, quality inspector and industrial engineer.',
    es: 'La manufactura consiste en convertir materias primas en productos terminados, desde autos y teléfonos hasta medicinas y empaques de alimentos. Aquí las personas planifican, operan, reparan y revisan las máquinas y los procesos de las fábricas, con empleos como maquinista, soldador, técnico de producción, inspector de calidad e ingeniero industrial.',
  },
  pathways: [
    {
      code: '13-01',
      title: {
        en: 'Health, Safety & Environmental Assurance',
        es: 'Aseguramiento de la salud, la seguridad y el medio ambiente',
      },
      description: {
        en: 'Workers in this pathway make sure factories are safe for employees and do not harm the air, water or land around them. Rather than making products, they inspect, train and enforce rules, in jobs such as safety coordinator, environmental compliance specialist and industrial hygienist.',
        es: 'Quienes trabajan en esta trayectoria se aseguran de que las fábricas sean seguras para los empleados y no dañen el aire, el agua ni la tierra a su alrededor. En vez de fabricar productos, inspeccionan, capacitan y hacen cumplir normas, en empleos como coordinador de seguridad, especialista en cumplimiento ambiental e higienista industrial.',
      },
    },
    {
      code: '13-02',
      title: { en: 'Logistics & Inventory Control', es: 'Logística y control de inventario' },
      description: {
        en: 'This pathway keeps materials and parts arriving on time and tracks finished goods as they leave the plant. Workers such as inventory clerks, material handlers, production planners and supply chain coordinators count, store and move items so the production line never runs short.',
        es: 'Esta trayectoria hace que los materiales y las piezas lleguen a tiempo y da seguimiento a los productos terminados cuando salen de la planta. Trabajadores como empleados de inventario, manejadores de materiales, planificadores de producción y coordinadores de cadena de suministro cuentan, almacenan y mueven artículos para que a la línea nunca le falte nada.',
      },
    },
    {
      code: '13-03',
      title: {
        en: 'Maintenance, Installation & Repair',
        es: 'Mantenimiento, instalación y reparación',
      },
      description: {
        en: 'People in this pathway set up factory equipment and keep it in working order, finding and fixing breakdowns before they stop production. It fits hands-on problem solvers, with jobs such as industrial maintenance mechanic, millwright, electrician and robotics technician.',
        es: 'Las personas en esta trayectoria instalan el equipo de la fábrica y lo mantienen funcionando, detectando y reparando fallas antes de que detengan la producción. Es ideal para quienes resuelven problemas con las manos, con empleos como mecánico de mantenimiento industrial, montador de maquinaria, electricista y técnico en robótica.',
      },
    },
    {
      code: '13-04',
      title: {
        en: 'Manufacturing Production Process Development',
        es: 'Desarrollo de procesos de producción manufacturera',
      },
      description: {
        en: 'This pathway is about designing how products get made: choosing machines, planning steps and improving methods so factories work faster and waste less. It leans more on math and design than other manufacturing pathways, with jobs like industrial engineer, manufacturing engineer, CNC programmer and process technician.',
        es: 'Esta trayectoria trata de diseñar cómo se fabrican los productos: elegir máquinas, planear los pasos y mejorar los métodos para que las fábricas trabajen más rápido y desperdicien menos. Usa más las matemáticas y el diseño que otras trayectorias de manufactura, con empleos como ingeniero industrial, ingeniero de manufactura, programador CNC y técnico de procesos.',
      },
    },
    {
      code: '13-05',
      title: { en: 'Production', es: 'Producción' },
      description: {
        en: 'Production workers operate the machines and tools that cut, shape, join and assemble products on the factory floor. This is where things actually get built, with jobs such as machinist, welder, assembler, CNC operator and production supervisor.',
        es: 'Los trabajadores de producción operan las máquinas y herramientas que cortan, moldean, unen y ensamblan productos en la planta. Aquí es donde realmente se construyen las cosas, con empleos como maquinista, soldador, ensamblador, operador de CNC y supervisor de producción.',
      },
    },
    {
      code: '13-06',
      title: { en: 'Quality Assurance', es: 'Aseguramiento de la calidad' },
      description: {
        en: 'Quality assurance workers measure, test and inspect products to be sure they meet exact standards before reaching customers. Careful, detail-minded people do well here, in jobs such as quality inspector, quality technician, calibration technician and quality engineer.',
        es: 'Los trabajadores de control de calidad miden, prueban e inspeccionan productos para asegurar que cumplan normas exactas antes de llegar a los clientes. A las personas cuidadosas y detallistas les va bien aquí, en empleos como inspector de calidad, técnico de calidad, técnico de calibración e ingeniero de calidad.',
      },
    },
  ],
};
