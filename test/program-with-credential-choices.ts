/**
 * A program of study whose steps offer choices of credentials, for plan tests through the API and
 * the browser: the demo Software Development program whose grade 10 earns one of PCAP or PCEP
 * (instead of PCEP), and whose first college year earns one of two cloud certificates; holding
 * PCAP earns a college course's credit (PCEP's agreement has ended).
 */
import type { TProgramFile } from '../src/contracts/program.ts';
import { COLLEGE } from '../src/data/demo/institutions.ts';
import { softwareDevelopment } from '../src/data/demo/programs/software-development.ts';

export const CREDENTIAL_CHOICES_PROGRAM_ID = 'riverside-software-credential-choice';
/** A credential only this program's choice names: no approved program lists it outright. */
export const PCAP = 'pcap-test';

export const CLOUD = ['cloud-a-test', 'cloud-b-test'];

/**
 * Demo Software Development whose grade 10 earns one of PCAP or PCEP instead of PCEP, and whose
 * first college year earns one of two cloud certificates.
 */
export const programWithCredentialChoicesFile: TProgramFile = {
  id: CREDENTIAL_CHOICES_PROGRAM_ID,
  program: {
    ...softwareDevelopment,
    title: {
      en: 'Software Development, Python credential of choice',
      es: 'Desarrollo de software, credencial de Python a elegir',
    },
    steps: softwareDevelopment.steps.map((step) =>
      step.level === 'grade-10'
        ? {
            ...step,
            credentials: [],
            credentialChoices: [
              {
                choose: 1,
                credentials: [PCAP, 'pcep'],
                note: { en: 'Python', es: 'Python' },
              },
            ],
          }
        : step.level === 'postsecondary-1' && step.term === 'fall'
          ? { ...step, credentialChoices: [{ choose: 1, credentials: CLOUD }] }
          : step,
    ),
  },
  catalog: {
    institutions: [],
    courses: [],
    // Holding PCAP earns CS 161's credit at the college; PCEP's agreement has ended.
    creditAgreements: [
      {
        id: 'agr-pcap-test-cs-161',
        type: 'credential_credit',
        credentialId: PCAP,
        postsecondaryCourseId: 'rvcc-cs-161',
        postsecondaryInstitutionId: COLLEGE,
        credits: 4,
        effectiveFrom: '2025-07-01',
        effectiveTo: '2099-06-30',
      },
      {
        id: 'agr-pcep-test-cs-161',
        type: 'credential_credit',
        credentialId: 'pcep',
        postsecondaryCourseId: 'rvcc-cs-161',
        postsecondaryInstitutionId: COLLEGE,
        credits: 4,
        effectiveFrom: '2019-07-01',
        effectiveTo: '2020-06-30',
      },
    ],
    credentials: [
      {
        id: PCAP,
        title: {
          en: 'PCAP – Certified Associate Python Programmer',
          es: 'PCAP – Programador asociado de Python certificado',
        },
        type: 'industry_certification',
        issuer: 'OpenEDG Python Institute',
        stacksInto: [],
      },
      ...CLOUD.map((id, i) => ({
        id,
        title: { en: `Cloud certificate ${i + 1}`, es: `Certificado de nube ${i + 1}` },
        type: 'certificate' as const,
        issuer: 'Test cloud',
        stacksInto: [],
      })),
    ],
  },
};
