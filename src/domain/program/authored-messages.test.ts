import { describe, expect, it } from 'vitest';
import { expectSpanishOfEach } from '../../../test/en-es-messages.ts';
import { AUTHORED_MESSAGES, authoredText } from './authored-messages.ts';

describe('authored-text problems', () => {
  it('has each problem in both languages, with the same placeholders and other words', () => {
    expectSpanishOfEach(AUTHORED_MESSAGES);
  });

  it('says where to send an entry that exists nowhere', () => {
    const values = { field: 'program.ownerId', what: 'organization', id: 'x' };
    expect(authoredText('noSuchEntry', { ...values, where: 'institutions' }).es).toBe(
      'program.ownerId: no existe la organización «x»; indica un id que exista o envía la entrada en catalog.institutions.',
    );
    expect(authoredText('noSuchEntry', { ...values, what: 'course', where: 'sent' }).en).toBe(
      'program.ownerId: no course "x"; name an existing one or send it in this catalog.',
    );
  });

  it('names each kind of missing entry and its list', () => {
    for (const [kind, en, es] of [
      ['institution', 'the institution "x"', 'la institución «x»'],
      ['course', 'the course "x"', 'el curso «x»'],
      ['credential', 'the credential "x"', 'la credencial «x»'],
    ] as const) {
      const text = authoredText('missingReference', {
        field: 'f',
        kind,
        id: 'x',
        list: `${kind}s`,
      });
      expect(text.en).toContain(`f names ${en}`);
      expect(text.es).toContain(`f nombra ${es}`);
      expect(text.es).toContain(`catalog.${kind}s`);
    }
  });
});
