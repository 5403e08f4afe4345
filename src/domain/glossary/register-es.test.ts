import { describe, expect, it } from 'vitest';
import { USTED_COMMANDS, ustedForms } from './register-es.ts';

describe('ustedForms', () => {
  it('finds «usted» commands, with or without an attached pronoun and accent', () => {
    expect(ustedForms('Inicie sesión primero.')).toEqual(['Inicie']);
    expect(ustedForms('El código no es correcto: revise la hora e inténtelo de nuevo.')).toEqual([
      'revise',
      'inténtelo',
    ]);
    expect(
      ustedForms('El socio no está en el catálogo; agréguelo o corrija el identificador.'),
    ).toEqual(['agréguelo', 'corrija']);
    expect(ustedForms('un programa empieza en 9.º grado, así que agregue un paso')).toEqual([
      'agregue',
    ]);
    expect(ustedForms('dé a cada curso su propio identificador')).toEqual(['dé']);
    expect(ustedForms('Introduzca el código y pulse «Enviar».')).toEqual(['Introduzca', 'pulse']);
    expect(ustedForms('Obtenga 1 de 2; tenga en cuenta las fechas.')).toEqual(['Obtenga', 'tenga']);
  });

  it('finds any «usted» command with «se» attached, listed or not', () => {
    expect(ustedForms('Asegúrese de guardar el plan.')).toEqual(['Asegúrese']);
    // «regístrese» is a listed command (registre), «diríjase» is found by the rule alone.
    expect(ustedForms('Diríjase a la oficina y regístrese allí.')).toEqual([
      'regístrese',
      'Diríjase',
    ]);
    expect(ustedForms('Asegúrate de guardar el plan; regístrate allí.')).toEqual([]);
    expect(ustedForms('Inscribiéndose en la clase, la base del curso.')).toEqual([]);
  });

  it('finds «usted» and the possessives that address the reader', () => {
    expect(ustedForms('Usted creó la cuenta.')).toEqual(['Usted']);
    expect(ustedForms('Su cuenta ya no existe.')).toEqual(['Su cuenta']);
    expect(ustedForms('Consulte con su administrador.')).toEqual(['Consulte', 'su administrador']);
  });

  it('accepts the «tú» form of every command it knows', () => {
    for (const [usted, tu] of Object.entries(USTED_COMMANDS)) {
      expect(ustedForms(`Por favor, ${usted} de nuevo.`), usted).not.toEqual([]);
      expect(ustedForms(`Por favor, ${tu} de nuevo.`), tu).toEqual([]);
    }
    expect(ustedForms('Inicia sesión con tu contraseña; inténtalo de nuevo.')).toEqual([]);
  });

  it('leaves third persons and English alone', () => {
    expect(ustedForms('Pide a tu administrador que cree una cuenta.')).toEqual([]);
    expect(ustedForms('Perkins pide que un programa de estudio comience en 9.º grado.')).toEqual(
      [],
    );
    expect(
      ustedForms('El curso tiene sus horas de instrucción; elige una de sus opciones.'),
    ).toEqual([]);
    expect(ustedForms('Use the student id or the district id.')).toEqual([]);
    expect(ustedForms('Design and configure networks. | Diseñan y configuran redes.')).toEqual([]);
    expect(ustedForms('Use a tool. | Use una herramienta de la lista.')).toEqual(['Use']);
  });
});
