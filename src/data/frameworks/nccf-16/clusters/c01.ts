import type { ClusterData } from '../../../../domain/framework.ts';

export const cluster01: ClusterData = {
  code: '01',
  title: {
    en: 'Agriculture, Food & Natural Resources',
    es: 'Agricultura, alimentos y recursos naturales',
  },
  description: {
    en: 'People in this cluster grow our food, care for animals, and protect the land, water, and forests we all depend on. Jobs range from farmer and veterinarian technician to food scientist, park ranger, and agricultural engineer.',
    es: 'Las personas de este grupo cultivan nuestros alimentos, cuidan a los animales y protegen la tierra, el agua y los bosques de los que todos dependemos. Los empleos van desde agricultor y técnico veterinario hasta científico de alimentos, guardabosques e ingeniero agrícola.',
  },
  pathways: [
    {
      code: '01-01',
      title: { en: 'Agribusiness Systems', es: 'Sistemas de agronegocios' },
      description: {
        en: 'This pathway focuses on the business side of farming: buying, selling, financing, and marketing crops, livestock, and farm supplies. Example jobs include farm manager, agricultural loan officer, commodity broker, and sales representative for seed or equipment companies.',
        es: 'Esta trayectoria se enfoca en el lado comercial de la agricultura: comprar, vender, financiar y promocionar cultivos, ganado e insumos agrícolas. Algunos empleos son gerente de granja, oficial de préstamos agrícolas, corredor de materias primas y representante de ventas de semillas o equipos.',
      },
    },
    {
      code: '01-02',
      title: { en: 'Animal Systems', es: 'Sistemas de producción animal' },
      description: {
        en: 'Here the focus is on raising, feeding, breeding, and keeping animals healthy, from farm livestock to pets and fish. Example jobs include veterinary technician, livestock producer, animal nutritionist, and breeding specialist.',
        es: 'Aquí el enfoque está en criar, alimentar, reproducir y mantener sanos a los animales, desde el ganado de granja hasta las mascotas y los peces. Algunos empleos son técnico veterinario, productor de ganado, nutricionista animal y especialista en reproducción.',
      },
    },
    {
      code: '01-03',
      title: { en: 'Environmental Service Systems', es: 'Sistemas de servicios ambientales' },
      description: {
        en: 'This pathway is about keeping air, water, and soil clean by testing for pollution, treating wastewater, and managing trash and recycling. Example jobs include water treatment operator, environmental technician, recycling coordinator, and hazardous materials specialist.',
        es: 'Esta trayectoria trata de mantener limpios el aire, el agua y el suelo mediante pruebas de contaminación, el tratamiento de aguas residuales y el manejo de basura y reciclaje. Algunos empleos son operador de tratamiento de agua, técnico ambiental, coordinador de reciclaje y especialista en materiales peligrosos.',
      },
    },
    {
      code: '01-04',
      title: {
        en: 'Food Products & Processing Systems',
        es: 'Sistemas de productos y procesamiento de alimentos',
      },
      description: {
        en: 'Workers in this pathway turn raw farm products into safe, tasty foods we buy at the store, checking quality and creating new recipes along the way. Example jobs include food scientist, meat cutter, food safety inspector, and production supervisor at a processing plant.',
        es: 'Quienes trabajan aquí transforman los productos del campo en alimentos seguros y sabrosos que compramos en la tienda, cuidando la calidad y creando recetas. Algunos empleos son científico de alimentos, cortador de carne, inspector de inocuidad alimentaria y supervisor de producción en una planta procesadora.',
      },
    },
    {
      code: '01-05',
      title: { en: 'Natural Resources Systems', es: 'Sistemas de recursos naturales' },
      description: {
        en: 'This pathway centers on forests, wildlife, fish, parks, and minerals, balancing their use today with protecting them for the future. Example jobs include forester, park ranger, wildlife biologist, fish and game warden, and soil conservationist.',
        es: 'Esta trayectoria gira en torno a los bosques, la fauna silvestre, los peces, los parques y los minerales, equilibrando su uso actual con su protección para el futuro. Algunos empleos son ingeniero forestal, guardaparques, biólogo de vida silvestre, guardia de caza y pesca y conservacionista de suelos.',
      },
    },
    {
      code: '01-06',
      title: { en: 'Plant Systems', es: 'Sistemas de producción vegetal' },
      description: {
        en: 'People in this pathway grow and study plants, including food crops, flowers, trees, and turf for lawns and golf courses. Example jobs include crop farmer, greenhouse manager, landscape designer, plant scientist, and agronomist.',
        es: 'Las personas de esta trayectoria cultivan y estudian plantas, como cultivos alimenticios, flores, árboles y césped para jardines y campos de golf. Algunos empleos son agricultor de cultivos, gerente de invernadero, diseñador de paisajes, científico de plantas y agrónomo.',
      },
    },
    {
      code: '01-07',
      title: {
        en: 'Power, Structural & Technical Systems',
        es: 'Sistemas de energía, estructuras y tecnología',
      },
      description: {
        en: 'This pathway applies engineering and mechanics to agriculture by building, running, and repairing tractors, irrigation systems, farm buildings, and GPS-guided equipment. Example jobs include agricultural engineer, farm equipment mechanic, irrigation technician, and precision agriculture specialist.',
        es: 'Esta trayectoria aplica la ingeniería y la mecánica a la agricultura al construir, operar y reparar tractores, sistemas de riego, edificios agrícolas y equipos guiados por GPS. Algunos empleos son ingeniero agrícola, mecánico de maquinaria agrícola, técnico de riego y especialista en agricultura de precisión.',
      },
    },
  ],
};
