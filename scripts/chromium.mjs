// How this project launches Chromium with the built extension, for tests, the demo and the benchmark.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The test build: identical to the release build except that it may read http://127.0.0.1/* and localhost. */
export const E2E_BUILD = path.join(root, '.output', 'chrome-mv3-e2e');

/** Debian's Chromium where present (Playwright cannot download its own browser here), else Playwright's. */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
}

/** Launch options for chromium.launchPersistentContext with the extension in `dir` loaded. */
export function extensionLaunchOptions(dir = E2E_BUILD, { headless = true } = {}) {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npm run build:e2e\` first.`);
  }
  const args = [
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    // This machine has no network: stop Chromium's own background traffic.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return { headless, executablePath: chromiumPath(), args };
}

/** Whether a browser window can be shown here (Linux needs an X or Wayland display). */
export function hasDisplay(env = process.env, platform = process.platform) {
  return platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
