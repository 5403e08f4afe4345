import type { ClusterData } from '../../../../domain/framework.ts';

export const cluster14: ClusterData = {
  code: '14',
  title: { en: 'Marketing', es: 'Mercadotecnia' },
  description: {
    en: 'Marketing is about figuring out what customers want and getting the right products in front of them through ads, stores, social media and sales. Example jobs include marketing coordinator, social media manager, market research analyst, retail buyer and sales representative.',
    es: 'La mercadotecnia consiste en descubrir qué quieren los clientes y presentarles los productos adecuados por medio de anuncios, tiendas, redes sociales y ventas. Algunos empleos son coordinador de mercadotecnia, administrador de redes sociales, analista de investigación de mercados, comprador minorista y representante de ventas.',
  },
  pathways: [
    {
      code: '14-01',
      title: { en: 'Marketing Communications', es: 'Comunicaciones de mercadotecnia' },
      description: {
        en: 'This pathway creates the messages that tell people about a brand, using ads, social media posts, events and public relations. It suits creative writers and storytellers, with jobs such as copywriter, advertising coordinator, public relations specialist and social media manager.',
        es: 'Esta trayectoria crea los mensajes que dan a conocer una marca por medio de anuncios, publicaciones en redes sociales, eventos y relaciones públicas. Es ideal para escritores creativos y buenos narradores, con empleos como redactor publicitario, coordinador de publicidad, especialista en relaciones públicas y administrador de redes sociales.',
      },
    },
    {
      code: '14-02',
      title: { en: 'Marketing Management', es: 'Gestión de mercadotecnia' },
      description: {
        en: 'Marketing managers plan the big picture: which products to offer, what prices to set and how to reach customers, then lead teams to carry out that plan. Unlike its sibling pathways, it centers on strategy and leadership, with jobs like marketing manager, brand manager and product manager.',
        es: 'Los gerentes de mercadotecnia planean el panorama general: qué productos ofrecer, qué precios fijar y cómo llegar a los clientes, y luego dirigen equipos para cumplir ese plan. A diferencia de las otras trayectorias, se centra en la estrategia y el liderazgo, con empleos como gerente de mercadotecnia, gerente de marca y gerente de producto.',
      },
    },
    {
      code: '14-03',
      title: { en: 'Marketing Research', es: 'Investigación de mercados' },
      description: {
        en: 'Marketing researchers gather and study information about what people buy and why, using surveys, focus groups and sales data. This pathway is a good match for curious students who like numbers, with jobs such as market research analyst, survey researcher and data analyst.',
        es: 'Los investigadores de mercados reúnen y estudian información sobre qué compra la gente y por qué, usando encuestas, grupos de enfoque y datos de ventas. Esta trayectoria es buena para estudiantes curiosos a quienes les gustan los números, con empleos como analista de investigación de mercados, investigador de encuestas y analista de datos.',
      },
    },
    {
      code: '14-04',
      title: { en: 'Merchandising', es: 'Comercialización' },
      description: {
        en: 'Merchandising is about choosing, buying and displaying products in stores and online shops so they catch shoppers’ eyes and sell well. Jobs include retail buyer, visual merchandiser, store manager and e-commerce merchandiser.',
        es: 'La comercialización consiste en elegir, comprar y exhibir productos en tiendas físicas y en línea para que llamen la atención de los compradores y se vendan bien. Algunos empleos son comprador minorista, exhibidor visual de mercancía, gerente de tienda y especialista en comercio electrónico.',
      },
    },
    {
      code: '14-05',
      title: { en: 'Professional Sales', es: 'Ventas profesionales' },
      description: {
        en: 'Professional salespeople build relationships with customers, explain how products or services meet their needs and close deals. This pathway rewards confident communicators, with jobs such as sales representative, account manager, real estate agent and insurance sales agent.',
        es: 'Los vendedores profesionales crean relaciones con los clientes, explican cómo los productos o servicios cubren sus necesidades y cierran acuerdos. Esta trayectoria premia a quienes se comunican con seguridad, con empleos como representante de ventas, gerente de cuentas, agente de bienes raíces y agente de seguros.',
      },
    },
  ],
};
