// Relais content scripts: a thin DOM adapter.
//
// They walk the portal's page for the text a person must understand (labels, legends, buttons,
// hints, options, placeholders, error messages), send it in batches to the background, where
// the Rust core decides what it means, and render the answers beside the French. They never
// change the portal's own nodes: no text, no attribute, no value; they only insert their own
// elements (see ARCHITECTURE.md, "DOM contract") and remove them when switched off.
//
// Several classic scripts (a content script cannot be a module), loaded in this order by the
// manifest (content_scripts[].js), share one namespace object, `globalThis.__relais`, created
// here (as uBlock Origin's vapi-client.js does): each file adds its part under its own name.
//   reading.js       the namespace; walking the page for blocks
//   overlay.js       rendering the core's answers, the explanation popovers
//   speech.js        reading aloud
//   captcha.js       CAPTCHA panels and failed tries
//   evidence.js      recording failures, the journal's notices
//   mediator-bar.js  the mediator's bar and focus ring
//   start.js         settings, the first scan, the MutationObserver, messages from the background
// The namespace lives in the extension's isolated world: the page's scripts cannot see it.
(() => {
  'use strict';
  // Injected twice (manifest + scripting): the first copy stays, and every file of the second
  // returns at once, since the part it would add is already there.
  if (globalThis.__relais) return;

  const api = globalThis.browser ?? globalThis.chrome; // as shared/api.js, which a classic script cannot import

  const R = globalThis.__relais = {
    api,
    HOST_TAG: 'relais-overlay',
    POPOVER_TAG: 'relais-popover',
    /** { lang, enabled, dir, speech, languageName, strings, mediator } once start.js has them. */
    settings: null,
    /** Interface strings of the person's language (the ones without arguments). */
    strings: {},

    /** Sends a message to the background; resolves its value or throws its error. */
    send(message) {
      return api.runtime.sendMessage(message).then((reply) => {
        if (!reply) throw new Error('no reply from Relais background');
        if (!reply.ok) throw Object.assign(new Error(reply.error.message), { name: reply.error.name });
        return reply.value;
      });
    },

    /** An interface string; a missing one shows its id, never nothing. */
    t(id) {
      return R.strings[id] ?? `[${id}]`;
    },

    /** An element of Relais's own, with attributes and text (always text, never HTML). */
    make(tag, attrs = {}, text) {
      const n = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) n.setAttribute(k, v);
      if (text !== undefined) n.textContent = text; // always text, never HTML
      return n;
    },

    /** A background task failed (recording, counting): say so in the console, keep the overlay. */
    warn(err) {
      console.warn('Relais:', err?.name ?? 'Error', err?.message ?? err);
    },

    report(err) {
      // Never a page error: the portal must keep working whatever happens to Relais.
      console.warn('Relais:', err?.name ?? 'Error', err?.message ?? err);
      document.documentElement.setAttribute('data-relais', 'error');
    },
  };

  // ---- reading the page -------------------------------------------------------------------

  const MAX_TEXT = 4000;
  // What we read, in this order of kinds. `kind` is the protocol's BlockKind.
  const SOURCES = [
    { kind: 'label', selector: 'label' },
    { kind: 'legend', selector: 'legend' },
    { kind: 'hint', selector: '.fr-hint-text' },
    { kind: 'button', selector: 'button, input[type="submit"], input[type="button"], input[type="reset"], a.fr-btn' },
    { kind: 'error', selector: '.fr-error-text, .fr-message--error, .fr-alert--error, .fr-notice--alert, [role="alert"]' },
    { kind: 'option', selector: 'select' },
    { kind: 'placeholder', selector: 'input[placeholder], textarea[placeholder]' },
    { kind: 'text', selector: 'p, .fr-callout__text' },
  ];
  const MIN_PARAGRAPH_WORDS = 12; // shorter paragraphs are not scored for readability
  const SKIP = 'script, style, noscript, template, svg, code, pre, iframe, [translate="no"], .notranslate, [contenteditable=""], [contenteditable="true"], ' + R.HOST_TAG + ', ' + R.POPOVER_TAG + ', relais-notice, relais-mediator-bar';

  const CHROME = 'header, footer, nav, [role="banner"], [role="contentinfo"], [role="navigation"]';

  const LANDMARKS = 'main, header, footer, nav, aside, form, section, dialog, [role="main"], [role="banner"], [role="contentinfo"], [role="navigation"], [role="complementary"], [role="region"], [role="search"], [role="form"], [role="dialog"]';

  let nextId = 1;
  const idOf = new WeakMap(); // element -> block id
  const byId = new Map(); // block id -> { el, kind, text, host, views }

  function skipped(el) {
    if (el.closest(SKIP)) return true;
    if (el.isContentEditable) return true;
    return false;
  }

  /** The text of an element that belongs to it, without nested hints, fields or our own nodes. */
  function ownText(el) {
    let out = '';
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
      acceptNode(n) {
        if (n.nodeType === Node.ELEMENT_NODE) {
          if (n !== el && (n.matches('.fr-hint-text, input, select, textarea, button, ' + SKIP))) return NodeFilter.FILTER_REJECT;
          return NodeFilter.FILTER_SKIP;
        }
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    while (walker.nextNode()) out += walker.currentNode.nodeValue;
    return out.replace(/\s+/g, ' ').trim();
  }

  function textOf(kind, el) {
    switch (kind) {
      case 'button':
        return el.tagName === 'INPUT' ? (el.value || '').trim() : ownText(el);
      case 'placeholder':
        return (el.getAttribute('placeholder') || '').trim();
      case 'option':
        return Array.from(el.options, (o) => o.text.replace(/\s+/g, ' ').trim()).join('\n');
      default:
        return ownText(el);
    }
  }

  /** The blocks under `root` that are new or whose text changed: [{ id, kind, text, el }]. */
  function collect(root) {
    const found = [];
    for (const { kind, selector } of SOURCES) {
      const els = root.matches?.(selector) ? [root, ...root.querySelectorAll(selector)] : root.querySelectorAll(selector);
      for (const el of els) {
        if (skipped(el)) continue;
        // Errors inside an alert are read with the alert; a nested role=alert is not read twice.
        if (kind === 'error' && el.parentElement?.closest('.fr-alert--error, [role="alert"]')) continue;
        // Header, footer and navigation buttons are the site's chrome, not the procedure; an
        // overlay there would crowd layouts built to the pixel.
        if (kind === 'button' && (el.closest(CHROME) || strayButton(el))) continue;
        // Paragraphs: the page's own prose (not messages, not site chrome), long enough to judge.
        if (kind === 'text' && (el.closest(CHROME) || el.matches('.fr-message, .fr-error-text, .fr-hint-text') || el.closest('label, legend, [role="alert"], .fr-alert--error'))) continue;
        const text = textOf(kind, el).slice(0, MAX_TEXT);
        if (!text || !/\p{L}/u.test(text)) continue;
        if (kind === 'text' && text.split(/\s+/).length < MIN_PARAGRAPH_WORDS) continue;
        let id = idOf.get(el);
        const known = id && byId.get(id);
        if (known && known.text === text && known.kind === kind) continue;
        if (known) known.host?.remove();
        if (!id) {
          id = `b${nextId++}`;
          idOf.set(el, id);
        }
        byId.set(id, { el, kind, text, host: null });
        found.push({ id, kind, text, el });
      }
    }
    return found;
  }

  /** A button outside every landmark of a page that has a main landmark: a page tool, not the procedure. */
  function strayButton(el) {
    return document.querySelector('main, [role="main"]') !== null && !el.closest(LANDMARKS);
  }

  /** The block read from an element, if it was read. */
  function blockOf(el) {
    return byId.get(idOf.get(el)) ?? null;
  }

  R.reading = { collect, blockOf, byId };
})();
