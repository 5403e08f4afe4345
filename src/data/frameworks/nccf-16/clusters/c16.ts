import type { ClusterData } from '../../../../domain/framework.ts';

export const cluster16: ClusterData = {
  code: '16',
  title: {
    en: 'Transportation, Distribution & Logistics',
    es: 'Transporte, distribución y logística',
  },
  description: {
    en: 'This cluster is about moving people and goods safely by road, rail, air and water, and planning how products get from makers to buyers. Example jobs include truck driver, pilot, diesel mechanic, warehouse supervisor, logistics analyst and transportation planner.',
    es: 'Este grupo trata de trasladar personas y mercancías de forma segura por carretera, tren, aire y agua, y de planear cómo llegan los productos de los fabricantes a los compradores. Algunos empleos son conductor de camión, piloto, mecánico diésel, supervisor de almacén, analista de logística y planificador de transporte.',
  },
  pathways: [
    {
      code: '16-01',
      title: {
        en: 'Facility & Mobile Equipment Maintenance',
        es: 'Mantenimiento de instalaciones y equipo móvil',
      },
      description: {
        en: 'Workers in this pathway inspect, service and repair vehicles and the equipment that keeps terminals and depots running, from cars and buses to aircraft and forklifts. Jobs include automotive technician, diesel mechanic, aircraft mechanic and heavy equipment technician.',
        es: 'Quienes trabajan en esta trayectoria inspeccionan, dan servicio y reparan vehículos y el equipo que mantiene funcionando terminales y depósitos, desde autos y autobuses hasta aviones y montacargas. Algunos empleos son técnico automotriz, mecánico diésel, mecánico de aviones y técnico de equipo pesado.',
      },
    },
    {
      code: '16-02',
      title: {
        en: 'Health, Safety & Environmental Management',
        es: 'Gestión de salud, seguridad y medio ambiente',
      },
      description: {
        en: 'This pathway protects transportation workers, travelers and the environment by checking that vehicles, routes and cargo follow safety and pollution rules. Jobs include transportation safety inspector, hazardous materials specialist, environmental compliance officer and fleet safety manager.',
        es: 'Esta trayectoria protege a los trabajadores del transporte, a los viajeros y al medio ambiente al verificar que vehículos, rutas y cargas cumplan las normas de seguridad y contaminación. Algunos empleos son inspector de seguridad del transporte, especialista en materiales peligrosos, oficial de cumplimiento ambiental y gerente de seguridad de flotas.',
      },
    },
    {
      code: '16-03',
      title: {
        en: 'Logistics Planning & Management Services',
        es: 'Servicios de planificación y gestión logística',
      },
      description: {
        en: 'Logistics planners figure out the fastest, cheapest way to get goods where they need to go, tracking shipments and managing supply chains with data and software. It is more about planning than driving or lifting, with jobs such as logistics analyst, supply chain manager and freight broker.',
        es: 'Los planificadores de logística buscan la forma más rápida y económica de llevar mercancías a su destino, dando seguimiento a envíos y gestionando cadenas de suministro con datos y programas. Se trata más de planear que de manejar o cargar, con empleos como analista de logística, gerente de cadena de suministro y agente de carga.',
      },
    },
    {
      code: '16-04',
      title: { en: 'Sales & Service', es: 'Ventas y servicio' },
      description: {
        en: 'This pathway connects transportation companies with customers, selling shipping services, travel, vehicles and parts, and handling questions and problems. Jobs include freight sales representative, customer service agent, ticket agent, auto parts specialist and dispatcher.',
        es: 'Esta trayectoria conecta a las empresas de transporte con sus clientes, vendiendo servicios de envío, viajes, vehículos y refacciones, y atendiendo preguntas y problemas. Algunos empleos son representante de ventas de carga, agente de servicio al cliente, agente de boletos, especialista en refacciones automotrices y despachador.',
      },
    },
    {
      code: '16-05',
      title: { en: 'Transportation Operations', es: 'Operaciones de transporte' },
      description: {
        en: 'Transportation operators are the people behind the wheel, at the controls or on deck, moving passengers and freight from place to place. Jobs include truck driver, bus driver, airline pilot, train conductor, ship captain and air traffic controller.',
        es: 'Los operadores de transporte son quienes van al volante, en los controles o en cubierta, llevando pasajeros y carga de un lugar a otro. Algunos empleos son conductor de camión, chofer de autobús, piloto de aerolínea, conductor de tren, capitán de barco y controlador de tránsito aéreo.',
      },
    },
    {
      code: '16-06',
      title: {
        en: 'Transportation Systems/Infrastructure Planning, Management & Regulation',
        es: 'Planificación, gestión y regulación de sistemas e infraestructura de transporte',
      },
      description: {
        en: 'This pathway looks at the whole system: planning roads, transit lines, airports and ports, and writing and enforcing the rules that govern them. It often involves government agencies, with jobs such as transportation planner, traffic engineer, transit manager and regulatory specialist.',
        es: 'Esta trayectoria mira el sistema completo: planificar carreteras, líneas de transporte público, aeropuertos y puertos, y redactar y hacer cumplir las reglas que los rigen. Suele involucrar a agencias del gobierno, con empleos como planificador de transporte, ingeniero de tránsito, gerente de transporte público y especialista en regulación.',
      },
    },
    {
      code: '16-07',
      title: {
        en: 'Warehousing & Distribution Center Operations',
        es: 'Operaciones de almacenes y centros de distribución',
      },
      description: {
        en: 'Warehouse workers receive, store, pick, pack and ship products, often using scanners, conveyor belts and forklifts in huge distribution centers. Jobs include warehouse associate, forklift operator, shipping and receiving clerk and distribution center manager.',
        es: 'Los trabajadores de almacén reciben, guardan, seleccionan, empacan y envían productos, muchas veces con escáneres, bandas transportadoras y montacargas en enormes centros de distribución. Algunos empleos son asociado de almacén, operador de montacargas, encargado de envíos y recepción y gerente de centro de distribución.',
      },
    },
  ],
};
