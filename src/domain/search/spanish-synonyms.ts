/**
 * The everyday words families type for job titles and the words our titles use for them
 * (profesor → maestro, doctor → médico, peluquero → estilista), read by spanish.ts
 * `synonymsOf` in any gender or number.
 */

/** Everyday words → the words our titles use (both sides folded, any gender or number). */
export const SYNONYMS: Record<string, readonly string[]> = {
  profesor: ['maestro', 'instructor', 'teacher'],
  maestro: ['profesor', 'teacher'],
  docente: ['maestro', 'profesor'],
  doctor: ['medico', 'physician'],
  medico: ['doctor', 'physician'],
  // The work of the dentist's office is "dental" in our titles ("Higienistas dentales").
  dentista: ['dentist', 'odontologo', 'dental'],
  odontologo: ['dentista'],
  peluquero: ['estilista', 'barbero', 'cosmetologo', 'hairdresser'],
  estilista: ['peluquero'],
  enfermero: ['nurse'],
  // "Enfermera practicante" is the US Spanish name of a nurse practitioner (MedlinePlus en
  // español); our Spanish title says "de práctica avanzada".
  practicante: ['practitioner'],
  abogado: ['lawyer'],
  policia: ['police', 'alguacil'],
  // "oficial de policía": O*NET's English titles and other names say "Officer" ("Police Officer").
  oficial: ['officer'],
  mesero: ['camarero', 'waiter'],
  camarero: ['mesero'],
  cantinero: ['barman'],
  plomero: ['fontanero', 'plumber'],
  fontanero: ['plomero'],
  contador: ['contable', 'accountant'],
  contable: ['contador'],
  // The field the accountants work in (RAE: "contabilidad", sistema adoptado para llevar la
  // cuenta y razón en las oficinas).
  contabilidad: ['contador', 'accounting'],
  // The school subject, as O*NET's other names say it ("Math Teacher").
  matematica: ['math', 'mathematics'],
  computadora: ['informatica', 'computacion', 'computer'],
  ordenador: ['computadora', 'informatica'],
  programador: ['desarrollador', 'programmer'],
  camionero: ['camion', 'truck'],
  // "Piloto de avión": our titles say "aerolínea", O*NET's other names "aircraft", "airplane".
  avion: ['aerolinea', 'aeronave', 'aircraft', 'airplane'],
  chofer: ['conductor', 'driver'],
  // O*NET's other names say "Boat" ("Boat Builder", "Boat Mechanic") as well as "Ship".
  barco: ['boat', 'ship'],
  carro: ['automotriz', 'auto'],
  coche: ['automotriz', 'auto'],
  mecanico: ['mechanic'],
  // O*NET's other names say "Food" ("Food Crops Farm Hand"), our Spanish titles "comida" or
  // "alimentos" ("Científicos y tecnólogos de alimentos").
  comida: ['food', 'alimento'],
  // Things students name as O*NET's English other names and titles say them ("Store Clerk",
  // "Bridge Worker", "Roof Installer"; RAE: tienda, puente, techo).
  tienda: ['store'],
  puente: ['bridge'],
  techo: ['roof'],
  musica: ['music'],
  cocinero: ['chef', 'cook'],
  chef: ['cocinero'],
  veterinario: ['veterinarian'],
  psicologo: ['psychologist'],
  bombero: ['firefighter'],
  soldador: ['welder'],
  electricista: ['electrician'],
  carpintero: ['carpenter'],
  granjero: ['agricultor', 'ganadero', 'farmer'],
  niñera: ['nanny'],
  // RAE "nana" (Am.): niñera.
  nana: ['niñera', 'nanny'],
  // The field of the physicians (RAE "medicina": ciencia y arte de precaver y curar las
  // enfermedades del cuerpo humano), as "algo de medicina" means.
  medicina: ['medico', 'physician', 'medical'],
  // O*NET's other names say "House Cleaner", "Home Sales Consultant"; "doméstico" is of the
  // house (RAE), as in "personal de limpieza doméstica".
  casa: ['house', 'home', 'domestico'],
  // O*NET's other names of the work with babies: "Baby Doctor", "Neonatal Nurse".
  bebe: ['baby', 'neonatal', 'newborn'],
};
