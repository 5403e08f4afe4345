import type { ClusterData } from '../../../../domain/framework.ts';

export const cluster03: ClusterData = {
  code: '03',
  title: {
    en: 'Arts, A/V Technology & Communications',
    es: 'Artes, tecnología audiovisual y comunicaciones',
  },
  description: {
    en: 'People in this cluster create, perform, and share ideas through art, music, writing, film, and the technology that carries them to an audience. Jobs include graphic designer, actor, reporter, video editor, photographer, and sound engineer.',
    es: 'Las personas de este grupo crean, interpretan y comparten ideas por medio del arte, la música, la escritura, el cine y la tecnología que las lleva al público. Algunos empleos son diseñador gráfico, actor, reportero, editor de video, fotógrafo e ingeniero de sonido.',
  },
  pathways: [
    {
      code: '03-01',
      title: { en: 'A/V Technology & Film', es: 'Tecnología audiovisual y cine' },
      description: {
        en: 'This pathway covers the behind-the-scenes technical work of making movies, videos, concerts, and live events look and sound great. Example jobs include camera operator, film editor, sound technician, lighting designer, and animator.',
        es: 'Esta trayectoria abarca el trabajo técnico detrás de cámaras para que las películas, los videos, los conciertos y los eventos en vivo se vean y se escuchen muy bien. Algunos empleos son camarógrafo, editor de cine, técnico de sonido, diseñador de iluminación y animador.',
      },
    },
    {
      code: '03-02',
      title: { en: 'Journalism & Broadcasting', es: 'Periodismo y radiodifusión' },
      description: {
        en: 'Workers in this pathway find, check, and report news and stories through newspapers, websites, radio, TV, and podcasts. Example jobs include reporter, news anchor, editor, radio host, and broadcast producer.',
        es: 'Quienes trabajan en esta trayectoria buscan, verifican y dan a conocer noticias e historias en periódicos, sitios web, radio, televisión y pódcast. Algunos empleos son reportero, presentador de noticias, editor, locutor de radio y productor de transmisiones.',
      },
    },
    {
      code: '03-03',
      title: { en: 'Performing Arts', es: 'Artes escénicas' },
      description: {
        en: 'This pathway is for people who entertain and move audiences on stage or screen through acting, dance, music, and theater. Example jobs include actor, dancer, musician, choreographer, director, and stage manager.',
        es: 'Esta trayectoria es para quienes entretienen y conmueven al público en el escenario o en la pantalla por medio de la actuación, la danza, la música y el teatro. Algunos empleos son actor, bailarín, músico, coreógrafo, director y director de escena.',
      },
    },
    {
      code: '03-04',
      title: { en: 'Printing Technology', es: 'Tecnología de impresión' },
      description: {
        en: 'People in this pathway prepare and run the presses and digital machines that produce books, packaging, signs, labels, and printed clothing. Example jobs include press operator, prepress technician, bindery worker, and screen printer.',
        es: 'Las personas de esta trayectoria preparan y operan las prensas y máquinas digitales que producen libros, empaques, letreros, etiquetas y ropa estampada. Algunos empleos son operador de prensa, técnico de preimpresión, trabajador de encuadernación y serigrafista.',
      },
    },
    {
      code: '03-05',
      title: { en: 'Telecommunications', es: 'Telecomunicaciones' },
      description: {
        en: 'This pathway focuses on installing and maintaining the cables, towers, and networks that carry phone calls, internet, and TV signals. Example jobs include line installer, telecommunications technician, cable installer, and network equipment specialist.',
        es: 'Esta trayectoria se enfoca en instalar y mantener los cables, las torres y las redes que transmiten llamadas telefónicas, internet y señales de televisión. Algunos empleos son instalador de líneas, técnico en telecomunicaciones, instalador de cable y especialista en equipos de red.',
      },
    },
    {
      code: '03-06',
      title: { en: 'Visual Arts', es: 'Artes visuales' },
      description: {
        en: 'Artists in this pathway create images and objects people can see, from paintings and photos to logos, fashion, and game art. Example jobs include graphic designer, illustrator, photographer, fashion designer, and art director.',
        es: 'Los artistas de esta trayectoria crean imágenes y objetos visuales, desde pinturas y fotografías hasta logotipos, moda y arte para videojuegos. Algunos empleos son diseñador gráfico, ilustrador, fotógrafo, diseñador de modas y director de arte.',
      },
    },
  ],
};
