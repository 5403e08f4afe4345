import type { ClusterData } from '../../../../domain/framework.ts';

export const cluster08: ClusterData = {
  code: '08',
  title: { en: 'Health Science', es: 'Ciencias de la salud' },
  description: {
    en: 'Health science careers keep people healthy and care for them when they are sick or injured, in hospitals, clinics, labs and communities. Example jobs include nurse, doctor, medical lab technician, pharmacist, physical therapist and medical records specialist.',
    es: 'Las carreras de ciencias de la salud mantienen sanas a las personas y las atienden cuando se enferman o lesionan, en hospitales, clínicas, laboratorios y comunidades. Algunos empleos son enfermero, médico, técnico de laboratorio clínico, farmacéutico, fisioterapeuta y especialista en expedientes médicos.',
  },
  pathways: [
    {
      code: '08-01',
      title: {
        en: 'Biotechnology Research & Development',
        es: 'Investigación y desarrollo en biotecnología',
      },
      description: {
        en: 'Biotechnology research and development works in the lab rather than at the bedside, studying cells, genes and chemicals to create new medicines, vaccines and tests. Biomedical scientists, lab technicians, geneticists and clinical research coordinators run experiments and trials.',
        es: 'La investigación y desarrollo en biotecnología trabaja en el laboratorio y no junto al paciente, estudiando células, genes y sustancias químicas para crear nuevos medicamentos, vacunas y pruebas. Científicos biomédicos, técnicos de laboratorio, genetistas y coordinadores de investigación clínica realizan experimentos y ensayos.',
      },
    },
    {
      code: '08-02',
      title: { en: 'Diagnostic Services', es: 'Servicios de diagnóstico' },
      description: {
        en: 'Diagnostic services find out what is wrong with a patient by running tests and taking images of the body. Radiologic technologists, sonographers, medical lab technicians, phlebotomists and EKG technicians gather the results that doctors use to choose a treatment.',
        es: 'Los servicios de diagnóstico averiguan qué le pasa a un paciente mediante pruebas e imágenes del cuerpo. Tecnólogos radiológicos, ecografistas, técnicos de laboratorio clínico, flebotomistas y técnicos de electrocardiografía obtienen los resultados que los médicos usan para elegir un tratamiento.',
      },
    },
    {
      code: '08-03',
      title: { en: 'Health Informatics', es: 'Informática de la salud' },
      description: {
        en: 'Health informatics handles the information side of health care: patient records, billing codes, data systems and privacy. Medical records specialists, medical coders, health information managers and clinical data analysts keep accurate information flowing to the people who need it.',
        es: 'La informática de la salud se ocupa de la parte de la información en la atención médica: expedientes, códigos de facturación, sistemas de datos y privacidad. Especialistas en expedientes médicos, codificadores médicos, gestores de información de salud y analistas de datos clínicos mantienen la información exacta y disponible.',
      },
    },
    {
      code: '08-04',
      title: { en: 'Support Services', es: 'Servicios de apoyo' },
      description: {
        en: 'Support services create a clean, safe and well-supplied setting where patient care can happen. Sterile processing technicians, dietary aides, environmental services workers, patient transporters and biomedical equipment technicians keep hospitals and clinics working behind the scenes.',
        es: 'Los servicios de apoyo crean un entorno limpio, seguro y bien abastecido donde se puede atender a los pacientes. Técnicos de esterilización, auxiliares de dietética, personal de limpieza hospitalaria, camilleros y técnicos de equipos biomédicos mantienen funcionando hospitales y clínicas tras bastidores.',
      },
    },
    {
      code: '08-05',
      title: { en: 'Therapeutic Services', es: 'Servicios terapéuticos' },
      description: {
        en: 'Therapeutic services work hands-on with patients over time to treat illness, ease pain and help them recover. Nurses, physicians, dental hygienists, pharmacists, physical therapists and emergency medical technicians give care directly and teach patients how to stay well.',
        es: 'Los servicios terapéuticos trabajan directamente con los pacientes a lo largo del tiempo para tratar enfermedades, aliviar el dolor y ayudarlos a recuperarse. Enfermeros, médicos, higienistas dentales, farmacéuticos, fisioterapeutas y técnicos en emergencias médicas brindan atención y enseñan a cuidarse.',
      },
    },
  ],
};
