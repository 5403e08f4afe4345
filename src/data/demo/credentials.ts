/**
 * Credentials the demo programs lead to: industry certifications earned in high school, the
 * college's certificates and degrees (each certificate stacks into its degree), state licenses
 * and the university's bachelor's degree. Certification names and issuers are the real ones.
 */
import type { TCredential } from '../../contracts/program.ts';
import { credential, t } from './build.ts';

const RVCC = 'Riverside Valley Community College';
const OSHA = 'U.S. Department of Labor, Occupational Safety and Health Administration (OSHA)';
const OSBN = 'Oregon State Board of Nursing';

export const demoCredentials: TCredential[] = [
  // Information technology
  credential({
    id: 'comptia-tech-plus',
    title: t('CompTIA Tech+', 'CompTIA Tech+'),
    type: 'industry_certification',
    issuer: 'CompTIA',
    level: 'entry',
  }),
  credential({
    id: 'pcep',
    title: t(
      'PCEP – Certified Entry-Level Python Programmer',
      'PCEP – Programador de Python certificado de nivel inicial',
    ),
    type: 'industry_certification',
    issuer: 'OpenEDG Python Institute',
    level: 'entry',
  }),
  credential({
    id: 'rvcc-asot-cs',
    title: t(
      'Associate of Science Oregon Transfer in Computer Science',
      'Título de asociado en ciencias de transferencia de Oregón en ciencias de la computación',
    ),
    type: 'associate',
    issuer: RVCC,
    level: 'mid',
    stacksInto: ['csu-bs-cs'],
  }),
  credential({
    id: 'csu-bs-cs',
    title: t(
      'Bachelor of Science in Computer Science',
      'Licenciatura en ciencias de la computación',
    ),
    type: 'bachelor',
    issuer: 'Cascade State University',
    level: 'high',
  }),
  // Nursing
  credential({
    id: 'aha-bls',
    title: t('Basic Life Support (BLS) Provider', 'Proveedor de soporte vital básico (BLS)'),
    type: 'industry_certification',
    issuer: 'American Heart Association',
    level: 'entry',
  }),
  credential({
    id: 'or-cna-1',
    title: t('Certified Nursing Assistant (CNA 1)', 'Auxiliar de enfermería certificado (CNA 1)'),
    type: 'industry_certification',
    issuer: OSBN,
    level: 'entry',
  }),
  credential({
    id: 'rvcc-aas-nursing',
    title: t(
      'Associate of Applied Science in Nursing',
      'Título de asociado en ciencias aplicadas en enfermería',
    ),
    type: 'associate',
    issuer: RVCC,
    level: 'mid',
  }),
  credential({
    id: 'or-rn',
    title: t(
      'Registered Nurse License (NCLEX-RN)',
      'Licencia de enfermero registrado (RN, NCLEX-RN)',
    ),
    type: 'license',
    issuer: OSBN,
    level: 'mid',
  }),
  // Construction
  credential({
    id: 'osha-10-construction',
    title: t(
      'OSHA 10-Hour Construction Industry Outreach Training',
      'Capacitación de OSHA de 10 horas para la industria de la construcción',
    ),
    type: 'industry_certification',
    issuer: OSHA,
    level: 'entry',
  }),
  credential({
    id: 'nccer-core',
    title: t(
      'NCCER Core Curriculum: Introductory Craft Skills',
      'Currículo básico de NCCER: habilidades introductorias de oficios',
    ),
    type: 'industry_certification',
    issuer: 'NCCER',
    level: 'entry',
  }),
  credential({
    id: 'rvcc-cc-construction',
    title: t(
      'Certificate of Completion in Construction Trades',
      'Certificado de finalización en oficios de la construcción',
    ),
    type: 'certificate',
    issuer: RVCC,
    level: 'entry',
    stacksInto: ['rvcc-aas-construction'],
  }),
  credential({
    id: 'rvcc-aas-construction',
    title: t(
      'Associate of Applied Science in Construction Technology',
      'Título de asociado en ciencias aplicadas en tecnología de la construcción',
    ),
    type: 'associate',
    issuer: RVCC,
    level: 'mid',
  }),
  credential({
    id: 'osha-30-construction',
    title: t(
      'OSHA 30-Hour Construction Industry Outreach Training',
      'Capacitación de OSHA de 30 horas para la industria de la construcción',
    ),
    type: 'industry_certification',
    issuer: OSHA,
    level: 'mid',
  }),
  // Welding
  credential({
    id: 'osha-10-general',
    title: t(
      'OSHA 10-Hour General Industry Outreach Training',
      'Capacitación de OSHA de 10 horas para la industria general',
    ),
    type: 'industry_certification',
    issuer: OSHA,
    level: 'entry',
  }),
  credential({
    id: 'aws-certified-welder',
    title: t(
      'AWS Certified Welder – Structural Steel, SMAW (AWS D1.1)',
      'Soldador certificado por la AWS – acero estructural, SMAW (AWS D1.1)',
    ),
    type: 'industry_certification',
    issuer: 'American Welding Society',
    level: 'entry',
  }),
  credential({
    id: 'rvcc-cc-welding',
    title: t('Certificate of Completion in Welding', 'Certificado de finalización en soldadura'),
    type: 'certificate',
    issuer: RVCC,
    level: 'entry',
    stacksInto: ['rvcc-aas-welding'],
  }),
  credential({
    id: 'rvcc-aas-welding',
    title: t(
      'Associate of Applied Science in Welding Technology',
      'Título de asociado en ciencias aplicadas en tecnología de soldadura',
    ),
    type: 'associate',
    issuer: RVCC,
    level: 'mid',
  }),
  // Early childhood education
  credential({
    id: 'redcross-pediatric-cpr',
    title: t('Pediatric First Aid/CPR/AED', 'Primeros auxilios, RCP y DEA pediátricos'),
    type: 'industry_certification',
    issuer: 'American Red Cross',
    level: 'entry',
  }),
  credential({
    id: 'cda-preschool',
    title: t(
      'Child Development Associate (CDA) Credential – Preschool',
      'Credencial de Asociado en Desarrollo Infantil (CDA) – preescolar',
    ),
    type: 'industry_certification',
    issuer: 'Council for Professional Recognition',
    level: 'entry',
  }),
  credential({
    id: 'rvcc-cc-ece',
    title: t(
      'Certificate of Completion in Early Childhood Education',
      'Certificado de finalización en educación de la primera infancia',
    ),
    type: 'certificate',
    issuer: RVCC,
    level: 'entry',
    stacksInto: ['rvcc-aas-ece'],
  }),
  credential({
    id: 'rvcc-aas-ece',
    title: t(
      'Associate of Applied Science in Early Childhood Education',
      'Título de asociado en ciencias aplicadas en educación de la primera infancia',
    ),
    type: 'associate',
    issuer: RVCC,
    level: 'mid',
  }),
  // Accounting
  credential({
    id: 'mos-excel',
    title: t(
      'Microsoft Office Specialist: Excel Associate (Microsoft 365 Apps)',
      'Microsoft Office Specialist: Excel Associate (aplicaciones de Microsoft 365)',
    ),
    type: 'industry_certification',
    issuer: 'Microsoft',
    level: 'entry',
  }),
  credential({
    id: 'quickbooks-certified-user',
    title: t('Intuit QuickBooks Certified User', 'Usuario certificado de Intuit QuickBooks'),
    type: 'industry_certification',
    issuer: 'Intuit',
    level: 'entry',
  }),
  credential({
    id: 'intuit-bookkeeping',
    title: t(
      'Intuit Certified Bookkeeping Professional',
      'Profesional certificado en teneduría de libros de Intuit',
    ),
    type: 'industry_certification',
    issuer: 'Intuit',
    level: 'mid',
  }),
  credential({
    id: 'rvcc-cc-bookkeeping',
    title: t(
      'Certificate of Completion in Bookkeeping',
      'Certificado de finalización en teneduría de libros',
    ),
    type: 'certificate',
    issuer: RVCC,
    level: 'entry',
    stacksInto: ['rvcc-aas-accounting'],
  }),
  credential({
    id: 'rvcc-aas-accounting',
    title: t(
      'Associate of Applied Science in Accounting Technology',
      'Título de asociado en ciencias aplicadas en tecnología contable',
    ),
    type: 'associate',
    issuer: RVCC,
    level: 'mid',
  }),
  credential({
    id: 'or-ltp',
    title: t(
      'Oregon Licensed Tax Preparer (LTP)',
      'Preparador de impuestos con licencia de Oregón (LTP)',
    ),
    type: 'license',
    issuer: 'Oregon Board of Tax Practitioners',
    level: 'mid',
  }),
];
