// Firefox ESR smoke test: the extension installs, its background event page runs the
// WebAssembly core, and the overlay appears on a fixture portal served with a strict CSP.
// Firefox takes the person's language from intl.accept_languages (here Arabic).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launchFirefox } from './lib/browsers.mjs';

let server;
let ff;

before(async () => {
  server = await startServer();
  ff = await launchFirefox({ acceptLanguages: 'ar' });
});

after(async () => {
  await ff?.close();
  await server?.close();
});

test('Firefox ESR: overlay in Arabic on the ANEF fixture', async () => {
  const page = await ff.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url('anef', '/portals/anef-login/'), { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.getAttribute('data-relais') === 'ready', { timeout: 20000 });
  // Inside the hosts' shadow roots (inspect build: open); the hosts themselves carry no attribute.
  const hosts = await page.evaluate(() => relaisDom.all('.relais-overlay').map((e) => ({
    kind: e.dataset.relaisKind, lang: e.lang, dir: e.dir, concepts: e.dataset.relaisConcept,
    hostAttributes: relaisDom.host(e).attributes.length, color: getComputedStyle(e).backgroundColor,
  })));
  assert.ok(hosts.length >= 3, `too few overlays: ${JSON.stringify(hosts)}`);
  assert.ok(hosts.every((h) => h.lang === 'ar' && h.dir === 'rtl'), JSON.stringify(hosts));
  assert.ok(hosts.some((h) => h.kind === 'label' && h.concepts.includes('identifiant')));
  assert.ok(hosts.every((h) => h.hostAttributes === 0), 'a host carries attributes');
  // Styled from inside the root (the constructed stylesheet applies in Firefox too).
  assert.ok(hosts.every((h) => h.color === 'rgb(246, 240, 252)' || h.kind !== 'label'), JSON.stringify(hosts.map((h) => h.color)));
  // Firefox reports the page's own CSP blocks (DSFR's data: images under default-src 'self')
  // as page errors; they happen without Relais too. Anything else, or any CSP report about
  // Relais's own resources, fails.
  const ours = errors.filter((e) => !e.startsWith('Content-Security-Policy:') || /moz-extension|relais/i.test(e));
  assert.deepEqual(ours, []);
  await page.close();
});

test('Firefox ESR: a failure is recorded in the journal (the journal module runs in the event page)', async () => {
  const page = await ff.newPage();
  await page.goto(server.url('prefecture', '/portals/prefecture-rdv/complet.html'), { waitUntil: 'load' });
  // data-relais-recorded counts the records the background confirmed as durably stored.
  await page.waitForFunction(() => Number(document.documentElement.getAttribute('data-relais-recorded') ?? 0) >= 1, { timeout: 20000 });
  assert.equal(await page.evaluate(() => relaisDom.one('.relais-notice')), null, 'the page was told the record failed');
  await page.close();
});
