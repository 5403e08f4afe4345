import type { ClusterData } from '../../../../domain/framework.ts';

export const cluster15: ClusterData = {
  code: '15',
  title: {
    en: 'Science, Technology, Engineering & Mathematics',
    es: 'Ciencia, tecnología, ingeniería y matemáticas',
  },
  description: {
    en: 'People in STEM ask questions about how the world works and use science, math and engineering to answer them and solve real problems. Example jobs include engineer, lab technician, biologist, chemist, statistician and drafting technician.',
    es: 'Las personas en STEM se preguntan cómo funciona el mundo y usan la ciencia, las matemáticas y la ingeniería para responder y resolver problemas reales. Algunos empleos son ingeniero, técnico de laboratorio, biólogo, químico, estadístico y técnico en dibujo técnico.',
  },
  pathways: [
    {
      code: '15-01',
      title: { en: 'Engineering & Technology', es: 'Ingeniería y tecnología' },
      description: {
        en: 'This pathway applies science and math to design, build and test things like bridges, engines, robots, electronics and medical devices. Its focus is on making useful products and systems, with jobs such as civil, mechanical or electrical engineer, engineering technician and drafter.',
        es: 'Esta trayectoria aplica la ciencia y las matemáticas para diseñar, construir y probar cosas como puentes, motores, robots, aparatos electrónicos y dispositivos médicos. Su enfoque es crear productos y sistemas útiles, con empleos como ingeniero civil, mecánico o eléctrico, técnico de ingeniería y dibujante técnico.',
      },
    },
    {
      code: '15-02',
      title: { en: 'Science & Mathematics', es: 'Ciencias y matemáticas' },
      description: {
        en: 'Science and math workers run experiments, collect data and build models to discover new knowledge about nature, matter and numbers. Compared with engineering, the goal is more about understanding than building, with jobs such as lab technician, chemist, physicist, environmental scientist and mathematician.',
        es: 'Quienes trabajan en ciencias y matemáticas hacen experimentos, reúnen datos y crean modelos para descubrir nuevos conocimientos sobre la naturaleza, la materia y los números. Frente a la ingeniería, la meta es más comprender que construir, con empleos como técnico de laboratorio, químico, físico, científico ambiental y matemático.',
      },
    },
  ],
};
