// The fixture apps written with real front-end frameworks (tests/fixtures/apps/), driven as a
// person would: through their interface (click, type, choose), never through test-only globals.
// Each app is a list of states; `go` moves a page from the previous state to that one. The same
// steps run in Chromium (playwright-core) and Firefox ESR (puppeteer-core) through `driver`.
// After each state, the in-page probe (apps-probe.mjs) returns the figures.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { probe } from './apps-probe.mjs';
import { ROOT } from './server.mjs';

/**
 * Coverage of the visible fields' labels and hints by the overlay that the tests REQUIRE, per
 * cent, of those the core has something to show for: a label or hint whose French names no
 * glossary concept and has no translation ("Oui", "Nature du changement") gets no overlay by
 * design; that is the glossary's coverage, printed beside (`w/o concept`), not the reading's.
 */
export const REQUIRED_COVERAGE = { label: 100, hint: 100 };

const RELAIS = join(ROOT, 'target/release/relais');

/**
 * The texts among `texts` that the core shows something for in Arabic (concepts or a full
 * translation), asked of the same core natively (`relais translate`).
 */
export function translatable(texts) {
  const norm = (t) => t.replace(/\s+/g, ' ').trim();
  const list = [...new Set(texts.filter(Boolean).map(norm))].filter((t) => !t.includes('\n'));
  if (!list.length) return new Set();
  const out = execFileSync(RELAIS, ['translate', '--lang', 'ar', '-'], { input: `${list.join('\n')}\n`, encoding: 'utf8' });
  const yes = new Set();
  for (const line of out.split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    if (r.translation || r.keywords.length) yes.add(r.text);
  }
  return yes;
}

/** Console messages with this prefix are the apps' framework errors (see each app's source). */
export const FRAMEWORK_ERROR = '[relais-fixture]';

