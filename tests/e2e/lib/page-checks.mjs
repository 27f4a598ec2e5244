// Measurements taken inside a page, shared by the tests, the demo and the benchmark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './server.mjs';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Visible form labels (label, legend) that a person must read, and whether each has its
 * overlay right after it (DOM contract: a relais-overlay host whose root's overlay is of kind
 * label/legend is the label's next sibling; inspect build: open roots). Returns { total,
 * covered, missing: [text] }.
 */
export function labelCoverage(page) {
  return page.evaluate(() => {
    const SKIP = 'script, style, noscript, template, [translate="no"], .notranslate, [contenteditable=""], [contenteditable="true"], relais-overlay, relais-layer';
    const own = (el) => {
      const c = el.cloneNode(true);
      for (const n of c.querySelectorAll('.fr-hint-text, input, select, textarea, button, relais-overlay')) n.remove();
      return c.textContent.replace(/\s+/g, ' ').trim();
    };
    const visible = (el) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && el.getClientRects().length > 0;
    const labels = [...document.querySelectorAll('label, legend')]
      .filter((el) => !el.closest(SKIP) && visible(el) && /\p{L}/u.test(own(el)));
    const overlaid = (el) => {
      const host = el.nextElementSibling;
      return host?.matches('relais-overlay') && ['label', 'legend'].includes(host.shadowRoot?.querySelector('.relais-overlay')?.dataset.relaisKind);
    };
    const missing = labels.filter((el) => !overlaid(el)).map(own);
    return { total: labels.length, covered: labels.length - missing.length, missing };
  });
}

/**
 * An axe context for what is inside Relais's shadow roots (inspect build: open roots): every
 * `inner` in the roots of the hosts `host` (relais-overlay or relais-layer).
 */
export function inRelais(inner, host = 'relais-overlay') {
  return { fromShadowDom: [host, inner] };
}

/**
 * Runs axe-core in the page (evaluated over the debugging protocol: the page's CSP does not
 * apply). axe reads open shadow roots: on the inspect build it checks Relais's overlay inside
 * them. A target inside a shadow root is written `host >>> inner`.
 */
export async function axe(page, context) {
  await page.evaluate(AXE);
  return page.evaluate(async (ctx) => {
    const r = await globalThis.axe.run(ctx ?? document, { resultTypes: ['violations'] });
    const target = (t) => t.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' ');
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => target(n.target)), help: v.help }));
  }, context ?? null);
}

/**
 * axe's `region` rule flags content outside landmarks. An overlay sits next to the portal
 * element it translates, so it is outside a landmark exactly when that element is: the page's
 * own violation, inherited. Returns the keys of `added` that are not inherited that way.
 */
export async function notInherited(page, added, baseline) {
  const pageHasRegionIssue = [...baseline].some((k) => k.startsWith('region|'));
  const region = added.filter((k) => k.startsWith('region|'));
  if (!pageHasRegionIssue || !region.length) return added;
  const baseRegion = [...baseline].filter((k) => k.startsWith('region|')).map((k) => k.slice('region|'.length));
  const inherited = new Set(await page.evaluate(([keys, base]) => keys.filter((k) => {
    // `host >>> inner`: an element in a shadow root (Relais's: its host stands for it here).
    const find = (sel) => {
      try {
        return document.querySelector(sel.split(' >>> ')[0]);
      } catch {
        return null;
      }
    };
    const el = find(k.slice('region|'.length));
    if (!el) return false;
    // axe reports the largest subtree outside landmarks; inserting an overlay inside such a
    // subtree makes axe report its children one by one: the same violation, split.
    const baseEls = base.map(find).filter(Boolean);
    if (baseEls.some((b) => b.contains(el))) return true;
    const LANDMARK = 'main, header, footer, nav, aside, [role="main"], [role="banner"], [role="contentinfo"], [role="navigation"], [role="complementary"], [role="region"][aria-label], [role="search"], section[aria-label], section[aria-labelledby], form[aria-label], form[aria-labelledby]';
    const host = el.closest('relais-overlay, relais-layer');
    // One of the portal's own elements outside every landmark: the page's own violation (Relais
    // moves none of the portal's elements), whose axe selector (`h3:nth-child(15)`) changed only
    // because Relais's hosts were inserted among its siblings.
    if (!host) return !el.closest(LANDMARK);
    const anchor = host.previousElementSibling ?? host.parentElement;
    return Boolean(anchor && !anchor.closest(LANDMARK));
  }), [region, baseRegion]));
  return added.filter((k) => !inherited.has(k));
}

/** `rule|target` keys of violations, to compare runs with and without the extension. */
export function violationKeys(violations) {
  return new Set(violations.flatMap((v) => v.targets.map((t) => `${v.id}|${t}`)));
}

/**
 * Types a value into every visible text-like field of every form, then asks each form to submit
 * and records what the browser would send (the submit is cancelled in the page, after every
 * other listener ran). Returns [{ form, submitted, entries, typed }].
 */
export async function typeAndSubmit(page) {
  const forms = await page.evaluate(() => document.forms.length);
  const out = [];
  for (let f = 0; f < forms; f++) {
    const form = page.locator('form').nth(f);
    const fields = form.locator('input:is([type="text"], [type="email"], [type="tel"], [type="password"], [type="number"], :not([type])):visible, textarea:visible');
    const n = await fields.count();
    const typed = {};
    for (let i = 0; i < n; i++) {
      const field = fields.nth(i);
      const type = await field.getAttribute('type');
      const value = type === 'number' ? String(10 + i) : type === 'email' ? `relais${i}@example.org` : `Relais ${f}-${i}`;
      await field.fill(value);
      const name = await field.getAttribute('name');
      if (name) typed[name] = value;
    }
    const result = await page.evaluate((index) => new Promise((resolve) => {
      const el = document.forms[index];
      let done = false;
      const onSubmit = (ev) => {
        // Runs last (bubbling listener on window): record, then cancel the navigation.
        if (ev.target !== el) return;
        const entries = [...new FormData(el)].map(([k, v]) => [k, typeof v === 'string' ? v : `[file ${v.name}]`]);
        ev.preventDefault();
        done = true;
        window.removeEventListener('submit', onSubmit);
        resolve({ submitted: true, entries });
      };
      window.addEventListener('submit', onSubmit);
      try {
        el.noValidate = true; // same in both runs: we test the overlay, not the page's validation
        el.requestSubmit();
      } catch (e) {
        resolve({ submitted: false, entries: [], error: String(e) });
      }
      setTimeout(() => { if (!done) { window.removeEventListener('submit', onSubmit); resolve({ submitted: false, entries: [] }); } }, 500);
    }), f);
    out.push({ form: f, typed, ...result });
  }
  return out;
}
