/**
 * What the renderers say of credential credit (a credential that earns a college course's credit)
 * and of a choice between credentials at a step: the program detail, the diagram's grid, the CSV
 * and the PDF, in English and Spanish.
 */
import { describe, expect, it } from 'vitest';
import type { TProgramDetail } from '../contracts/program-api.ts';
import type { Lang } from '../domain/framework.ts';
import { buildPosGrid } from '../domain/program/pos-grid.ts';
import { nursingWithCredentialOptions } from '../domain/program/test-factories-nursing.ts';
import { draftDetail } from '../../test/program-detail.ts';
import { HAS_PDFTOTEXT, pdfText, REQUIRED, undrawable } from '../../test/pdf-text.ts';
import { programToCsv } from './program-csv.ts';
import { parseProgramText } from './program-file.ts';
import { programToPdf } from './program-pdf.ts';

const detail = (lang: Lang): TProgramDetail =>
  draftDetail(nursingWithCredentialOptions(), lang, 'nursing');

describe('credential credit and choices of credentials in the renderers', () => {
  it('present the choice with its credentials, and the credit a credential earns', () => {
    const grade12 = detail('en').steps.find((s) => s.level === 'grade-12')!;
    expect(grade12.credentials).toEqual([]);
    expect(grade12.credentialChoices).toHaveLength(1);
    const [choice] = grade12.credentialChoices!;
    expect(choice).toMatchObject({ choose: 1, note: 'Patient care' });
    expect(choice!.credentials.map((c) => c.id)).toEqual(['cna', 'pct']);
    expect(choice!.credentials[0]!.earlyCredit).toEqual([
      {
        id: 'cna-hca-110',
        type: 'credential_credit',
        credits: 6,
        institution: 'Northshore Community College',
        course: { id: 'hca-110', code: 'HCA 110', title: 'Nursing Assistant' },
      },
    ]);
    expect(choice!.credentials[1]!.earlyCredit).toBeUndefined();
    // The nurse aide course no longer earns HCA 110 itself.
    const aide = grade12.courses.find((c) => c.id === 'nurse-aide')!;
    expect(aide.earlyCredit).toEqual([]);
    expect(detail('es').steps[3]!.credentialChoices![0]!.note).toBe('Atención');
  });

  it('put the choice beside its level in the grid', () => {
    const grid = buildPosGrid(detail('en'), (level) => level);
    const row = grid.rows.find((r) => r.level === 'grade-12')!;
    expect(row.credentials).toEqual([]);
    expect(row.credentialChoices.map((c) => c.credentials.map((x) => x.id))).toEqual([
      ['cna', 'pct'],
    ]);
  });

  it('write credential_choice rows with the credit in the CSV', () => {
    const en = programToCsv(detail('en')).split(/\r?\n/);
    const cna = en.find((r) => r.includes(',cna,'))!;
    expect(cna).toContain(',credential_choice,');
    expect(cna).toContain('credential_credit: HCA 110 6 cr at Northshore Community College');
    expect(cna).toContain('1. Earn 1 of 2 (Patient care)');
    const es = programToCsv(detail('es')).split(/\r?\n/);
    const pct = es.find((r) => r.includes(',pct,'))!;
    expect(pct).toContain('Credencial a elegir');
    expect(pct).toContain('1. Obtén 1 de 2 (Atención)');
    expect(es.find((r) => r.includes(',cna,'))).toContain('Crédito por credencial: HCA 110');
  });

  it.skipIf(!HAS_PDFTOTEXT && !REQUIRED)(
    'say both in the PDF, in English and Spanish',
    async () => {
      const en = pdfText(await programToPdf(detail('en'))).replace(/\s+/g, ' ');
      expect(en).toContain('Earn 1 of 2 (Patient care):');
      expect(en).toContain(
        '⇄ Credential credit: transfers to HCA 110 (6 cr) at Northshore Community College',
      );
      expect(en).toContain('Patient Care Technician');
      const es = pdfText(await programToPdf(detail('es'))).replace(/\s+/g, ' ');
      expect(es).toContain('Obtén 1 de 2 (Atención):');
      expect(es).toContain('Crédito por credencial: se transfiere a HCA 110');
      expect(undrawable(es)).toEqual([]);
    },
  );
});

describe('credential credit and choices of credentials in a program file', () => {
  const text = JSON.stringify(nursingWithCredentialOptions(), null, 2);

  it('read back as written (the export is the same document)', () => {
    const result = parseProgramText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file).toEqual(nursingWithCredentialOptions());
  });

  it('name the field and its line when an agreement mixes its sources', () => {
    const broken = text.replace(
      '"id": "cna-hca-110",',
      '"id": "cna-hca-110",\n"secondaryCourseId": "nurse-aide",',
    );
    expect(broken).not.toBe(text);
    const line =
      broken.split('\n').findIndex((l) => l.includes('"secondaryCourseId": "nurse-aide"')) + 1;
    expect(parseProgramText(broken)).toEqual({
      ok: false,
      problems: [
        {
          kind: 'schema',
          path: 'catalog.creditAgreements[0].secondaryCourseId',
          line,
          column: expect.any(Number),
          message: 'must be omitted for credential credit: the credential, not a course, earns it',
        },
      ],
    });
  });
});
