// One set of reading rules, two readers: the blocks the extension's content scripts read on a
// live page (Chromium) are exactly the blocks `relais scan` reads on the same page saved, both
// from crate/core/data/reading.json. The content scripts' state is read in their own isolated
// world through the DevTools protocol (no hook in the shipped code).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT, startServer } from './lib/server.mjs';
import { launchChromium, openWithOverlay, setSettings } from './lib/browsers.mjs';

const RELAIS = join(ROOT, 'target/release/relais');

let server;
let browser;
let dir;

before(async () => {
  server = await startServer();
  browser = await launchChromium();
  await setSettings(browser.sw, { lang: 'en' });
  dir = mkdtempSync(join(tmpdir(), 'relais-reading-'));
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The fixture portals, and DSFR example pages with forms. */
function pages() {
  const portals = readdirSync(join(ROOT, 'tests/fixtures/portals'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ host: 'servicePublic', path: `/portals/${d.name}/` }));
  const dsfr = ['layout/page/login/index.html', 'layout/page/register/index.html',
    ...['input', 'select', 'checkbox', 'radio', 'upload', 'password'].map((c) => `component/${c}/index.html`)]
    .map((p) => ({ host: 'dsfr', path: `/dsfr-pkg/example/${p}` }));
  return [...portals, ...dsfr];
}

/** The blocks the content scripts read, from their isolated world: [[kind, text]] in reading order. */
async function extensionBlocks(page) {
  const cdp = await browser.ctx.newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Relais');
  assert.ok(world, `no Relais isolated world among ${contexts.map((c) => c.name).join(', ')}`);
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: world.id,
    returnByValue: true,
    // Block ids are given in reading order (b1, b2…): sort by their number.
    expression: `[...globalThis.__relais.reading.byId.entries()]
      .sort((a, b) => Number(a[0].slice(1)) - Number(b[0].slice(1)))
      .filter(([, b]) => b.el.isConnected)
      .map(([, b]) => [b.kind, b.text])`,
  });
  await cdp.detach();
  return result.value;
}

describe('reading rules', () => {
  test('the extension and relais scan read the same blocks on the fixtures and DSFR pages', async () => {
    let total = 0;
    for (const { host, path } of pages()) {
      const { page, errors } = await openWithOverlay(browser.ctx, server.url(host, path));
      const live = await extensionBlocks(page);
      // The live page as the content scripts see it (the portal's scripts may have changed it),
      // without Relais's own elements, saved for relais scan.
      const html = await page.evaluate(() => {
        const copy = document.documentElement.cloneNode(true);
        for (const n of copy.querySelectorAll('relais-overlay, relais-layer')) n.remove();
        return `<!doctype html>${copy.outerHTML}`;
      });
      const file = join(dir, `${relative('/', path).replace(/[^\w.-]+/g, '_')}.html`);
      writeFileSync(file, html);
      const scanned = JSON.parse(execFileSync(RELAIS, ['scan', file, '--lang', 'en'], { encoding: 'utf8' }))
        .blocks.map((b) => [b.kind, b.text]);
      assert.deepEqual(live, scanned, `${path}: the two readers differ`);
      assert.deepEqual(errors, []);
      total += live.length;
      await page.close();
    }
    console.log(`reading: ${pages().length} pages, ${total} blocks read the same by the extension and relais scan`);
  });
});
