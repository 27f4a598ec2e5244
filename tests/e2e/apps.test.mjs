// The fixture apps written with real front-end frameworks (React 19 server-rendered and
// hydrated, Vue 3 + Quasar 2, AngularJS 1.8), each driven through every state as a person would,
// in Chromium and Firefox ESR, without Relais and with Relais in Arabic. Prints, per app and
// state, how many visible fields have their label and hint overlaid (of those the core has
// something to show for; the others apart), the overlays that went wrong and the failures
// recorded. Asserts, in every state of every app: no framework error, no page error, no
// duplicated, orphaned (element gone) or stale (element's text changed) overlay, the same
// submitted values with and without Relais, REQUIRED_COVERAGE (lib/apps.mjs: 100 %) of labels
// and hints, and exactly the failures expected recorded (a service failure once; a framework's
// validation messages never).
// Screenshots in Arabic: tests/e2e/out/apps-<app>-<browser>-ar.png.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startServer } from './lib/server.mjs';
import { launchChromium, launchFirefox, setSettings } from './lib/browsers.mjs';
import { APPS, REQUIRED_COVERAGE, runApp, table } from './lib/apps.mjs';

const OUT = join(ROOT, 'tests/e2e/out');
let server;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startServer();
});

after(async () => {
  await server?.close();
});

/** Runs every app in one browser; returns { app name: result }. */
async function runAll(browser, engine, withRelais, label) {
  const results = {};
  for (const app of APPS) {
    const screenshot = withRelais ? join(OUT, `apps-${app.name}-${label}-ar.png`) : null;
    results[app.name] = await runApp({ browser, engine, server, app, withRelais, screenshot });
  }
  return results;
}

/**
 * Requirements that Relais does not meet today, found by this test: each is still checked and
 * reported (as a TODO subtest, which does not fail the run) until the extension is fixed; then
 * remove its line here. Keys: `${app} ${requirement}`.
 */
const KNOWN_FAILURES = {};

/** Runs `fn` as a subtest, as a TODO when the requirement is a known failure of Relais. */
function requirement(t, app, name, fn) {
  const todo = KNOWN_FAILURES[`${app} ${name}`];
  return t.test(`${app}: ${name}`, todo ? { todo } : {}, fn);
}

async function check(t, label, without, withRelais) {
  for (const app of APPS) {
    const a = without[app.name];
    const b = withRelais[app.name];
    console.log(`\n${table(`${label} · ${app.name} (${app.framework}) · Relais in Arabic`, a, b)}`);
    for (const r of b.rows) {
      for (const kind of ['duplicated', 'orphaned', 'stale']) if (r.detail[kind].length) console.log(`  ${r.state}: ${kind}: ${r.detail[kind].length}, first: ${r.detail[kind][0]}`);
      for (const m of r.missing) console.log(`  ${r.state}: not overlaid: ${m}`);
    }
    for (const e of [...a.frameworkErrors, ...b.frameworkErrors, ...a.pageErrors, ...b.pageErrors]) console.log(`  error: ${e}`);
  }
  for (const app of APPS) {
    const a = without[app.name];
    const b = withRelais[app.name];
    const each = (what, fn) => b.rows.forEach((r) => fn(r, `${label}, ${app.name}, ${r.state}: ${what}`));
    await requirement(t, app.name, 'no framework error', () => {
      assert.deepEqual(a.frameworkErrors, [], 'without Relais');
      assert.deepEqual(b.frameworkErrors, [], 'with Relais');
    });
    await requirement(t, app.name, 'no page error', () => {
      assert.deepEqual(a.pageErrors, [], 'without Relais');
      assert.deepEqual(b.pageErrors, [], 'with Relais');
    });
    await requirement(t, app.name, `overlays inserted ${app.start === 'idle' ? 'once the page is idle (hydration signs)' : 'at once'}`, () => {
      assert.equal(b.start, app.start, 'data-relais-start');
    });
    await requirement(t, app.name, 'same submitted values', () => {
      assert.ok(a.submitted.length > 0, 'the app submitted nothing');
      assert.deepEqual(b.submitted, a.submitted, 'Relais changed the submitted values');
    });
    for (const kind of ['duplicated', 'orphaned', 'stale']) {
      await requirement(t, app.name, `no ${kind} overlay`, () => each(`${kind} overlays`, (r, m) => assert.deepEqual(r.detail[kind], [], m)));
    }
    await requirement(t, app.name, 'label and hint coverage', () => each('coverage', (r, m) => {
      assert.ok(100 * r.labelOverlaid >= REQUIRED_COVERAGE.label * r.labels, `${m}: labels ${r.labelOverlaid}/${r.labels}`);
      assert.ok(100 * r.hintOverlaid >= REQUIRED_COVERAGE.hint * r.hints, `${m}: hints ${r.hintOverlaid}/${r.hints}`);
    }));
    await requirement(t, app.name, 'failures recorded', () => each('recorded', (r, m) => assert.equal(r.recorded, r.expected, `${m}: data-relais-recorded`)));
  }
}

test('Chromium: framework apps without and with Relais (Arabic)', async (t) => {
  const plain = await launchChromium({ extension: false });
  let without;
  try {
    without = await runAll(plain.ctx, 'playwright', false, 'chromium');
  } finally {
    await plain.close();
  }
  const relais = await launchChromium();
  let withRelais;
  try {
    await setSettings(relais.sw, { lang: 'ar' });
    withRelais = await runAll(relais.ctx, 'playwright', true, 'chromium');
  } finally {
    await relais.close();
  }
  await check(t, 'Chromium', without, withRelais);
});

test('Firefox ESR: framework apps without and with Relais (Arabic)', async (t) => {
  const plain = await launchFirefox({ acceptLanguages: 'ar', extension: false });
  let without;
  try {
    without = await runAll(plain.browser, 'puppeteer', false, 'firefox');
  } finally {
    await plain.close();
  }
  const relais = await launchFirefox({ acceptLanguages: 'ar' });
  let withRelais;
  try {
    withRelais = await runAll(relais.browser, 'puppeteer', true, 'firefox');
  } finally {
    await relais.close();
  }
  await check(t, 'Firefox ESR', without, withRelais);
});
