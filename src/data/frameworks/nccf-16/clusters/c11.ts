import type { ClusterData } from '../../../../domain/framework.ts';

export const cluster11: ClusterData = {
  code: '11',
  title: { en: 'Information Technology', es: 'Tecnología de la información' },
  description: {
    en: 'People in information technology design, build, connect and look after the computers, networks, software and websites that homes, schools and businesses depend on. Example jobs include help desk technician, network administrator, software developer, cybersecurity analyst and web designer.',
    es: 'Las personas en tecnología de la información diseñan, construyen, conectan y cuidan las computadoras, redes, programas y sitios web de los que dependen hogares, escuelas y empresas. Algunos empleos son técnico de soporte, administrador de redes, desarrollador de software, analista de ciberseguridad y diseñador web.',
  },
  pathways: [
    {
      code: '11-01',
      title: { en: 'Information Support & Services', es: 'Apoyo y servicios de información' },
      description: {
        en: 'This pathway is about helping people use technology day to day: setting up devices, fixing problems, managing databases and training users. Instead of writing new programs, workers such as help desk specialists, computer support technicians and database administrators keep existing systems running smoothly.',
        es: 'Esta trayectoria se centra en ayudar a las personas a usar la tecnología cada día: instalar equipos, resolver problemas, administrar bases de datos y capacitar a usuarios. En lugar de crear programas nuevos, especialistas de mesa de ayuda, técnicos de soporte y administradores de bases de datos mantienen los sistemas funcionando bien.',
      },
    },
    {
      code: '11-02',
      title: { en: 'Network Systems', es: 'Sistemas de redes' },
      description: {
        en: 'Network workers plan, install and protect the wired and wireless connections that let computers, phones and servers talk to each other. Unlike other IT pathways, the focus is on the links and security between machines, with jobs such as network technician, systems administrator and cybersecurity specialist.',
        es: 'Quienes trabajan en redes planifican, instalan y protegen las conexiones con cable e inalámbricas que permiten comunicarse a computadoras, teléfonos y servidores. A diferencia de otras trayectorias de TI, el enfoque está en los enlaces y la seguridad entre equipos, con empleos como técnico de redes, administrador de sistemas y especialista en ciberseguridad.',
      },
    },
    {
      code: '11-03',
      title: {
        en: 'Programming & Software Development',
        es: 'Programación y desarrollo de software',
      },
      description: {
        en: 'Programmers write, test and improve the code behind apps, games, business tools and the software inside everyday devices. This pathway is for people who like solving logic puzzles and building new things, leading to jobs such as software developer, game programmer, mobile app developer and software tester.',
        es: 'Los programadores escriben, prueban y mejoran el código de aplicaciones, videojuegos, herramientas de negocio y el software dentro de aparatos cotidianos. Esta trayectoria es para quienes disfrutan resolver problemas de lógica y crear cosas nuevas, con empleos como desarrollador de software, programador de videojuegos, creador de apps móviles y probador de software.',
      },
    },
    {
      code: '11-04',
      title: { en: 'Web & Digital Communications', es: 'Web y comunicaciones digitales' },
      description: {
        en: 'This pathway blends technology with design to create websites, online media, animations and digital content that people see and use. Compared with pure programming, it puts more weight on look, layout and user experience, with jobs like web designer, front-end developer, digital media specialist and UX designer.',
        es: 'Esta trayectoria combina la tecnología con el diseño para crear sitios web, medios en línea, animaciones y contenido digital que la gente ve y usa. Frente a la programación pura, da más peso a la apariencia, la organización visual y la experiencia del usuario, con empleos como diseñador web, desarrollador front-end, especialista en medios digitales y diseñador de UX.',
      },
    },
  ],
};
