import { defineConfig } from 'vitest/config';

// End-to-end tests in Firefox (Debian's firefox-esr), driven by Puppeteer over WebDriver BiDi:
// Playwright cannot drive that Firefox here (see ../shared/platform.md). One file at a time,
// generous limits: the machine may be busy, and no test measures speed.
export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
