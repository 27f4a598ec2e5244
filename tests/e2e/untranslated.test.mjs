// Strings still untranslated go to translators (issue 12): on a fixture portal in Arabic, the
// interface strings shown without a full translation are counted (anonymised, variable parts as
// Fluent variables, never a field's value), listed on the extension's page, and exported as a
// gettext PO file that `msgfmt --check` accepts; the page passes axe. A translated PO file comes
// back with `relais locales import`, which refuses an entry that loses a variable.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, ROOT } from './lib/server.mjs';
import { launchChromium, openWithOverlay, setSettings } from './lib/browsers.mjs';
import { axe } from './lib/page-checks.mjs';

const RELAIS = join(ROOT, 'target/release/relais');
const OUT = join(ROOT, 'tests/e2e/out');
const VALUE = 'VALEURTAPEE-Kowalczyk';
let server;
let browser;
let dir;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'relais-po-'));
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('untranslated strings are counted, listed and exported as a PO file msgfmt accepts', async () => {
  await setSettings(browser.sw, { lang: 'ar' });
  // A page of démarches-simplifiées's held-back strings: no memory holds them (the fixture
  // portals are fully translated, so they leave nothing to count).
  const { page } = await openWithOverlay(browser.ctx, server.url('demarches', '/held-back/demarche/'));
  // A value typed in a field is never counted (the content scripts never read values).
  const field = page.locator('input[type="text"], input:not([type])').first();
  if (await field.count()) await field.fill(VALUE);
  // The count is written after the scan's reply, within a few seconds.
  let stored = null;
  for (let i = 0; i < 40 && !stored; i++) {
    await page.waitForTimeout(250);
    stored = await browser.sw.evaluate(async () => (await chrome.storage.local.get('untranslated')).untranslated ?? null);
  }
  assert.ok(stored, 'nothing counted');
  const rows = Object.values(stored.strings);
  assert.ok(rows.length > 0);
  assert.ok(rows.every((r) => r.lang === 'ar' && r.portal === 'www.demarches-simplifiees.fr' && r.count >= 1), JSON.stringify(rows.slice(0, 3)));
  assert.ok(!JSON.stringify(stored).includes(VALUE), 'a typed value was counted');

  const p = await browser.ctx.newPage();
  await p.goto(`chrome-extension://${browser.extensionId}/pages/untranslated/untranslated.html`);
  await p.waitForFunction(() => document.body.dataset.ready === 'true');
  assert.equal(await p.locator('html').getAttribute('lang'), 'ar');
  assert.equal(await p.locator('#lang').inputValue(), 'ar');
  assert.equal(await p.locator('tbody tr').count(), rows.length);
  assert.deepEqual((await axe(p)).map((v) => v.id), []);
  await p.screenshot({ path: join(OUT, 'untranslated-ar.png'), fullPage: true });

  const [download] = await Promise.all([p.waitForEvent('download'), p.click('#export')]);
  const po = join(dir, 'relais-untranslated-ar.po');
  await download.saveAs(po);
  const text = readFileSync(po, 'utf8');
  assert.match(text, /^msgctxt "www\.demarches-simplifiees\.fr (label|hint|error|alert|button|text)"$/m);
  assert.match(text, /^"Language: ar\\n"$/m);
  const check = spawnSync('msgfmt', ['--check', '-o', '/dev/null', po], { encoding: 'utf8' });
  assert.equal(check.status, 0, `msgfmt --check: ${check.stderr}`);
  await p.waitForFunction(() => document.getElementById('status').textContent.length > 0);
  console.log(`untranslated: ${rows.length} strings counted on a page of held-back démarches-simplifiées strings in Arabic; PO of ${text.length} bytes accepted by msgfmt --check`);

  // Translate the first entry (keeping its variables), bring it back; a broken one is refused.
  const m = text.match(/msgctxt ("[^\n]*")\nmsgid ("[^\n]*")\nmsgstr ""/);
  assert.ok(m, 'no entry to translate');
  const french = JSON.parse(m[2]);
  const vars = french.match(/\{ \$[a-z_]+ \}/g) ?? [];
  const good = `msgctxt ${m[1]}\nmsgid ${m[2]}\nmsgstr ${JSON.stringify(`ترجمة تجريبية ${vars.join(' ')}`.trim())}\n`;
  const locales = join(dir, 'locales');
  cpSync(join(ROOT, 'locales'), locales, { recursive: true });
  writeFileSync(join(dir, 'good.po'), good);
  const ok = spawnSync(RELAIS, ['locales', 'import', join(dir, 'good.po'), '--lang', 'ar', '--locales', locales], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  const bad = `msgctxt "x label"\nmsgid "Dossier n° { $n }"\nmsgstr "ملف"\n`;
  writeFileSync(join(dir, 'bad.po'), bad);
  const refused = spawnSync(RELAIS, ['locales', 'import', join(dir, 'bad.po'), '--lang', 'ar', '--locales', locales], { encoding: 'utf8' });
  assert.equal(refused.status, 1);
  assert.match(refused.stdout, /bad\.po line 2 \(msgid "Dossier n° \{ \$n \}"\)/);

  // The list can be cleared.
  p.once('dialog', (d) => d.accept());
  await p.click('#clear');
  await p.waitForFunction(() => document.querySelectorAll('tbody tr').length === 0);
  await p.close();
  await page.close();
});
