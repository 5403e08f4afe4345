import { describe, expect, it } from 'vitest';
import { commanderText, langOfArgs } from './commander-text.ts';

describe('commander refusals in Spanish', () => {
  it('reads --lang from the arguments as typed, the last one counting', () => {
    expect(langOfArgs(['validate', 'a.json', '--lang', 'es'])).toBe('es');
    expect(langOfArgs(['--lang=es', 'validate'])).toBe('es');
    expect(langOfArgs(['--lang', 'es', '--lang', 'en'])).toBe('en');
    expect(langOfArgs(['--lang', 'fr'])).toBe('en');
    expect(langOfArgs(['validate', 'es'])).toBe('en');
  });

  it('says each known sentence in Spanish and leaves English alone', () => {
    const english = "error: unknown option '--tday'\n(Did you mean one of --today, --to?)\n";
    expect(commanderText('en', english)).toBe(english);
    expect(commanderText('es', english)).toBe(
      'error: opción desconocida «--tday»\n(¿Quiso decir --today, --to?)\n',
    );
    expect(
      commanderText('es', 'error: too many arguments. Expected 2 arguments but got 3.\n'),
    ).toBe('error: demasiados argumentos: se esperaban 2 y se recibieron 3.\n');
    expect(
      commanderText('es', "error: option '--port <n>' argument 'x' is invalid. must be a number\n"),
    ).toBe('error: el valor «x» de la opción «--port <n>» no es válido: must be a number\n');
    expect(commanderText('es', 'error: something new\n')).toBe('error: something new\n');
  });

  it('says the reason of a value refused by our own parsers in Spanish too', () => {
    expect(
      commanderText(
        'es',
        "error: option '-p, --port <n>' argument 'x' is invalid. must be a whole number from 0 to 65535.\n",
      ),
    ).toBe(
      'error: el valor «x» de la opción «-p, --port <n>» no es válido: debe ser un número entero del 0 al 65535.\n',
    );
  });
});