export const APPS = [
  {
    name: 'react-demarche',
    framework: 'React 19 (SSR + hydrateRoot)',
    // Server-rendered then hydrated: Relais waits for the page to be idle before inserting.
    start: 'idle',
    host: 'demarches',
    path: '/apps/react-demarche/',
    // Hydrated: React has attached its fiber to the server-rendered button.
    ready: () => Object.keys(document.getElementById('suivant') ?? {}).some((k) => k.startsWith('__reactFiber')),
    screenshot: 'enfants',
    states: [
      { name: 'hydrated', go: async () => {} },
      { name: 'marie', go: async (d) => { await d.select('#situation', 'marie'); await d.present('union-date'); } },
      { name: 'pacs (label renamed)', go: async (d) => {
        await d.select('#situation', 'pacse');
        await d.waitFor(() => document.querySelector('label[for="union-date"]')?.textContent.includes('PACS'));
      } },
      { name: 'enfants', go: async (d) => {
        await d.click('label[for="enfants-oui"]');
        // One child at a time: each click moves the button down (and so can an overlay appearing).
        await d.present('ajouter-enfant');
        await d.click('#ajouter-enfant');
        await d.present('enfant-1-prenom');
        await d.settled();
        await d.click('#ajouter-enfant');
        await d.present('enfant-2-prenom');
        await d.fill('#enfant-1-prenom', 'Amina');
        await d.fill('#enfant-2-prenom', 'Yanis');
      } },
      { name: 'enfant supprime', go: async (d) => { await d.click('#enfant-1-supprimer'); await d.absent('enfant-2'); } },
      { name: 'celibataire (hidden)', go: async (d) => { await d.select('#situation', 'celibataire'); await d.absent('conjoint'); } },
      { name: 'coordonnees (new step)', go: async (d) => {
        await d.fill('#nom', 'Haddad');
        await d.fill('#prenom', 'Samira');
        await d.fill('#naissance', '14/02/1990');
        await d.select('#nationalite', 'dz');
        await d.click('#suivant');
        await d.present('numero-etranger');
      } },
      // The page's alert "Une erreur est survenue" (a service failure); the field's own message
      // ("doit comporter 10 chiffres") is validation, not recorded.
      { name: 'erreur apres envoi', recorded: 1, go: async (d) => {
        await d.fill('#courriel', 'samira.haddad@example.org');
        await d.fill('#numero-etranger', '75012');
        await d.click('label[for="attestation"]');
        await d.click('#deposer');
        await d.present('alerte-erreur');
      } },
      { name: 'recapitulatif', recorded: 1, go: async (d) => { await d.fill('#numero-etranger', '7501234567'); await d.click('#deposer'); await d.present('recapitulatif'); } },
    ],
  },
  {
    name: 'vue-rdv',
    framework: 'Vue 3 + Quasar 2',
    start: 'at-once', // rendered on the client: nothing to hydrate
    host: 'prefectureRdv',
    path: '/apps/vue-rdv/',
    ready: () => document.querySelector('#app[data-v-app] #condition') !== null,
    screenshot: 'formulaire rempli',
    states: [
      { name: 'conditions', go: async () => {} },
      { name: 'formulaire', go: async (d) => {
        await d.click('#condition');
        await d.waitFor(() => !document.getElementById('demande-rdv').disabled);
        await d.click('#demande-rdv');
        await d.present('nom');
      } },
      { name: 'erreurs', go: async (d) => { await d.click('#etape-suivante'); await d.waitFor(() => document.querySelectorAll('.q-field--error').length > 0); } },
      { name: 'formulaire rempli', go: async (d) => {
        await d.click('#etape-formulaire [role="combobox"]');
        await d.clickText('.q-menu .q-item', 'Renouvellement de titre de séjour');
        await d.waitFor(() => !document.querySelector('.q-menu'));
        await d.fill('#nom', 'Karimi');
        await d.fill('#prenom', 'Ahmad');
        await d.fill('#courriel', 'ahmad.karimi@example.org');
        await d.fill('#numeroEtranger', '7512345678');
        await d.waitFor(() => document.querySelectorAll('.q-field--error').length === 0);
      } },
      { name: 'captcha', go: async (d) => { await d.click('#etape-suivante'); await d.present('captchaImage'); } },
      { name: 'captcha refuse (Notify)', go: async (d) => {
        await d.fill('#captchaFormulaireExtInput', 'KTPAAK');
        await d.click('#valider-captcha');
        await d.waitFor(() => document.querySelector('.q-notification') !== null);
      } },
      // Quasar's validation messages (role="alert" under each field) are not failures; the
      // refused CAPTCHA in a Notify toast is counted by the CAPTCHA flow, not recorded here;
      // the QBanner's "plus de plage horaire libre" is.
      { name: 'plus de plage (QBanner)', recorded: 1, go: async (d) => {
        await d.fill('#captchaFormulaireExtInput', 'K7PAAX'); // what the image shows, read by the person
        await d.click('#valider-captcha');
        await d.present('reponse');
      } },
    ],
  },
  {
    name: 'angularjs-caf',
    framework: 'AngularJS 1.8.3 (ng-csp)',
    start: 'at-once', // compiled in a DOMContentLoaded listener, before Relais renders
    host: 'caf',
    path: '/apps/angularjs-caf/',
    ready: () => document.querySelector('main.ng-scope') !== null,
    screenshot: 'erreurs',
    states: [
      { name: 'initial', go: async () => {} },
      { name: 'salaires', go: async (d) => { await d.click('#salaires-oui'); await d.present('mois3'); } },
      { name: 'situation changee', go: async (d) => { await d.click('#changement-oui'); await d.present('date-changement'); } },
      { name: 'erreurs', go: async (d) => {
        await d.fill('#numero-allocataire', '12345');
        await d.click('#valider');
        await d.waitFor(() => document.querySelectorAll('.invalid-feedback').length > 0);
      } },
      // The service's failure, printed in a <p class="text-danger">; before it, the form's own
      // validation (.invalid-feedback, a role="status" count) recorded nothing.
      { name: 'envoi, service indisponible', recorded: 1, go: async (d) => {
        await d.fill('#numero-allocataire', '1234567');
        await d.fill('#mois1', '1250');
        await d.fill('#mois2', '0');
        await d.fill('#mois3', '980,50');
        await d.select('#nature', 'Naissance ou arrivée d’un enfant');
        await d.fill('#date-changement', '02/03/2026');
        await d.click('#valider');
        await d.present('echec');
      } },
    ],
  },
];

/** One API over a playwright page (Chromium) and a puppeteer page (Firefox). */
export function driver(page, engine) {
  const pw = engine === 'playwright';
  const waitFor = (fn, arg, timeout = 10000) => (pw ? page.waitForFunction(fn, arg, { timeout }) : page.waitForFunction(fn, { timeout }, arg));
  return {
    click: (sel) => page.click(sel),
    /** Clicks the first `sel` whose text contains `text` (menus rendered by the framework). */
    clickText: async (sel, text) => {
      if (pw) return page.locator(sel).filter({ hasText: text }).first().click();
      await page.waitForSelector(sel);
      for (const h of await page.$$(sel)) {
        if ((await h.evaluate((e) => e.textContent)).includes(text)) return h.click();
      }
      throw new Error(`no ${sel} with text ${text}`);
    },
    /** Replaces a field's value by typing it, with the input events a framework listens to. */
    fill: (sel, value) => (pw ? page.fill(sel, value) : page.locator(sel).fill(value)),
    select: (sel, value) => (pw ? page.selectOption(sel, value) : page.select(sel, value)),
    /** Waits until `fn(arg)`, run in the page, is true. */
    waitFor,
    present: (id) => waitFor((i) => document.getElementById(i) !== null, id),
    /** Until the page (app and overlay) has stopped changing. */
    settled: () => page.evaluate(() => window.__relaisAppsProbe.settled()),
    absent: (id) => waitFor((i) => document.getElementById(i) === null, id),
  };
}

