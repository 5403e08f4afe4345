/**
 * What students say they like, as the work it usually leads to (everyday-words.ts `related`):
 * pets, dinosaurs, babies, clothes, fabric, books, the gym, robots, singing, dancing, nature, plants,
 * reading. Each entry names the public source that ties the word to that work. Words whose
 * literal matches are other work ("plants": power and treatment plants; "cantar": "Canteros",
 * stonemasons) are figurative: they match only through the work they stand for.
 */
import type { EverydayWord } from './everyday-words.ts';

const OOH = 'BLS Occupational Outlook Handbook';

export const LIKED_WORDS: readonly EverydayWord[] = [
  {
    words: [
      'pet',
      'pets',
      'dog',
      'dogs',
      'cat',
      'cats',
      'horse',
      'horses',
      'mascota',
      'mascotas',
      'perro',
      'perros',
      'gato',
      'gatos',
      'caballo',
      'caballos',
    ],
    means: [],
    related: ['animal', 'veterinarian', 'veterinary', 'veterinario'],
    source: `${OOH}, "Animal Care and Service Workers": they feed, groom, bathe and exercise pets and other animals (https://www.bls.gov/ooh/personal-care-and-service/animal-care-and-service-workers.htm); "Veterinarians" (https://www.bls.gov/ooh/healthcare/veterinarians.htm)`,
  },
  {
    words: ['dinosaur', 'dinosaurs', 'dinosaurio', 'dinosaurios', 'fossils', 'fosiles'],
    means: [],
    related: ['paleontologist', 'geoscientist', 'paleontologo'],
    source: `${OOH}, "Geoscientists": paleontologists study fossils to trace the evolution of plant and animal life (https://www.bls.gov/ooh/life-physical-and-social-science/geoscientists.htm)`,
  },
  {
    words: ['baby', 'babies', 'bebe', 'bebes'],
    means: [],
    related: ['childcare', 'pediatrician', 'infantil', 'pediatra', 'neonatal', 'pediatric'],
    source: `${OOH}, "Childcare Workers": they care for infants and children (https://www.bls.gov/ooh/personal-care-and-service/childcare-workers.htm); "Physicians and Surgeons": pediatricians care for infants, children and teenagers (https://www.bls.gov/ooh/healthcare/physicians-and-surgeons.htm); "Registered Nurses": neonatology nurses care for newborn babies (https://www.bls.gov/ooh/healthcare/registered-nurses.htm), as O*NET 27.0's other names of registered nurses "Neonatal Nurse" and "Pediatric Nurse"`,
  },
  {
    words: ['clothes', 'clothing', 'ropa'],
    means: [],
    related: ['fashion', 'moda', 'tailor', 'dressmaker', 'seamstress', 'sastre', 'modista'],
    figurative: true,
    source: `${OOH}, "Fashion Designers": they create original clothing, accessories and footwear (https://www.bls.gov/ooh/arts-and-design/fashion-designers.htm); BLS SOC 2018 definitions, 51-6052 "Tailors, Dressmakers, and Custom Sewers": design, make, alter, repair, or fit garments; seamstresses are among the other names O*NET 27.0 gives sewers, hand and sewing machine operators (https://www.bls.gov/soc/2018/soc_2018_definitions.pdf). As typed, "ropa" and "clothes" in titles and other names are pressing, laundry and textile work ("Planchadores de ropa", "Clothes Ironer")`,
  },
  {
    words: ['books', 'libro', 'libros', 'reading', 'leer'],
    means: [],
    related: ['librarian', 'writer', 'author', 'editor', 'bibliotecario', 'escritor'],
    figurative: true,
    source: `${OOH}, "Librarians and Library Media Specialists", "Writers and Authors" and "Editors" (https://www.bls.gov/ooh/education-training-and-library/librarians.htm, https://www.bls.gov/ooh/media-and-communication/writers-and-authors.htm, https://www.bls.gov/ooh/media-and-communication/editors.htm). As typed, "Book" in titles is betting and binding ("Gambling and Sports Book Writers", "Book Sewer")`,
  },
  {
    words: ['write', 'escribir'],
    means: [],
    related: ['writer', 'author', 'escritor', 'autor'],
    source: `${OOH}, "Writers and Authors": they develop written content for books, magazines, scripts and online publications (https://www.bls.gov/ooh/media-and-communication/writers-and-authors.htm)`,
  },
  {
    words: ['gym', 'gimnasio', 'workout', 'ejercicio'],
    means: [],
    related: ['fitness', 'exercise', 'acondicionamiento'],
    source: `${OOH}, "Exercise Trainers and Group Fitness Instructors": they lead, instruct and motivate people in exercise activities (https://www.bls.gov/ooh/personal-care-and-service/fitness-trainers-and-instructors.htm)`,
  },
  {
    words: ['robot', 'robots', 'robotica'],
    means: [],
    related: ['robotics', 'robotica'],
    source:
      'O*NET 27.0 occupations 17-2199.08 "Robotics Engineers" and 17-3024.01 "Robotics Technicians": they design, build and maintain robots (https://www.onetonline.org/link/summary/17-3024.01)',
  },
  {
    words: ['sing', 'cantar', 'canto'],
    means: [],
    related: ['singer', 'musician', 'cantante', 'musico'],
    figurative: true,
    source: `${OOH}, "Musicians and Singers" (https://www.bls.gov/ooh/entertainment-and-sports/musicians-and-singers.htm). As typed, "cantar" is read as "cantero" (a stonemason) and "Canter" is logging work`,
  },
  {
    // "record music", "recording studio", "grabar canciones": recording sound. As typed,
    // "record" alone is record keeping, "Recording Studio Setup Worker" is an other name of
    // hand laborers, and "grabar" alone is also engraving ("Grabadores").
    words: [
      'recording',
      'record music',
      'record songs',
      'record a song',
      'recording studio',
      'music studio',
      'grabacion',
      'grabar musica',
      'grabar canciones',
      'grabar una cancion',
      'estudio de grabacion',
    ],
    means: ['sound engineering', 'recording engineer', 'sound recording', 'sonido'],
    related: ['audio', 'musician', 'musico'],
    figurative: true,
    source: `${OOH}, "Broadcast, Sound, and Video Technicians": sound engineering technicians record, synchronize, mix and reproduce music, voices and sound effects in recording studios (https://www.bls.gov/ooh/media-and-communication/broadcast-and-sound-engineering-technicians.htm); O*NET 27.0 other names of 27-4014.00: "Recording Engineer", "Sound Recording Technician", "Studio Engineer"`,
  },
  {
    // "make beats": producing music on a computer. As typed, "beats" finds "Beater", an other
    // name of production work.
    words: ['beats', 'beat', 'beatmaker', 'make beats', 'hacer beats', 'music production'],
    means: ['composer', 'compositor'],
    related: ['musician', 'musico', 'audio'],
    figurative: true,
    source: `${OOH}, "Music Directors and Composers": composers write and arrange music, increasingly with computer software (https://www.bls.gov/ooh/entertainment-and-sports/music-directors-and-composers.htm); "Broadcast, Sound, and Video Technicians": sound engineering technicians mix music (https://www.bls.gov/ooh/media-and-communication/broadcast-and-sound-engineering-technicians.htm)`,
  },
  {
    // "canciones" is one letter from "camiones" (trucks) as typed.
    words: ['cancion', 'song', 'songwriter'],
    means: [],
    related: [
      'musician',
      'singer',
      'composer',
      'lyricist',
      'musico',
      'cantante',
      'compositor',
      'letrista',
    ],
    figurative: true,
    source: `${OOH}, "Musicians and Singers" and "Music Directors and Composers": composers write songs (https://www.bls.gov/ooh/entertainment-and-sports/music-directors-and-composers.htm); O*NET 27.0 27-2043.00 "Poets, Lyricists and Creative Writers"`,
  },
  {
    words: ['bailar', 'baile'],
    means: ['dance'],
    related: ['dancer', 'bailarin', 'choreographer', 'coreografo'],
    figurative: true,
    source: `${OOH}, "Dancers and Choreographers" (https://www.bls.gov/ooh/entertainment-and-sports/dancers-and-choreographers.htm). As typed, "bailar" is one letter from "Bailer", pressing work`,
  },
  {
    words: ['nature', 'naturaleza', 'wildlife'],
    means: [],
    related: ['conservation', 'conservationist', 'forester', 'wildlife', 'conservacion'],
    source: `${OOH}, "Conservation Scientists and Foresters": they manage the land quality of forests, parks and other natural resources (https://www.bls.gov/ooh/life-physical-and-social-science/conservation-scientists.htm); "Zoologists and Wildlife Biologists" (https://www.bls.gov/ooh/life-physical-and-social-science/zoologists-and-wildlife-biologists.htm)`,
  },
  {
    words: ['plants', 'plantas', 'gardening', 'jardineria'],
    means: [],
    related: ['greenhouse', 'nursery', 'soil', 'landscaping', 'invernadero', 'vivero'],
    figurative: true,
    source: `${OOH}, "Agricultural Workers" (crop, nursery and greenhouse workers), "Agricultural and Food Scientists" (soil and plant scientists) and "Grounds Maintenance Workers" (https://www.bls.gov/ooh/farming-fishing-and-forestry/agricultural-workers.htm, https://www.bls.gov/ooh/life-physical-and-social-science/agricultural-and-food-scientists.htm, https://www.bls.gov/ooh/building-and-grounds-cleaning/grounds-maintenance-workers.htm). As typed, "Plant" in titles is mostly a factory or power plant`,
  },
  {
    words: ['cake', 'cakes', 'pastel', 'pasteles', 'pasteleria', 'reposteria'],
    means: [],
    related: ['baker', 'panadero', 'pastelero', 'repostero'],
    figurative: true,
    source: `${OOH}, "Bakers": they mix ingredients and bake breads, pastries and other baked goods (https://www.bls.gov/ooh/production/bakers.htm). As typed, "Cake" in other names is packing and testing ("Cake Packer", "Cake Tester")`,
  },
  {
    words: ['photos', 'photo', 'pictures', 'picture', 'fotos', 'foto'],
    means: [],
    related: [
      'photographer',
      'photography',
      'fotografo',
      'fotografia',
      'illustrator',
      'ilustrador',
    ],
    figurative: true,
    source: `${OOH}, "Photographers": they use their technical expertise, creativity and composition skills to produce and preserve images (https://www.bls.gov/ooh/media-and-communication/photographers.htm); "Craft and Fine Artists": illustrators create pictures for books, magazines and other publications (https://www.bls.gov/ooh/arts-and-design/craft-and-fine-artists.htm). As typed, "Picture" in titles is film ("Motion Picture Projectionists")`,
  },
  {
    words: ['numbers', 'numeros', 'number crunching'],
    means: [],
    related: [
      'accountant',
      'actuary',
      'statistician',
      'mathematician',
      'bookkeeping',
      'contador',
      'actuario',
      'estadistico',
      'matematico',
      'contabilidad',
    ],
    source: `${OOH}, "Math Occupations": actuaries, mathematicians and statisticians use mathematics and statistics to analyze data (https://www.bls.gov/ooh/math/home.htm); "Accountants and Auditors" and "Bookkeeping, Accounting, and Auditing Clerks": they prepare and examine financial records (https://www.bls.gov/ooh/business-and-financial/accountants-and-auditors.htm, https://www.bls.gov/ooh/office-and-administrative-support/bookkeeping-accounting-and-auditing-clerks.htm)`,
  },
  {
    // Not "fábrica" (a factory) without its -a: spanish.ts keeps the two apart. Not "sewer":
    // "Sewer Pipe Cleaners".
    words: ['fabric', 'fabrics', 'tela', 'telas'],
    means: ['textile', 'textil'],
    related: [
      'sewing',
      'sewer',
      'tailor',
      'dressmaker',
      'upholsterer',
      'costurero',
      'sastre',
      'tapicero',
    ],
    source:
      'BLS SOC 2018, minor group 51-6000 "Textile, Apparel, and Furnishings Workers": sewing machine operators, hand sewers, tailors and dressmakers, textile machine setters and operators, fabric and apparel patternmakers and upholsterers work with fabric (https://www.bls.gov/soc/2018/major_groups.htm#51-0000)',
  },
  {
    words: ['insect', 'insects', 'bug', 'bugs', 'insecto', 'insectos', 'bichos'],
    means: [],
    related: ['entomologist', 'pest', 'zoologist', 'plaga', 'zoologo'],
    figurative: true,
    source: `${OOH}, "Zoologists and Wildlife Biologists": entomologists study insects (https://www.bls.gov/ooh/life-physical-and-social-science/zoologists-and-wildlife-biologists.htm); "Pest Control Workers": they remove unwanted pests such as insects (https://www.bls.gov/ooh/building-and-grounds-cleaning/pest-control-workers.htm). As typed, "Insect" in other names is inspection and spraying work ("Insect Control Inspector") and a bug is a software defect`,
  },
  {
    words: ['rocket', 'rockets', 'cohete', 'cohetes'],
    means: [],
    related: ['aerospace', 'aeroespacial'],
    source: `${OOH}, "Aerospace Engineers": they design aircraft, spacecraft, satellites and missiles (https://www.bls.gov/ooh/architecture-and-engineering/aerospace-engineers.htm); O*NET 27.0's other name of aerospace engineers "Rocket Scientist"`,
  },
  {
    words: ['trains', 'tren', 'trenes'],
    means: [],
    related: ['railroad', 'rail', 'locomotive', 'ferrocarril', 'ferroviario', 'locomotora'],
    figurative: true,
    source: `${OOH}, "Railroad Workers": locomotive engineers, conductors and yardmasters, and signal and switch operators work on trains (https://www.bls.gov/ooh/transportation-and-material-moving/railroad-occupations.htm). As typed, "trains" is read as "training" ("Training and Development Specialists")`,
  },
  {
    // "cooking": the cooks and chefs. As typed, "Cooking" in titles is food machine work ("Food
    // Cooking Machine Operators and Tenders").
    words: ['cooking'],
    means: ['cook', 'chef'],
    figurative: true,
    source: `${OOH}, "Cooks": they prepare, season and cook a wide range of foods; "Chefs and Head Cooks" (https://www.bls.gov/ooh/food-preparation-and-serving/cooks.htm, https://www.bls.gov/ooh/food-preparation-and-serving/chefs-and-head-cooks.htm)`,
  },
  {
    // "singer": who sings, as "sing" says. As typed, "Singer" is also textile work that singes
    // cloth ("Gas Singer", "Cloth Edge Singer").
    words: ['singer', 'singers', 'vocalist', 'vocalists'],
    means: ['singer'],
    related: ['musician', 'music', 'musico', 'musica'],
    source: `${OOH}, "Musicians and Singers": singers use a wide variety of techniques to perform music (https://www.bls.gov/ooh/entertainment-and-sports/musicians-and-singers.htm); "Music Directors and Composers" (https://www.bls.gov/ooh/entertainment-and-sports/music-directors-and-composers.htm)`,
  },
  {
    // "escribir historias", "write stories": stories are written by writers. As typed,
    // "historia" alone is history ("Profesores universitarios de historia").
    words: [
      'stories',
      'story',
      'cuentos',
      'cuento',
      'write stories',
      'escribir historias',
      'escribir cuentos',
      'contar historias',
      'inventar historias',
    ],
    means: [],
    related: ['writer', 'author', 'escritor', 'autor'],
    source: `${OOH}, "Writers and Authors": they write fiction and nonfiction, including stories, for books, magazines and online publications (https://www.bls.gov/ooh/media-and-communication/writers-and-authors.htm); Real Academia Española, Diccionario, "historia": narración inventada; "cuento": narración breve de ficción (https://dle.rae.es/historia, https://dle.rae.es/cuento)`,
  },
  {
    // "work in a lab": a laboratory. As typed, "lab" starts "Labor Relations Specialists".
    words: ['lab', 'labs'],
    means: ['laboratory', 'laboratorio'],
    figurative: true,
    source: `${OOH}, "Clinical Laboratory Technologists and Technicians" and "Biological Technicians": they work in laboratories (https://www.bls.gov/ooh/healthcare/clinical-laboratory-technologists-and-technicians.htm, https://www.bls.gov/ooh/life-physical-and-social-science/biological-technicians.htm); O*NET 27.0 other names "Lab Technician", "Lab Worker"`,
  },
  {
    words: ['math', 'maths', 'matematicas', 'matematica'],
    means: ['mathematician'],
    related: ['statistician', 'actuary', 'estadistico', 'actuario'],
    source: `${OOH}, "Math Occupations": actuaries, mathematicians and statisticians use mathematics and statistics (https://www.bls.gov/ooh/math/home.htm)`,
  },
  {
    // "work on a farm": the farmers and farmworkers, not first the mechanics of farm equipment.
    words: ['farm', 'farms', 'granja', 'granjas'],
    means: ['farmer', 'farmworker', 'granjero'],
    source: `${OOH}, "Agricultural Workers": farmworkers work on farms; "Farmers, Ranchers, and Other Agricultural Managers" (https://www.bls.gov/ooh/farming-fishing-and-forestry/agricultural-workers.htm, https://www.bls.gov/ooh/management/farmers-ranchers-and-other-agricultural-managers.htm)`,
  },
  {
    words: ['app', 'apps'],
    means: ['software'],
    figurative: true,
    source: `${OOH}, "Software Developers, Quality Assurance Analysts, and Testers": developers design computer applications or programs (https://www.bls.gov/ooh/computer-and-information-technology/software-developers.htm). As typed, "app" is the start of "Appraisers" and "Appliance"`,
  },
];
