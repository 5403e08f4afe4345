/**
 * Everyday Spanish that Spanish-speaking students in the US type for work, beside the entries of
 * everyday-words.ts that hold both languages: words of the Spanish spoken in the US and Mexico
 * taken from English ("troca" for truck, "compu"), short and regional names ("moto",
 * "azafata", "aeromozo") and phrases whose meaning is the phrase ("medio ambiente", "mi propio
 * jefe"). Each entry names where both names are used for the same thing.
 */
import type { EverydayWord } from './everyday-words.ts';
import { BRAND_AND_LOAN_WORDS } from './everyday-loans.ts';

const DLE = 'Real Academia Española, Diccionario de la lengua española';
const OOH = 'BLS Occupational Outlook Handbook';

export const SPANISH_WORDS: readonly EverydayWord[] = [
  {
    words: ['troca', 'trocas', 'troque', 'troques'],
    means: ['camion', 'truck'],
    source: `${DLE}, "troca" (Méx., del inglés truck) (https://dle.rae.es/troca); "troque" from truck in the Spanish of the Mexican border (El Imparcial, "Pochismos de mi niñez", https://www.elimparcial.com/tijuana/columnas/Pochismos-de-mi-ninez-20231112-0006.html)`,
  },
  {
    words: ['troquero', 'troquera', 'trokero', 'trokera'],
    means: ['camionero', 'camion', 'truck'],
    source: `The driver of a "troca" or "troque" (see those), as "camionero" is of a "camión" (${DLE}, "camionero", https://dle.rae.es/camionero)`,
  },
  {
    // "manejar carros", "manejar camiones": to drive (Am.), the work of drivers.
    words: ['manejar'],
    means: ['conductor', 'driver', 'drive'],
    source: `${DLE}, "manejar" (Am.: conducir un automóvil) and "conducir" (https://dle.rae.es/manejar, https://dle.rae.es/conducir); ${OOH}, "Motor Vehicle Operators" (https://www.bls.gov/ooh/transportation-and-material-moving/home.htm)`,
  },
  {
    words: ['compu', 'compus'],
    means: ['computadora', 'computer'],
    source: `The first syllables of "computadora" (${DLE}, https://dle.rae.es/computadora), shortened as "moto" is of "motocicleta" and "foto" of "fotografía" (https://dle.rae.es/foto)`,
  },
  {
    words: ['moto', 'motos'],
    means: ['motocicleta', 'motorcycle'],
    source: `${DLE}, "moto": motocicleta (https://dle.rae.es/moto); ${OOH}, "Small Engine Mechanics": motorcycle mechanics (https://www.bls.gov/ooh/installation-maintenance-and-repair/small-engine-mechanics.htm)`,
  },
  {
    words: ['azafata', 'azafato', 'aeromozo', 'aeromoza'],
    means: ['sobrecargo', 'flight attendant'],
    source: `${DLE}, "azafata" and "aeromozo": the person who looks after passengers on a plane (https://dle.rae.es/azafato, https://dle.rae.es/aeromozo); our title "Sobrecargos (auxiliares de vuelo)" for O*NET "Flight Attendants"`,
  },
  {
    words: ['tatuaje', 'tatuajes', 'tatuador', 'tatuadora', 'tatuar'],
    means: ['tattoo', 'tattooer', 'tattooist'],
    source: `${DLE}, "tatuaje" and "tatuador" (https://dle.rae.es/tatuaje); O*NET 27.0 other names "Tattoo Artist", "Tattooer", "Tattooist"`,
  },
  {
    words: ['ciberseguridad'],
    means: ['cyber security', 'cybersecurity', 'seguridad informacion'],
    source: `${DLE}, "ciber-": significa 'cibernético' (https://dle.rae.es/ciber-); O*NET 27.0 other names of "Information Security Analysts" with "Cyber Security"; ${OOH}, "Information Security Analysts": they protect an organization's computer networks and systems (https://www.bls.gov/ooh/computer-and-information-technology/information-security-analysts.htm)`,
  },
  {
    words: ['limpiar'],
    means: ['limpieza', 'cleaner', 'cleaning'],
    source: `${DLE}, "limpiar" and "limpieza" (https://dle.rae.es/limpiar, https://dle.rae.es/limpieza); ${OOH}, "Janitors and Building Cleaners" and "Maids and Housekeeping Cleaners" (https://www.bls.gov/ooh/building-and-grounds-cleaning/home.htm)`,
  },
  {
    words: ['vender'],
    // A dealer sells what is named beside it ("Auto Dealer", "Car Dealer": retail salespersons).
    means: ['venta', 'sales', 'seller', 'salesperson', 'dealer'],
    source: `${DLE}, "vender" and "venta" (https://dle.rae.es/vender); ${OOH}, "Sales Occupations" (https://www.bls.gov/ooh/sales/home.htm)`,
  },
  {
    words: [
      'inmobiliario',
      'inmobiliaria',
      'vender casas',
      'venta de casas',
      'comprar casas',
      // The same wish in English: "Houses" as typed names the builders ("build houses").
      'sell houses',
      'sell homes',
      'selling houses',
      'selling homes',
    ],
    means: ['bienes raices', 'real estate', 'realtor'],
    source: `${DLE}, "inmobiliario": perteneciente o relativo a los bienes inmuebles (https://dle.rae.es/inmobiliario); ${OOH}, "Real Estate Brokers and Sales Agents": they help clients buy, sell and rent properties (https://www.bls.gov/ooh/sales/real-estate-brokers-and-sales-agents.htm)`,
  },
  {
    words: [
      'pediatra',
      'doctor de niños',
      'medico de niños',
      'doctor de bebes',
      'medico de bebes',
      'doctor infantil',
      'medico infantil',
    ],
    means: ['pediatrician', 'pediatric'],
    source: `${DLE}, "pediatra": médico especialista en pediatría; "pediatría": rama de la medicina que se ocupa de la salud de los niños (https://dle.rae.es/pediatra, https://dle.rae.es/pediatr%C3%ADa)`,
  },
  {
    words: ['ambiente', 'medio ambiente', 'medioambiente'],
    means: ['ambiental', 'environmental', 'environment'],
    source: `${DLE}, "medio ambiente" and "ambiental": perteneciente o relativo al ambiente (https://dle.rae.es/ambiente, https://dle.rae.es/ambiental); ${OOH}, "Environmental Scientists and Specialists" (https://www.bls.gov/ooh/life-physical-and-social-science/environmental-scientists-and-specialists.htm)`,
  },
  {
    words: [
      'empresario',
      'empresaria',
      'emprendedor',
      'emprendedora',
      'propio jefe',
      'propia jefa',
      'propio negocio',
      'propia empresa',
    ],
    means: [],
    related: ['manager', 'gerente', 'executive', 'ejecutivo'],
    source: `${DLE}, "empresario": titular propietario o directivo de una industria, negocio o empresa (https://dle.rae.es/empresario); ${OOH}, "Top Executives" and "Management Occupations" (https://www.bls.gov/ooh/management/top-executives.htm)`,
  },
  {
    words: ['oficina', 'oficinas'],
    means: ['office'],
    source: `${DLE}, "oficina": local donde se hace, se ordena o trabaja algo (https://dle.rae.es/oficina); ${OOH}, "Office and Administrative Support Occupations": general office clerks, secretaries and administrative assistants (https://www.bls.gov/ooh/office-and-administrative-support/home.htm)`,
  },
  {
    words: ['ciencia', 'ciencias'],
    means: ['cientifico', 'scientist'],
    source: `${DLE}, "científico": que se dedica a una o más ciencias (https://dle.rae.es/cient%C3%ADfico); ${OOH}, "Life, Physical, and Social Science Occupations": the scientists of each science (https://www.bls.gov/ooh/life-physical-and-social-science/home.htm)`,
  },
  {
    words: ['edificio', 'edificios'],
    means: ['building'],
    source: `${DLE}, "edificio": construcción fija, hecha con materiales resistentes, para habitación humana o para otros usos (https://dle.rae.es/edificio); ${OOH}, "Architects": they plan and design houses, office buildings and other structures (https://www.bls.gov/ooh/architecture-and-engineering/architects.htm)`,
  },
  {
    words: ['diseñar', 'diseño', 'diseños'],
    means: ['design', 'designer'],
    source: `${DLE}, "diseñar": hacer un diseño (https://dle.rae.es/dise%C3%B1ar); ${OOH}, "Arts and Design Occupations" and "Architects" (they design buildings) (https://www.bls.gov/ooh/arts-and-design/home.htm)`,
  },
  {
    words: ['casa', 'casas', 'hogar', 'hogares'],
    means: ['domestico', 'house', 'home'],
    source: `${DLE}, "doméstico": perteneciente o relativo a la casa u hogar (https://dle.rae.es/dom%C3%A9stico), as in our title "Camaristas y personal de limpieza doméstica"; O*NET 27.0 other names "House Cleaner", "Home Housekeeper", "Home Health Aide"`,
  },
  {
    words: ['deporte', 'deportes'],
    means: ['deportivo', 'sport'],
    source: `${DLE}, "deportivo": perteneciente o relativo al deporte (https://dle.rae.es/deportivo), as in our titles "Entrenadores y cazatalentos deportivos" and "Árbitros y jueces deportivos" for O*NET "Coaches and Scouts" and "Umpires, Referees, and Other Sports Officials"`,
  },
  {
    words: ['actuar', 'actuacion'],
    means: ['actor'],
    // As typed, "actuar" starts "Actuarios" (actuaries), who work with risk and statistics.
    figurative: true,
    source: `${DLE}, "actor": persona que interpreta un papel en el teatro, el cine, la radio o la televisión; "actuar": interpretar un papel (https://dle.rae.es/actor, https://dle.rae.es/actuar); ${OOH}, "Actors" (https://www.bls.gov/ooh/entertainment-and-sports/actors.htm)`,
  },
  {
    // "pilotear aviones": who flies them; as typed, no title says the verb.
    words: ['pilotear', 'pilotar'],
    means: ['piloto', 'pilot'],
    source: `${DLE}, "pilotar": dirigir un buque, un automóvil, un globo, un avión, etc.; "pilotear": pilotar (https://dle.rae.es/pilotar, https://dle.rae.es/pilotear); ${OOH}, "Airline and Commercial Pilots" (https://www.bls.gov/ooh/transportation-and-material-moving/airline-and-commercial-pilots.htm)`,
  },
  {
    words: ['pintar'],
    means: ['pintor', 'painter'],
    source: `${DLE}, "pintor": persona que se dedica a pintar (https://dle.rae.es/pintor); ${OOH}, "Painters, Construction and Maintenance" and "Craft and Fine Artists" (painters) (https://www.bls.gov/ooh/construction-and-extraction/painters-construction-and-maintenance.htm)`,
  },
  {
    // "Enseñar" starts no title, as "teach" starts "Teachers"; "dar clases" is no "Class …".
    words: ['enseñar', 'dar clases', 'dar clase'],
    means: ['maestro', 'profesor', 'teacher'],
    source: `${DLE}, "maestro": persona que enseña una ciencia, arte u oficio; "profesor": persona que ejerce o enseña una ciencia o arte (https://dle.rae.es/maestro, https://dle.rae.es/profesor); ${OOH}, "Education, Training, and Library Occupations" (https://www.bls.gov/ooh/education-training-and-library/home.htm)`,
  },
  {
    // "cultivar comida": who grows it, as O*NET's other names say ("Grower", "Vegetable Grower",
    // "Food Crops Farm Hand"); no title says the verb.
    words: ['cultivar', 'sembrar', 'cosechar', 'cultivo', 'cultivos', 'siembra', 'cosecha'],
    means: ['grower', 'cultivator'],
    related: ['farmer', 'agricultor'],
    source: `${DLE}, "cultivar": dar a la tierra y a las plantas las labores necesarias para que fructifiquen; "sembrar": arrojar y esparcir las semillas en la tierra (https://dle.rae.es/cultivar, https://dle.rae.es/sembrar); ${OOH}, "Agricultural Workers": crop workers plant, cultivate and harvest crops (https://www.bls.gov/ooh/farming-fishing-and-forestry/agricultural-workers.htm); O*NET 27.0 other names "Grower", "Vegetable Grower", "Cultivator"`,
  },
  {
    // "trabajar en el campo": farm work. As typed, "campos" is in "Obreros de campos de petróleo".
    words: ['campo'],
    means: [],
    related: ['farmer', 'agricultor', 'agricultural', 'agricola', 'ranch'],
    figurative: true,
    source: `${DLE}, "campo": tierra laborable; sembrados, árboles y demás cultivos (https://dle.rae.es/campo); ${OOH}, "Agricultural Workers" and "Farmers, Ranchers, and Other Agricultural Managers" (https://www.bls.gov/ooh/farming-fishing-and-forestry/agricultural-workers.htm, https://www.bls.gov/ooh/management/farmers-ranchers-and-other-agricultural-managers.htm)`,
  },
  {
    // "pintar cuadros": the painters of pictures, not of walls ("Portrait Painter", "Fine Artist").
    words: ['cuadro', 'cuadros', 'lienzo', 'lienzos'],
    means: [],
    related: ['illustrator', 'ilustrador', 'escultor', 'portrait'],
    figurative: true,
    source: `${DLE}, "cuadro": lienzo, lámina, etc., de pintura (https://dle.rae.es/cuadro); ${OOH}, "Craft and Fine Artists": painters, sculptors and illustrators create original works of art (https://www.bls.gov/ooh/arts-and-design/craft-and-fine-artists.htm); O*NET 27.0 other names "Fine Artist", "Portrait Painter"`,
  },
  {
    // "tocar guitarra", "tocar el piano": who plays one ("Guitar Player", "Pianist").
    words: ['guitarra', 'guitarras', 'piano', 'pianos', 'bateria'],
    means: [],
    related: ['musician', 'musico'],
    figurative: true,
    source: `${DLE}, "guitarra", "piano": instrumentos musicales (https://dle.rae.es/guitarra, https://dle.rae.es/piano); ${OOH}, "Musicians and Singers": musicians play instruments (https://www.bls.gov/ooh/entertainment-and-sports/musicians-and-singers.htm). As typed, "batería" is also a battery`,
  },
  {
    // "investigar crímenes": who solves them.
    words: ['crimen', 'crimenes', 'delito', 'delitos'],
    means: ['criminal'],
    related: ['detective', 'police', 'policia', 'investigator'],
    source: `${DLE}, "crimen": delito grave (https://dle.rae.es/crimen); ${OOH}, "Police and Detectives": detectives gather facts and collect evidence of possible crimes (https://www.bls.gov/ooh/protective-service/police-and-detectives.htm)`,
  },
  {
    // "hacer pan": who bakes it. As typed, "Pan" in O*NET's other names is a pan ("Pan Washer").
    words: ['pan', 'panes'],
    means: [],
    related: ['baker', 'panadero'],
    figurative: true,
    source: `${DLE}, "pan": porción de una masa de harina y agua que, después de fermentada, se cuece en un horno (https://dle.rae.es/pan); ${OOH}, "Bakers": they bake breads, pastries and other baked goods (https://www.bls.gov/ooh/production/bakers.htm)`,
  },
  {
    // "repartir comida", "repartir paquetes": who delivers ("Delivery Driver", "Pizza Delivery
    // Driver"), as our title "Conductores repartidores y vendedores" says.
    words: ['repartir', 'reparto'],
    means: ['repartidor', 'delivery'],
    source: `${DLE}, "repartir": entregar a domicilio las mercancías (https://dle.rae.es/repartir); ${OOH}, "Delivery Truck Drivers and Driver/Sales Workers" (https://www.bls.gov/ooh/transportation-and-material-moving/delivery-truck-drivers-and-driver-sales-workers.htm); O*NET 27.0 other names "Delivery Driver", "Pizza Delivery Driver"`,
  },
  {
    // "trabajar en una tienda": who sells, rings up and stocks there, as O*NET's other names say
    // "Store Clerk" of cashiers, retail salespersons and stockers. As typed, "tiendas" is only in
    // "Especialistas en prevención de pérdidas en tiendas", which is where they work too.
    words: ['tienda', 'tiendas'],
    means: [],
    related: ['cashier', 'minorista', 'retail', 'stocker'],
    figurative: true,
    source: `${DLE}, "tienda": casa, puesto o lugar donde se venden al público artículos de comercio al por menor; "minorista": who sells at retail (https://dle.rae.es/tienda, https://dle.rae.es/minorista); ${OOH}, "Cashiers", "Retail Sales Workers" and "Hand Laborers and Material Movers" (stockers) (https://www.bls.gov/ooh/sales/cashiers.htm, https://www.bls.gov/ooh/sales/retail-sales-workers.htm); O*NET 27.0 other name "Store Clerk" of 41-2011.00, 41-2031.00 and 53-7065.00`,
  },
  {
    // "arreglar celulares": a "celular" students name is the phone, as O*NET's other names say it
    // ("Cell Phone Repairer", "Telephone Repairer"); the adjective of cells in "Biólogos
    // moleculares y celulares" is what "células" and "biología" find.
    words: ['celular', 'celulares'],
    means: ['phone', 'cellphone', 'telefono', 'telefonia'],
    figurative: true,
    source: `${DLE}, "celular": (Am.) teléfono celular (https://dle.rae.es/celular); O*NET 27.0 other names "Cellular Phone Repairer (Cell Phone Repairer)" of "Electrical and Electronic Engineering Technologists and Technicians" and "Telephone Repairer" of "Telecommunications Equipment Installers and Repairers"`,
  },
  {
    // "curar animales", "curar gente": who treats the sick. As typed, "curar" starts "Curadores"
    // (museum curators), who keep collections.
    words: ['curar', 'sanar'],
    means: [],
    related: ['medico', 'physician', 'veterinario', 'veterinarian', 'enfermero', 'nurse'],
    figurative: true,
    source: `${DLE}, "curar": to treat a patient with the remedies for an injury or illness; "curador" also names who looks after a museum's collections (https://dle.rae.es/curar, https://dle.rae.es/curador); ${OOH}, "Physicians and Surgeons" and "Veterinarians": they diagnose and treat illnesses of people and of animals (https://www.bls.gov/ooh/healthcare/physicians-and-surgeons.htm, https://www.bls.gov/ooh/healthcare/veterinarians.htm)`,
  },
  {
    // "trabajar en el mar": at sea. As typed, "mar" starts "Marketing" and "Mercadotecnia".
    words: ['mar', 'mares'],
    means: [],
    related: ['marine', 'sailor', 'marino', 'marinero', 'oceanographer', 'pescador'],
    figurative: true,
    source: `${DLE}, "mar": masa de agua salada que cubre la mayor parte de la superficie de la Tierra (https://dle.rae.es/mar); ${OOH}, "Water Transportation Workers" (sailors, marine oilers), "Geoscientists" (oceanographers) and "Fishing and Hunting Workers" (https://www.bls.gov/ooh/transportation-and-material-moving/water-transportation-occupations.htm, https://www.bls.gov/ooh/farming-fishing-and-forestry/fishers-and-related-fishing-workers.htm)`,
  },
  {
    // "trabajar en la tele". As typed, "tele" starts "telecomunicaciones" and "Telemarketer".
    words: ['tele'],
    means: ['television'],
    figurative: true,
    source: `${DLE}, "tele": coloq. televisión (https://dle.rae.es/tele); ${OOH}, "Broadcast, Sound, and Video Technicians" and "Film and Video Editors and Camera Operators" (https://www.bls.gov/ooh/media-and-communication/home.htm)`,
  },
  {
    // "cortar el césped", "cortar el zacate": lawn care, as O*NET's other names say it ("Lawn
    // Mower", "Grass Cutter"), not the cutters of metal that "cortar" finds alone.
    words: ['cesped', 'pasto', 'zacate'],
    means: ['lawn', 'grass'],
    related: ['landscaping', 'groundskeeper', 'jardinero'],
    source: `${DLE}, "césped": hierba menuda y tupida que cubre el suelo; "zacate" (Am. Central, Méx.): hierba, pasto (https://dle.rae.es/c%C3%A9sped, https://dle.rae.es/zacate); O*NET 27.0 other names "Lawn Mower", "Grass Cutter", "Lawn Care Worker" of "Landscaping and Groundskeeping Workers" (37-3011.00)`,
  },
  {
    // "hacer tacos", "vender hamburguesas": foods students name for the cooks who make them.
    words: [
      'taco',
      'tacos',
      'tamal',
      'tamales',
      'burrito',
      'burritos',
      'hamburguesa',
      'hamburguesas',
    ],
    means: [],
    related: ['cook', 'cocinero', 'chef'],
    source: `${DLE}, "taco" (Méx.): tortilla de maíz enrollada con algún alimento dentro; "tamal"; "hamburguesa" (https://dle.rae.es/taco, https://dle.rae.es/tamal, https://dle.rae.es/hamburguesa); ${OOH}, "Cooks": they prepare, season and cook food in restaurants and fast-food places (https://www.bls.gov/ooh/food-preparation-and-serving/cooks.htm)`,
  },
  ...BRAND_AND_LOAN_WORDS,
];
