import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { messagePlaceholders } from '../domain/i18n/message.ts';
import {
  OPTION_REASONS,
  emailAddress,
  oneOf,
  parsePort,
  reasonIn,
  wholeNumber,
} from './option-values.ts';

/** The reason a parser refuses `value` with (commander's InvalidArgumentError), or null. */
function refusal(parse: (value: string) => unknown, value: string): string | null {
  try {
    parse(value);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return (error as Error).message;
  }
}

describe('option values', () => {
  it('takes whole numbers within their bounds and says the bounds otherwise', () => {
    expect(parsePort('8080')).toBe('8080');
    expect(refusal(parsePort, '65535')).toBeNull();
    expect(refusal(parsePort, '65536')).toBe('must be a whole number from 0 to 65535.');
    expect(refusal(parsePort, 'eighty')).toBe('must be a whole number from 0 to 65535.');
    expect(wholeNumber(-1, 16)('-1')).toBe(-1);
    expect(refusal(wholeNumber(-1, 16), '1.5')).toBe('must be a whole number from -1 to 16.');
    expect(wholeNumber(1)('5000')).toBe(5000);
    expect(refusal(wholeNumber(1), '0')).toBe('must be a whole number of 1 or more.');
  });

  it('takes an email address or one of a list', () => {
    expect(emailAddress('Ana@Example.org')).toMatch(/^ana@example\.org$/i);
    expect(refusal(emailAddress, 'nobody')).toBe('must be an email address.');
    expect(oneOf(['csv', 'json'])('json')).toBe('json');
    expect(refusal(oneOf(['csv', 'json']), 'xml')).toBe('must be one of csv, json.');
  });

  it('says each of its reasons in Spanish, values as given, and leaves other texts alone', () => {
    expect(reasonIn('es', 'must be a whole number from 0 to 65535.')).toBe(
      'debe ser un número entero del 0 al 65535.',
    );
    expect(reasonIn('es', 'must be a whole number of 1 or more.')).toBe(
      'debe ser un número entero igual o mayor que 1.',
    );
    expect(reasonIn('es', 'must be an email address.')).toBe(
      'debe ser una dirección de correo electrónico.',
    );
    expect(reasonIn('es', 'must be one of csv, json.')).toBe(
      'debe ser uno de estos valores: csv, json.',
    );
    expect(reasonIn('en', 'must be an email address.')).toBe('must be an email address.');
    expect(reasonIn('es', 'must be a number')).toBe('must be a number');
  });

  it('has the same reasons, with the same placeholders, in both languages', () => {
    const { en, es } = OPTION_REASONS;
    expect(Object.keys(es)).toEqual(Object.keys(en));
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect(messagePlaceholders(es[key]), key).toEqual(messagePlaceholders(en[key]));
  });
});
