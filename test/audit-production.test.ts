import { describe, expect, it } from 'vitest';
import { verdict } from '../scripts/audit-production.ts';

describe('npm run audit:production', () => {
  it('fails on high or critical advisories and names them', () => {
    const report = {
      metadata: { vulnerabilities: { info: 0, low: 1, moderate: 0, high: 1, critical: 0 } },
      vulnerabilities: {
        'left-pad': { severity: 'low', range: '<1.3.0' },
        'bad-lib': { severity: 'high', range: '<2.0.1' },
      },
    };
    expect(verdict(report, false)).toEqual({
      lines: [
        'npm audit (production dependencies): info 0, low 1, moderate 0, high 1, critical 0',
        '  high: bad-lib <2.0.1',
      ],
      code: 1,
    });
  });

  it('passes a clean report, and says plainly when the endpoint did not answer', () => {
    expect(verdict({ metadata: { vulnerabilities: { high: 0, critical: 0 } } }, true).code).toBe(0);
    const offline = { message: '405 Method Not Allowed - POST https://registry.npmjs.org/…' };
    expect(verdict(offline, false)).toMatchObject({ code: 0 });
    expect(verdict(offline, false).lines[0]).toMatch(/could not be checked.*405/);
    expect(verdict(offline, true).code).toBe(2);
  });
});
