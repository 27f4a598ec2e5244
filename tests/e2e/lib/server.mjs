// The test web server: HTTPS on 127.0.0.1, serving the fixture portals and the DSFR's own
// example pages with the Content-Security-Policy real portals send. Browsers reach it under the
// portals' real host names (Chromium: --host-resolver-rules; Firefox: network.dns.forceResolve),
// so the extension's real match patterns and host permissions are exercised.
import { createServer } from 'node:https';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { generatedLabelsPage, glossaryFormsPage } from './generated.mjs';

export const ROOT = resolve(new URL('../../..', import.meta.url).pathname);
const DSFR = join(ROOT, 'node_modules/@gouvfr/dsfr');
const PORTALS = join(ROOT, 'tests/fixtures/portals');
const CAPTCHAS = join(ROOT, 'tests/fixtures/captcha');
// Pages of held-back portal strings (tests/fixtures/held-back/): what no memory may hold.
const HELD_BACK = join(ROOT, 'tests/fixtures/held-back');
// The framework fixture apps, built by tests/fixtures/apps/build.mjs (`./build.sh` runs it).
const APPS = join(ROOT, 'dist/fixtures-apps');

/** Real host names used in tests: each maps to 127.0.0.1. */
export const HOSTS = {
  dsfr: 'www.systeme-de-design.gouv.fr',
  anef: 'administration-etrangers-en-france.interieur.gouv.fr',
  prefecture: 'www.seine-saint-denis.gouv.fr',
  // The Vue + Quasar booking module, on another préfecture's site.
  prefectureRdv: 'www.hauts-de-seine.gouv.fr',
  demarches: 'www.demarches-simplifiees.fr',
  caf: 'wwwd.caf.fr',
  ameli: 'assure.ameli.fr',
  servicePublic: 'www.service-public.fr',
  // A local RFC 3161 authority (tests/e2e/lib/tsa.mjs), under a name the extension may reach.
  tsa: 'horodatage.relais-test.gouv.fr',
  notPortal: 'www.example.org',
};

export const CSP = "default-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.wav': 'audio/wav', '.mp3': 'audio/mpeg', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
};

function certificate() {
  const dir = join(tmpdir(), 'relais-test-cert');
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  // The cached certificate is made again when HOSTS changed since it was made.
  const sanFile = join(dir, 'san.txt');
  const san = `${Object.values(HOSTS).map((h) => `DNS:${h}`).join(',')},IP:127.0.0.1`;
  if (!existsSync(cert) || !existsSync(sanFile) || readFileSync(sanFile, 'utf8') !== san) {
    mkdirSync(dir, { recursive: true });
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30', '-subj', '/CN=relais-test',
      '-addext', `subjectAltName=${san}`, '-keyout', key, '-out', cert], { stdio: 'ignore' });
    writeFileSync(sanFile, san);
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

function fileFor(pathname) {
  const p = normalize(decodeURIComponent(pathname));
  let base;
  let rest;
  if (p.startsWith('/dsfr-pkg/')) [base, rest] = [DSFR, p.slice('/dsfr-pkg/'.length)];
  else if (p.startsWith('/dsfr/')) [base, rest] = [join(DSFR, 'dist'), p.slice('/dsfr/'.length)];
  else if (p.startsWith('/portals/')) [base, rest] = [PORTALS, p.slice('/portals/'.length)];
  else if (p.startsWith('/captcha/')) [base, rest] = [CAPTCHAS, p.slice('/captcha/'.length)];
  else if (p.startsWith('/held-back/')) [base, rest] = [HELD_BACK, p.slice('/held-back/'.length)];
  else if (p.startsWith('/apps/')) [base, rest] = [APPS, p.slice('/apps/'.length)];
  else return null;
  let f = join(base, rest);
  if (!f.startsWith(base)) return null;
  if (existsSync(f) && statSync(f).isDirectory()) f = join(f, 'index.html');
  return existsSync(f) ? f : null;
}

/**
 * The fixture apps' backend: records what a form sent ({app, values} as JSON) and echoes it,
 * with the status asked in `?status=` (a portal that is down answers 503 after reading it).
 */
function echo(req, res, url, headers, submissions) {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.writeHead(400, { ...headers, 'Content-Type': 'text/plain' });
      res.end('not JSON');
      return;
    }
    submissions.push({ host: req.headers.host?.split(':')[0], app: body.app, values: body.values });
    res.writeHead(Number(url.searchParams.get('status') ?? 200), { ...headers, 'Content-Type': TYPES['.json'] });
    res.end(JSON.stringify({ values: body.values }));
  });
}

/**
 * Starts the server; resolves to { port, url(hostKey, path), submissions, close() }.
 * `submissions` lists what the fixture apps posted to /apps/echo, in order. `date`: a function
 * giving the time (ms) the responses' `Date` header says (a test's simulated clock).
 */
export async function startServer({ tsa = null, date = null } = {}) {
  const submissions = [];
  const server = createServer(certificate(), (req, res) => {
    if (tsa && req.method === 'POST' && req.url === '/tsa') {
      tsa(req, res);
      return;
    }
    const url = new URL(req.url, 'https://localhost');
    const headers = { 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' };
    if (date) headers.Date = new Date(date()).toUTCString();
    if (req.method === 'POST' && url.pathname === '/apps/echo') {
      echo(req, res, url, headers, submissions);
      return;
    }
    if (url.pathname === '/generated/glossary-forms.html') {
      res.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] });
      res.end(glossaryFormsPage(readFileSync(join(ROOT, 'locales/fr/glossary.ftl'), 'utf8')));
      return;
    }
    if (url.pathname.startsWith('/generated/labels-')) {
      const n = Number(url.pathname.match(/labels-(\d+)/)?.[1] ?? 2000);
      res.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] });
      res.end(generatedLabelsPage(Math.min(n, 20000)));
      return;
    }
    const f = fileFor(url.pathname);
    if (!f) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    // The maintenance fixture answers like a portal that is down.
    const status = url.pathname.startsWith('/portals/service-indisponible') ? 503 : 200;
    res.writeHead(status, { ...headers, 'Content-Type': TYPES[extname(f)] ?? 'application/octet-stream' });
    res.end(readFileSync(f));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    port,
    submissions,
    url: (host, path) => `https://${HOSTS[host] ?? host}:${port}${path}`,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}
