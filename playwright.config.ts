import { defineConfig } from '@playwright/test';

// One worker: every spec shares one Chromium with the built extension loaded (see tests/e2e/fixtures.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  forbidOnly: Boolean(process.env.CI),
});
