import { describe, expect, it } from 'vitest';
import {
  formatMessage,
  formatNumber,
  messageParts,
  messagePlaceholders,
  MessageSyntaxError,
  MissingMessageValue,
} from './message.ts';

const units = '{count, plural, one {# unit} other {# units}}';
const unidades = '{count, plural, one {# unidad} other {# unidades}}';

describe('formatMessage', () => {
  it('picks the plural by the language rule, not by hand', () => {
    expect(formatMessage('en', units, { count: 1 })).toBe('1 unit');
    expect(formatMessage('en', units, { count: 0 })).toBe('0 units');
    expect(formatMessage('en', units, { count: 0.5 })).toBe('0.5 units');
    expect(formatMessage('en', units, { count: 2 })).toBe('2 units');
    expect(formatMessage('es', unidades, { count: 1 })).toBe('1 unidad');
    expect(formatMessage('es', unidades, { count: 1.5 })).toBe('1.5 unidades');
    expect(formatMessage('es', unidades, { count: 4 })).toBe('4 unidades');
  });

  it('uses Spanish "many" when given, else "other"', () => {
    const t = '{n, plural, one {# millón} many {# de millones} other {# millones}}';
    expect(formatMessage('es', t, { n: 1_000_000 })).toBe('1,000,000 de millones');
    expect(formatMessage('es', unidades, { count: 1_000_000 })).toBe('1,000,000 unidades');
  });

  it('prefers an exact branch', () => {
    const t = '{count, plural, =0 {none} one {# item} other {# items}}';
    expect(formatMessage('en', t, { count: 0 })).toBe('none');
    expect(formatMessage('en', t, { count: 3 })).toBe('3 items');
  });

  it('writes numbers as US English and US Spanish do', () => {
    expect(formatMessage('en', '{n} cr', { n: 1234.5 })).toBe('1,234.5 cr');
    expect(formatNumber('es', 1234.5)).toBe('1,234.5');
    expect(formatMessage('es', '{n}', { n: '1234' })).toBe('1234');
  });

  it('fills placeholders inside branches and selects by a string', () => {
    const t =
      '{kind, select, dual {Dual: {count, plural, one {# credit} other {# credits}} at {where}} other {Other}}';
    expect(formatMessage('en', t, { kind: 'dual', count: 1, where: 'RCC' })).toBe(
      'Dual: 1 credit at RCC',
    );
    expect(formatMessage('en', t, { kind: 'x' })).toBe('Other');
  });

  it('keeps text with apostrophes and quotes as it is', () => {
    expect(formatMessage('en', "Bachelor's “{q}”", { q: 'x' })).toBe("Bachelor's “x”");
  });

  it('refuses a missing value instead of showing a raw placeholder', () => {
    expect(() => formatMessage('en', 'Hello {name}', {})).toThrow(MissingMessageValue);
    expect(() => formatMessage('en', units, {})).toThrow(/"count" is missing/);
  });

  it('names the character where a template is malformed', () => {
    expect(() => formatMessage('en', 'a {b', { b: 1 })).toThrow(MessageSyntaxError);
    expect(() => formatMessage('en', 'a } b')).toThrow(/character 3/);
    expect(() => formatMessage('en', '{n, plural, one {x}}', { n: 1 })).toThrow(/other/);
    expect(() => formatMessage('en', '{n, date}', { n: 1 })).toThrow(/unknown placeholder type/);
  });

  it('returns parts with elements where they stand', () => {
    const link = { element: 'a' };
    expect(messageParts('en', 'see {course} ({count} cr)', { count: 3 }, { course: link })).toEqual(
      ['see ', link, ' (3 cr)'],
    );
  });

  it('lists the placeholders and how each is used', () => {
    expect(messagePlaceholders(`{a} ${units} {k, select, x {{b}} other {}}`)).toEqual({
      a: 'value',
      count: 'plural',
      k: 'select',
      b: 'value',
    });
  });
});
