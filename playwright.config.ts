import { defineConfig } from '@playwright/test';

// One worker: every spec shares one Chromium with the built extension loaded (see tests/e2e/fixtures.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous limits, because CI and practitioners' laptops are often busy: a wait that is only
  // ever reached when something is broken costs nothing on a quiet machine. No test measures speed
  // (that is `npm run bench`).
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  forbidOnly: Boolean(process.env.CI),
});
