import { describe, expect, it } from 'vitest';
import { termEs } from '../glossary/glossary-es.ts';
import { posLabels } from './pos-labels.ts';

describe('program-of-study labels', () => {
  it('names the kinds of work-based learning with the glossary terms', () => {
    const wbl = posLabels('es').wbl;
    const sentenceCase = (text: string) => text[0]!.toUpperCase() + text.slice(1);
    expect(wbl.practicum).toBe(sentenceCase(termEs('practicum')));
    expect(wbl.cooperative_education).toBe(sentenceCase(termEs('cooperativeEducation')));
    expect(wbl.pre_apprenticeship).toBe(sentenceCase(termEs('preApprenticeship')));
    expect(wbl.apprenticeship).toBe(sentenceCase(termEs('apprenticeship')));
  });
});
