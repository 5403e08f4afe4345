import { describe, expect, it } from 'vitest';
import { formatMessage, messagePlaceholders } from '../i18n/message.ts';
import { sampleValues } from '../i18n/sample-values.ts';
import { setMessagesEn, setMessagesEs } from './check-set-messages.ts';

describe('requirement-set problems in English and Spanish', () => {
  it('every message has both texts, with the same placeholders, rendering every branch', () => {
    const keys = Object.keys(setMessagesEn) as (keyof typeof setMessagesEn)[];
    expect(Object.keys(setMessagesEs).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(messagePlaceholders(setMessagesEs[key]), key).toEqual(
        messagePlaceholders(setMessagesEn[key]),
      );
      for (const values of sampleValues(setMessagesEn[key]))
        for (const lang of ['en', 'es'] as const)
          expect(
            formatMessage(lang, lang === 'en' ? setMessagesEn[key] : setMessagesEs[key], values),
          ).not.toMatch(/[{}]/);
    }
  });
});
