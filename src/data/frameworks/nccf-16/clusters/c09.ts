import type { ClusterData } from '../../../../domain/framework.ts';

export const cluster09: ClusterData = {
  code: '09',
  title: { en: 'Hospitality & Tourism', es: 'Hospitalidad y turismo' },
  description: {
    en: 'Hospitality and tourism workers make sure visitors and guests have a good time, a place to stay, good food and things to do. Example jobs include hotel front desk agent, chef, event planner, tour guide, travel agent and theme park manager.',
    es: 'Quienes trabajan en hospitalidad y turismo se aseguran de que visitantes y huéspedes la pasen bien, con un lugar donde quedarse, buena comida y actividades. Algunos empleos son recepcionista de hotel, chef, organizador de eventos, guía turístico, agente de viajes y gerente de parque temático.',
  },
  pathways: [
    {
      code: '09-01',
      title: { en: 'Lodging', es: 'Alojamiento' },
      description: {
        en: 'Lodging focuses on places where travelers spend the night, such as hotels, resorts, inns and campgrounds. Front desk agents, housekeepers, concierges, reservation clerks and hotel managers welcome guests, keep rooms ready and handle any problems during a stay.',
        es: 'El alojamiento se centra en los lugares donde los viajeros pasan la noche, como hoteles, centros vacacionales, posadas y campamentos. Recepcionistas, camareras de piso, conserjes, agentes de reservaciones y gerentes de hotel reciben a los huéspedes, preparan las habitaciones y resuelven problemas.',
      },
    },
    {
      code: '09-02',
      title: {
        en: 'Recreation, Amusements & Attractions',
        es: 'Recreación, entretenimiento y atracciones',
      },
      description: {
        en: 'Recreation, amusements and attractions careers run the places people visit for fun, like theme parks, zoos, museums, sports venues and ski resorts. Ride operators, recreation leaders, guest services staff, park rangers and venue managers plan activities and keep visitors safe.',
        es: 'Las carreras de recreación, entretenimiento y atracciones dirigen los lugares que la gente visita para divertirse, como parques temáticos, zoológicos, museos, estadios y estaciones de esquí. Operadores de atracciones, líderes recreativos, personal de atención al visitante, guardaparques y gerentes planean actividades y cuidan la seguridad.',
      },
    },
    {
      code: '09-03',
      title: {
        en: 'Restaurants & Food/Beverage Services',
        es: 'Restaurantes y servicios de alimentos y bebidas',
      },
      description: {
        en: 'Restaurants and food and beverage services prepare and serve meals and drinks, from fast food and cafés to fine dining and catering. Cooks, chefs, bakers, servers, bartenders and restaurant managers create menus, cook safely and give customers a great dining experience.',
        es: 'Los restaurantes y servicios de alimentos y bebidas preparan y sirven comidas y bebidas, desde comida rápida y cafeterías hasta alta cocina y banquetes. Cocineros, chefs, panaderos, meseros, bármanes y gerentes de restaurante crean menús, cocinan con higiene y ofrecen una gran experiencia al cliente.',
      },
    },
    {
      code: '09-04',
      title: { en: 'Travel & Tourism', es: 'Viajes y turismo' },
      description: {
        en: 'Travel and tourism helps people plan trips and discover new places, and promotes cities and regions as destinations. Travel agents, tour guides, cruise staff, event and meeting planners and tourism marketing specialists arrange transportation, itineraries and group experiences.',
        es: 'Viajes y turismo ayuda a las personas a planear viajes y descubrir nuevos lugares, y promueve ciudades y regiones como destinos. Agentes de viajes, guías turísticos, personal de cruceros, organizadores de eventos y reuniones y especialistas en mercadeo turístico organizan transporte, itinerarios y experiencias en grupo.',
      },
    },
  ],
};