/** Installs the probe before the page's scripts run. */
export function installProbe(page, engine) {
  const source = `(${probe})()`;
  return engine === 'playwright' ? page.addInitScript({ content: source }) : page.evaluateOnNewDocument(source);
}

/**
 * Firefox reports the page's own CSP blocks (DSFR's data: images under default-src 'self') as
 * page errors; they happen without Relais too. Anything else counts, and so does any CSP report
 * about Relais's own resources.
 */
const counts = (message) => !message.startsWith('Content-Security-Policy:') || /moz-extension|chrome-extension|relais/i.test(message);

/**
 * Opens `app` in a new page of `browser` (a playwright context or a puppeteer browser), drives
 * it through every state and returns { rows, frameworkErrors, pageErrors, submitted }.
 * `withRelais`: wait for Relais's overlay before the first state. `screenshot`: a path for a
 * full-page screenshot at the app's chosen state.
 */
export async function runApp({ browser, engine, server, app, withRelais, screenshot }) {
  const page = await browser.newPage();
  const frameworkErrors = [];
  const pageErrors = [];
  page.on('console', (m) => { if (m.text().startsWith(FRAMEWORK_ERROR)) frameworkErrors.push(m.text()); });
  page.on('pageerror', (e) => { if (counts(e.message)) pageErrors.push(e.message); });
  await installProbe(page, engine);
  const d = driver(page, engine);
  const sentBefore = server.submissions.length;
  await page.goto(server.url(app.host, app.path), { waitUntil: 'load' });
  await d.waitFor(app.ready);
  if (withRelais) await d.waitFor(() => document.documentElement.getAttribute('data-relais') === 'ready', undefined, 20000);
  // When Relais inserted its first overlays: at once, or once the page was idle (hydration signs).
  const start = withRelais ? await page.evaluate(() => document.documentElement.getAttribute('data-relais-start')) : null;
  const states = [];
  let expected = 0;
  for (const state of app.states) {
    await state.go(d);
    await d.settled();
    const f = await page.evaluate(() => window.__relaisAppsProbe.figures());
    const recorded = await page.evaluate(() => Number(document.documentElement.getAttribute('data-relais-recorded') ?? 0));
    expected = state.recorded ?? expected;
    states.push({ state: state.name, f, recorded, expected, frameworkErrors: frameworkErrors.length, pageErrors: pageErrors.length });
    if (screenshot && state.name === app.screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  }
  await page.close();
  const say = translatable(states.flatMap((x) => x.f.fields.flatMap((field) => [field.label, field.hint])));
  const rows = states.map(({ f, ...x }) => ({ ...x, ...summary(f, say), detail: f }));
  const submitted = server.submissions.slice(sentBefore).filter((s) => s.app === app.name).map((s) => s.values);
  return { rows, frameworkErrors, pageErrors, submitted, start };
}

/**
 * A state's figures. `say`: the label and hint texts the core has something to show for; the
 * coverage counts those (`labels`, `hints`), the others are counted apart (`labelsWithout`…).
 */
function summary(f, say) {
  const norm = (t) => t.replace(/\s+/g, ' ').trim();
  const labelled = f.fields.filter((x) => x.label);
  const labels = labelled.filter((x) => say.has(norm(x.label)));
  const hinted = f.fields.filter((x) => x.hint);
  const hints = hinted.filter((x) => say.has(norm(x.hint)));
  return {
    fields: f.fields.length,
    labels: labels.length,
    labelOverlaid: labels.filter((x) => x.labelOverlaid).length,
    labelsWithout: labelled.length - labels.length,
    hints: hints.length,
    hintOverlaid: hints.filter((x) => x.hintOverlaid).length,
    hintsWithout: hinted.length - hints.length,
    missing: [...labels.filter((x) => !x.labelOverlaid).map((x) => `label of ${x.field}: ${x.label}`), ...hints.filter((x) => !x.hintOverlaid).map((x) => `hint of ${x.field}: ${x.hint}`)],
    overlays: f.overlays,
    duplicated: f.duplicated.length,
    orphaned: f.orphaned.length,
    stale: f.stale.length,
  };
}

/** The figures of one app in one browser as a text table (one line per state). */
export function table(title, without, withRelais) {
  const head = ['state', 'fields', 'label ovl', 'w/o concept', 'hint ovl', 'w/o concept', 'overlays', 'dup', 'orphan', 'stale', 'fw err w/o|with', 'recorded/expected'];
  const lines = withRelais.rows.map((r, i) => [
    r.state, r.fields, `${r.labelOverlaid}/${r.labels}`, r.labelsWithout, `${r.hintOverlaid}/${r.hints}`, r.hintsWithout, r.overlays,
    r.duplicated, r.orphaned, r.stale, `${without.rows[i]?.frameworkErrors ?? '-'}|${r.frameworkErrors}`, `${r.recorded}/${r.expected}`,
  ].map(String));
  const width = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ');
  return [title, fmt(head), ...lines.map(fmt)].join('\n');
}
