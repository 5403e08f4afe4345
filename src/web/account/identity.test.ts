import { describe, expect, it } from 'vitest';
import { ApiError } from '../api.ts';
import { en, es } from '../i18n.ts';
import {
  checkIdentity,
  identityBody,
  identityFailure,
  issuerHost,
  linkMailNote,
  mailReason,
  signInLabel,
  unlinkFailure,
} from './identity.ts';

const ENTRA = 'https://login.microsoftonline.com/tenant-id/v2.0';
const draft = (over: Partial<Parameters<typeof checkIdentity>[1]> = {}) => ({
  provider: '',
  issuer: '',
  subject: '',
  ...over,
});

describe('the school sign-in column', () => {
  it('names the issuer by its host name', () => {
    expect(issuerHost(ENTRA)).toBe('login.microsoftonline.com');
    expect(issuerHost('https://accounts.google.com')).toBe('accounts.google.com');
    expect(issuerHost('http://127.0.0.1:4000/oidc')).toBe('127.0.0.1:4000');
    // Not a URL (an older row, say): shown as it is rather than hidden.
    expect(issuerHost('school-login')).toBe('school-login');
  });

  it('says Linked with the host, or Not linked, in the page language', () => {
    expect(signInLabel(en, ENTRA)).toEqual({
      linked: true,
      text: 'Linked',
      host: 'login.microsoftonline.com',
    });
    expect(signInLabel(en, null)).toEqual({ linked: false, text: 'Not linked', host: null });
    expect(signInLabel(es, null).text).toBe('Sin vincular');
    expect(signInLabel(es, ENTRA).text).toBe('Vinculado');
  });
});

describe('the link form', () => {
  it('asks for a provider when the site has some, else for an issuer URL', () => {
    expect(checkIdentity(en, draft({ subject: 'abc' }), true)).toEqual({
      provider: en.identityErrorProvider,
    });
    expect(checkIdentity(en, draft({ provider: 'entra', subject: 'abc' }), true)).toEqual({});
    expect(checkIdentity(en, draft({ subject: 'abc' }), false)).toEqual({
      issuer: en.identityErrorIssuerRequired,
    });
    expect(
      checkIdentity(en, draft({ issuer: 'accounts.google.com', subject: 'a' }), false),
    ).toEqual({ issuer: en.identityErrorIssuer });
    expect(checkIdentity(en, draft({ issuer: 'ftp://x.org', subject: 'a' }), false)).toEqual({
      issuer: en.identityErrorIssuer,
    });
    expect(checkIdentity(en, draft({ issuer: ` ${ENTRA} `, subject: 'a' }), false)).toEqual({});
  });

  it('wants the subject, without spaces inside and not too long', () => {
    expect(checkIdentity(es, draft({ provider: 'entra', subject: '  ' }), true)).toEqual({
      subject: 'Escribe el identificador de la persona en el proveedor.',
    });
    expect(checkIdentity(en, draft({ provider: 'entra', subject: 'a b' }), true)).toEqual({
      subject: en.identityErrorSubject,
    });
    expect(checkIdentity(en, draft({ provider: 'entra', subject: 'x'.repeat(256) }), true)).toEqual(
      { subject: en.identityErrorSubject },
    );
    // Spaces around a pasted id are no mistake: they are trimmed.
    expect(checkIdentity(en, draft({ provider: 'entra', subject: ' abc ' }), true)).toEqual({});
  });

  it('sends the provider or the issuer, never both, and the trimmed subject', () => {
    const filled = draft({ provider: 'entra', issuer: 'https://x.org', subject: ' 00aa ' });
    expect(identityBody(filled, true)).toEqual({ provider: 'entra', subject: '00aa' });
    expect(identityBody(filled, false)).toEqual({ issuer: 'https://x.org', subject: '00aa' });
  });
});

