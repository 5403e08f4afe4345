import { describe, expect, it } from 'vitest';
import { formatMessage, messagePlaceholders } from '../i18n/message.ts';
import {
  credentialCreditMessagesEn,
  credentialCreditMessagesEs,
} from './credential-credit-messages.ts';

describe('why credential credit is not counted', () => {
  it('says each reason in both languages with the same placeholders', () => {
    const values = {
      credential: 'CNA',
      earned: '2026-01-02',
      date: '2026-02-01',
      course: 'HCA 110',
      institution: 'Lakeview HS',
    };
    for (const key of Object.keys(
      credentialCreditMessagesEn,
    ) as (keyof typeof credentialCreditMessagesEn)[]) {
      const en = credentialCreditMessagesEn[key];
      const es = credentialCreditMessagesEs[key];
      expect(messagePlaceholders(es), key).toEqual(messagePlaceholders(en));
      expect(formatMessage('es', es, values)).not.toBe(formatMessage('en', en, values));
    }
  });
});
