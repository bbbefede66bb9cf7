// The demo case-management system: fictional case pages on 127.0.0.1, rendered with the real
// GOV.UK Frontend nunjucks macros. Used by `npm start` and the end-to-end tests.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import { person } from './cases.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const views = path.join(here, 'views');
const govukDist = path.dirname(path.dirname(createRequire(import.meta.url).resolve('govuk-frontend/package.json')));
const govukRoot = path.join(govukDist, 'govuk-frontend', 'dist');
const env = nunjucks.configure([views, govukRoot], { autoescape: true, noCache: false });

const TYPES = { '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript', '.woff2': 'font/woff2', '.woff': 'font/woff', '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.map': 'application/json' };

/** Demo pages by path: nunjucks templates or static HTML files, each with what it shows. */
export const PAGES = {
  '/cases/X123456': {
    template: 'overview.njk',
    title: 'Person overview',
    description: 'person overview: summary cards (personal details, offences, sentence, licence conditions, risk) and a timeline',
  },
  '/cases/X123456/details': {
    template: 'form.njk',
    title: 'Update personal details and risk',
    description: 'a form: date input, radios with a conditional question, select, case-notes textarea',
  },
  '/legacy/case': {
    file: 'legacy.html',
    description: 'an older system: layout tables, ids with colons, a same-origin iframe, an abbreviated "Rel Dt" field to name',
  },
  '/legacy/case/offences': {
    file: 'legacy-offences.html',
    description: 'the older system\'s offences frame, shown inside /legacy/case (the panel reads same-origin frames)',
  },
  '/spa/case': {
    file: 'spa.html',
    description: 'a single-page app that draws the record after load, inside open and closed shadow roots',
  },
  '/empty': { file: 'empty.html', description: 'a page with no case on it' },
};

/** One line per demo page: its full address and what it shows. */
export function pageList(origin) {
  const width = Math.max(...Object.keys(PAGES).map((p) => `${origin}${p}`.length));
  return Object.entries(PAGES).map(([pathname, page]) => `  ${`${origin}${pathname}`.padEnd(width)}  ${page.description}`);
}

/** The HTML of a demo page, or undefined if there is none at that path (also used by unit tests). */
export async function renderPage(pathname) {
  const page = PAGES[pathname];
  if (page?.template) return env.render(page.template, { person, title: page.title });
  if (page?.file) return readFile(path.join(views, page.file), 'utf8');
  return undefined;
}

async function asset(res, relative) {
  const file = path.normalize(path.join(govukRoot, 'govuk', relative));
  if (!file.startsWith(path.join(govukRoot, 'govuk'))) return notFound(res);
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    notFound(res);
  }
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('Not found');
}

/**
 * Extra pages registered by tests (path -> HTML), so a spec can serve its own markup.
 * @type {Map<string, string>}
 */
const extraPages = new Map();

async function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/') {
    res.writeHead(302, { location: '/cases/X123456' });
    return res.end();
  }
  if (url.pathname.startsWith('/assets/')) {
    const name = url.pathname.slice('/assets/'.length);
    // The compiled stylesheet and script sit beside the assets folder in the package.
    return asset(res, name.startsWith('govuk-frontend.min.') ? name : path.join('assets', name));
  }
  const extra = extraPages.get(url.pathname);
  const html = extra ?? (await renderPage(url.pathname));
  if (html === undefined) return notFound(res);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

/** Starts the demo server; port 0 picks a free port. */
export function startDemoServer({ port = 0, host = '127.0.0.1' } = {}) {
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const address = server.address();
      const origin = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
      resolve({
        origin,
        /** Serves `html` at `pathname` until the server closes. */
        addPage: (pathname, html) => extraPages.set(pathname, html),
        close: () =>
          new Promise((done) => {
            server.close(() => done(undefined));
            // Browsers keep connections alive; close them so the server stops now.
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const port = Number(process.env.PORT ?? 4173);
  const { origin } = await startDemoServer({ port });
  console.log(`Demo case system (every person on it is fictional), ${Object.keys(PAGES).length} pages:\n${pageList(origin).join('\n')}\n\nPress Ctrl+C to stop.`);
}