describe('refusals of the identity API, in the page language', () => {
  const user = { name: 'Carmen Counselor' };
  const error = (status: number, field?: string, message = 'x') =>
    new ApiError(message, status, undefined, field);

  it('puts a taken identity next to the subject field, naming the account that holds it', () => {
    const taken = error(
      409,
      'subject',
      'That identity is already linked to another account (gabi@demo.test). Remove it there first.',
    );
    expect(identityFailure('es', taken, user)).toEqual({
      field: 'subject',
      text: 'Este identificador ya está vinculado a otra cuenta de Wayfinder (gabi@demo.test). Desvincúlalo allí primero.',
      reload: false,
    });
    expect(identityFailure('en', error(409, 'subject', 'Taken.'), user)).toEqual({
      field: 'subject',
      text: en.identityErrorTakenOther,
      reload: false,
    });
  });

  it('puts invalid fields next to their field', () => {
    expect(identityFailure('en', error(400, 'subject'), user).field).toBe('subject');
    expect(identityFailure('en', error(400, 'issuer'), user)).toEqual({
      field: 'issuer',
      text: en.identityErrorIssuer,
      reload: false,
    });
    expect(identityFailure('en', error(400, 'provider'), user).field).toBe('provider');
    expect(identityFailure('en', error(404, 'provider'), user)).toEqual({
      field: 'provider',
      text: en.identityErrorProviderGone,
      reload: false,
    });
  });

  it('says the rest for the whole form, and reads the list again when it is out of date', () => {
    expect(identityFailure('en', error(409, 'email'), user)).toEqual({
      field: null,
      text: 'The account of Carmen Counselor is already linked to another school sign-in. Unlink that one first; the list is up to date now.',
      reload: true,
    });
    expect(identityFailure('en', error(404, 'email'), user)).toEqual({
      field: null,
      text: en.identityErrorUserGone,
      reload: true,
    });
    expect(identityFailure('en', error(403), user).text).toBe(en.identityErrorRefused);
    expect(identityFailure('en', error(401), user).text).toBe(en.errorSessionEnded);
    expect(identityFailure('es', error(0), user).text).toBe(es.errorNetwork);
    expect(identityFailure('en', error(500, undefined, 'Something went wrong'), user)).toEqual({
      field: null,
      text: 'Something went wrong',
      reload: false,
    });
    expect(identityFailure('en', new Error('boom'), user).text).toBe('boom');
  });

  it('words a refused unlink', () => {
    expect(unlinkFailure(es, error(404, 'email'))).toBe(es.identityErrorUserGone);
    expect(unlinkFailure(en, error(403))).toBe(en.identityErrorRefused);
    expect(unlinkFailure(en, error(500, undefined, 'Oops'))).toBe('Oops');
  });
});

describe('a one-time link that was emailed, or not', () => {
  const link = { email: 'pat@demo.test' };

  it('says it was also emailed to the person', () => {
    expect(linkMailNote('en', { ...link, emailed: true })).toEqual({
      kind: 'emailed',
      text: 'Also emailed to pat@demo.test.',
    });
    expect(linkMailNote('es', { ...link, emailed: true })?.text).toBe(
      'También se envió por correo electrónico a pat@demo.test.',
    );
  });

  it('says why it could not be emailed, and to hand it over', () => {
    expect(
      linkMailNote('en', { ...link, emailed: false, mailError: 'the mail server answered 550' }),
    ).toEqual({
      kind: 'failed',
      text: 'Could not email it: the mail server answered 550. Give the link to the person yourself.',
    });
    expect(
      linkMailNote('es', {
        ...link,
        emailed: false,
        mailError: 'the mail server could not be reached (ECONNREFUSED)',
      })?.text,
    ).toBe(
      'No se pudo enviar por correo electrónico: no se pudo conectar con el servidor de correo (ECONNREFUSED). Entrega tú el enlace a la persona.',
    );
    expect(linkMailNote('en', { ...link, emailed: false })?.text).toContain(
      ': the mail server could not be reached. Give',
    );
  });

  it('says nothing when the site does not send mail', () => {
    expect(linkMailNote('en', link)).toBeNull();
  });

  it('translates the known reasons and keeps the others as given', () => {
    expect(mailReason('es', 'the mail server answered 421')).toBe(
      'el servidor de correo respondió 421',
    );
    expect(mailReason('es', 'the mail server could not be reached')).toBe(
      'no se pudo conectar con el servidor de correo',
    );
    expect(mailReason('es', 'something new')).toBe('something new');
    expect(mailReason('en', undefined)).toBe('the mail server could not be reached');
  });
});
