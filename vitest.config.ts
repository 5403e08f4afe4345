import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    // Generous: CLI tests start `wayfinder` processes and browser tests start Chromium, which
    // takes minutes on a loaded 2-core machine. A timeout only turns slowness into failure; the
    // tests' own assertions are what check behaviour (speed is measured by `npm run bench`).
    testTimeout: 120_000,
    hookTimeout: 240_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 240_000,
          // expect.poll gives up after 1 s by default: on a loaded machine a navigation and its
          // data can take longer, and the poll then fails where the page was only slow.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
