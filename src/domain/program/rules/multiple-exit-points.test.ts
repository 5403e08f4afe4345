import { describe, expect, it } from 'vitest';
import { checkRule, modify, softwareProgram, stepOf } from '../test-factories.ts';
import { multipleExitPoints } from './multiple-exit-points.ts';

describe('pos.multiple-exit-points', () => {
  it('passes a program with credentials before its final step', () => {
    expect(checkRule(multipleExitPoints, softwareProgram())).toEqual([]);
  });

  it('reports a program whose only credential comes at its very end', () => {
    const file = modify(softwareProgram(), (f) => {
      stepOf(f, 'grade-12').credentials = [];
      stepOf(f, 'postsecondary-1', 'spring').credentials = [];
    });
    expect(checkRule(multipleExitPoints, file)).toEqual([
      {
        rule: 'pos.multiple-exit-points',
        severity: 'error',
        path: 'program.steps[7].credentials',
        stepLevel: 'postsecondary-2',
        message: {
          en: 'Every credential of the program comes at its very end (postsecondary year 2 (spring)); Perkins V asks for multiple entry and exit points that incorporate credentialing, so add a credential students can earn earlier, in high school or after a first postsecondary year.',
          es: 'Todas las credenciales del programa llegan al final (educación superior, año 2 (primavera)); Perkins V pide múltiples puntos de entrada y salida que incorporen credenciales, así que agrega una credencial que los estudiantes puedan obtener antes, en la preparatoria o tras un primer año de educación superior.',
        },
      },
    ]);
  });

  it('leaves a program with no credential to pos.ends-in-credential', () => {
    const file = modify(softwareProgram(), (f) =>
      f.program.steps.forEach((s) => (s.credentials = [])),
    );
    expect(checkRule(multipleExitPoints, file)).toEqual([]);
  });
});
