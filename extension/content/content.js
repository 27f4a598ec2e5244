// Relais content script: a thin DOM adapter.
//
// It walks the portal's page for the text a person must understand (labels, legends, buttons,
// hints, options, placeholders, error messages), sends it in batches to the background, where
// the Rust core decides what it means, and renders the answers beside the French. It never
// changes the portal's own nodes: no text, no attribute, no value; it only inserts its own
// elements (see ARCHITECTURE.md, "DOM contract") and removes them when switched off.
(() => {
  'use strict';
  if (globalThis.__relaisContent) return; // injected twice (manifest + scripting): keep one
  globalThis.__relaisContent = true;

  const api = globalThis.browser ?? globalThis.chrome;
  const BATCH = 200;
  const MAX_TEXT = 4000;
  const HOST_TAG = 'relais-overlay';
  const POPOVER_TAG = 'relais-popover';

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
  const SKIP = 'script, style, noscript, template, svg, code, pre, iframe, [translate="no"], .notranslate, [contenteditable=""], [contenteditable="true"], ' + HOST_TAG + ', ' + POPOVER_TAG + ', relais-notice, relais-mediator-bar';

  const CHROME = 'header, footer, nav, [role="banner"], [role="contentinfo"], [role="navigation"]';

  const LANDMARKS = 'main, header, footer, nav, aside, form, section, dialog, [role="main"], [role="banner"], [role="contentinfo"], [role="navigation"], [role="complementary"], [role="region"], [role="search"], [role="form"], [role="dialog"]';

  let settings = null; // { lang, enabled, dir, mediator }
  let strings = {};
  let observer = null;
  let nextId = 1;
  let generation = 0; // bumps on every reset: late answers of an older generation are dropped
  const idOf = new WeakMap(); // element -> block id
  const byId = new Map(); // block id -> { el, kind, text, host }
  const pending = new Set(); // elements (roots) to scan
  let flushTimer = null;
  let work = 0; // ms of Relais's own main-thread work (reading the page, rendering), for the benchmark

  function send(message) {
    return api.runtime.sendMessage(message).then((reply) => {
      if (!reply) throw new Error('no reply from Relais background');
      if (!reply.ok) throw Object.assign(new Error(reply.error.message), { name: reply.error.name });
      return reply.value;
    });
  }

  function t(id) {
    return strings[id] ?? `[${id}]`;
  }

  // ---- reading the page -------------------------------------------------------------------

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

  // ---- rendering ----------------------------------------------------------------------------

  function make(tag, attrs = {}, text) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) n.setAttribute(k, v);
    if (text !== undefined) n.textContent = text; // always text, never HTML
    return n;
  }

  /** One translated fragment: a concept's label in the person's language. */
  function fragment(conceptId, view) {
    const span = make('span', {
      class: 'relais-term',
      'data-relais-concept': conceptId,
      'data-relais-reviewed': String(view.reviewed),
      lang: view.lang,
      dir: view.dir,
    }, view.label);
    return span;
  }

  function explainButton(conceptId, view) {
    const b = make('button', {
      type: 'button',
      class: 'relais-explain-button',
      'aria-expanded': 'false',
      'data-relais-concept': conceptId,
      lang: settings.lang,
      dir: settings.dir,
      'aria-label': `${t('overlay-explain')}: ${view.label}`,
    }, '?');
    b.addEventListener('click', (ev) => {
      ev.preventDefault();
      ev.stopPropagation();
      togglePopover(b, conceptId, view);
    });
    return b;
  }

  // ---- reading aloud ------------------------------------------------------------------------

  function voices() {
    const synth = globalThis.speechSynthesis;
    if (!synth) return Promise.resolve([]);
    const now = synth.getVoices();
    if (now.length) return Promise.resolve(now);
    // Voices load asynchronously; a browser with none never fires the event.
    return new Promise((resolve) => {
      const done = () => resolve(synth.getVoices());
      synth.addEventListener('voiceschanged', done, { once: true });
      setTimeout(done, 5000);
    });
  }

  /** The voice for a BCP 47 tag: same tag, else same primary language (fa-AF → fa). */
  function pickVoice(list, tag) {
    const norm = (t) => t.toLowerCase().replace('_', '-');
    const want = norm(tag);
    const primary = want.split('-')[0];
    return list.find((v) => norm(v.lang) === want)
      ?? list.find((v) => norm(v.lang).split('-')[0] === primary)
      ?? null;
  }

  function speechTag(lang) {
    if (lang === settings.lang) return settings.speech || lang;
    return { en: 'en-GB', fr: 'fr-FR' }[lang] ?? lang;
  }

  /** Speaks `text` in `lang`; resolves false when this computer has no voice for it. */
  async function speak(text, lang) {
    const voice = pickVoice(await voices(), speechTag(lang));
    if (!voice) return false;
    const synth = globalThis.speechSynthesis;
    synth.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    synth.speak(u);
    return true;
  }

  /** A "read aloud" button; when no voice exists, says so and offers French instead. */
  function readAloudButton(getText, lang, getFrench, place) {
    const b = make('button', {
      type: 'button',
      class: 'relais-speak-button',
      lang: settings.lang,
      dir: settings.dir,
      'aria-label': t('overlay-read-aloud'),
      title: t('overlay-read-aloud'),
    }, '🔊');
    b.addEventListener('click', async (ev) => {
      ev.preventDefault();
      ev.stopPropagation();
      const spoken = await speak(getText(), lang);
      if (spoken || b.nextElementSibling?.classList.contains('relais-no-voice')) return;
      const note = make('span', { class: 'relais-no-voice', role: 'status', lang: settings.lang, dir: settings.dir }, t('overlay-no-voice') + ' ');
      const fr = make('button', { type: 'button', class: 'relais-speak-button relais-speak-fr', lang: settings.lang, dir: settings.dir }, t('overlay-read-french'));
      fr.addEventListener('click', (e) => {
        e.preventDefault();
        e.stopPropagation();
        speak(getFrench(), 'fr');
      });
      note.append(fr);
      (place ?? b).after(note);
    });
    return b;
  }

  function togglePopover(button, conceptId, view) {
    const open = button.nextElementSibling?.tagName === POPOVER_TAG.toUpperCase() ? button.nextElementSibling : null;
    if (open) {
      open.remove();
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    const pop = make(POPOVER_TAG, {
      'data-relais-kind': 'explain',
      'data-relais-concept': conceptId,
      role: 'note',
      lang: view.lang,
      dir: view.dir,
      translate: 'no',
    });
    pop.append(make('strong', { class: 'relais-pop-title' }, view.label));
    pop.append(make('span', { class: 'relais-pop-fr', lang: 'fr', dir: 'ltr' }, view.labelFr));
    for (const part of [view.explain, view.where, view.todo]) {
      if (part) pop.append(make('p', {}, part));
    }
    if (view.explainFr && view.lang !== 'fr') pop.append(make('p', { class: 'relais-pop-fr', lang: 'fr', dir: 'ltr' }, view.explainFr));
    const said = [view.label, view.explain, view.where, view.todo].filter(Boolean).join('. ');
    const saidFr = [view.labelFr, view.explainFr].filter(Boolean).join('. ');
    const speakRow = make('p', { class: 'relais-speak-row' });
    speakRow.append(readAloudButton(() => said, view.lang, () => saidFr));
    pop.append(speakRow);
    if (!view.reviewed) pop.append(make('p', { class: 'relais-note' }, t('overlay-unreviewed')));
    if (view.fallback) pop.append(make('p', { class: 'relais-note' }, t('overlay-fallback')));
    button.after(pop);
    button.setAttribute('aria-expanded', 'true');
  }

  /** The concepts of a block that the reply explains, each once, in reading order. */
  function conceptIds(result, concepts) {
    return [...new Set(result.terms.map((term) => term.concept))].filter((c) => concepts[c]);
  }

  /**
   * The translated fragments of some concepts: each with its fallback marker and its "?", the
   * French term beside it when `french` (hard-paragraph marks show which French words they mean).
   */
  function termList(ids, concepts, french) {
    const list = make('span', { class: 'relais-terms' });
    ids.forEach((c, i) => {
      const view = concepts[c];
      const item = make('span', { class: 'relais-item' });
      item.append(fragment(c, view));
      if (french) item.append(' ', make('span', { class: 'relais-term-fr', lang: 'fr', dir: 'ltr' }, view.labelFr));
      if (view.fallback) item.append(make('span', { class: 'relais-fallback', lang: settings.lang, dir: settings.dir }, ` (${view.lang})`));
      if (view.explain || view.explainFr) item.append(explainButton(c, view));
      list.append(item);
      if (i < ids.length - 1) list.append(make('span', { class: 'relais-sep', 'aria-hidden': 'true' }, ' · '));
    });
    return list;
  }

  function hostFor(block, result, concepts) {
    const ids = conceptIds(result, concepts);
    if (!ids.length) return null;
    const kind = block.kind === 'error' ? 'error' : block.kind;
    const host = make(HOST_TAG, {
      'data-relais-kind': kind,
      'data-relais-concept': ids.join(' '),
      'data-relais-for': block.id,
      lang: settings.lang,
      dir: settings.dir,
      translate: 'no',
    });
    // Mediator mode: French and the person's language side by side, for two people reading.
    host.append(termList(ids, concepts, Boolean(settings.mediator)));
    block.views = ids.map((c) => concepts[c]); // what "read this field aloud" says (mediator bar)
    const langs = new Set(ids.map((c) => concepts[c].lang));
    const lang = langs.size === 1 ? [...langs][0] : settings.lang;
    host.append(readAloudButton(
      () => ids.map((c) => concepts[c].label).join(', '),
      lang,
      () => ids.map((c) => concepts[c].labelFr).join(', '),
    ));
    return host;
  }

  /** Before a hard paragraph: a warning for the mediator, with the key concepts it contains. */
  function hardHost(block, result, concepts) {
    const ids = conceptIds(result, concepts);
    const host = make(HOST_TAG, {
      'data-relais-kind': 'hard',
      'data-relais-concept': ids.join(' '),
      'data-relais-for': block.id,
      'data-relais-ease': String(result.readability.ease),
      lang: settings.lang,
      dir: settings.dir,
      translate: 'no',
    });
    host.append(make('span', { class: 'relais-hard-title' }, t('overlay-hard')));
    if (ids.length) host.append(' ', termList(ids, concepts, true));
    return host;
  }

  /** Where the overlay goes: after the element, never between a field and its own label. */
  function place(block, host) {
    const el = block.el;
    if (block.kind === 'hint') {
      const label = el.closest('label');
      if (label) {
        const labelHost = byId.get(idOf.get(label))?.host;
        (labelHost ?? label).after(host);
        return;
      }
    }
    if (block.kind === 'placeholder') {
      (el.closest('.fr-input-wrap') ?? el).after(host);
      return;
    }
    el.after(host);
  }

  function render(reply, batch) {
    for (const result of reply.results) {
      const block = byId.get(result.id);
      if (!block || !block.el.isConnected) continue;
      if (result.failure) recordFailure(block, result.failure);
      block.host?.remove();
      if (block.kind === 'text') {
        block.host = result.readability?.hard ? hardHost(block, result, reply.concepts) : null;
        if (block.host) block.el.before(block.host);
        continue;
      }
      block.host = hostFor(block, result, reply.concepts);
      if (block.host) place(block, block.host);
    }
    if (ring) placeRing();
    return batch.length;
  }


  // ---- CAPTCHA widgets ----------------------------------------------------------------------
  // JavaScript only describes elements that might be part of a CAPTCHA; the core decides which
  // are widgets (crate/core/src/captcha.rs). Relais never clicks, types or reads a challenge.

  const CAPTCHA_SELECTOR = 'iframe, img, input, textarea, button, a[href], [data-sitekey], [class*="captcha" i], [id*="captcha" i], .grecaptcha-badge';
  const CAPTCHA_WORDS = /captcha|recaptcha|hcaptcha|turnstile|frc-|sitekey|s[ée]curit|robot|recopi|caract[èe]res|[ée]couter|audio|sonore|[ée]noncer|playsound|soundlink|reload|nouveau code|nouvelle image|autre image|g[ée]n[ée]rer|question|combien|cloudflare|challenge/i;
  const INCORRECT = /incorrect|invalide|erron|pas valide|ne correspond pas|r[ée]essayer/i;
  const captchaIdOf = new WeakMap();
  const captchaById = new Map(); // id -> element
  const captchaPanels = new Map(); // root element -> panel
  const groupIds = new WeakMap();
  let nextCaptcha = 1;
  let nextGroup = 1;

  function groupOf(el) {
    const host = el.getRootNode()?.host;
    const form = el.closest('form') ?? (host ? host.closest('form') : null) ?? el.closest('fieldset, main, body') ?? document.body;
    if (!groupIds.has(form)) groupIds.set(form, `g${nextGroup++}`);
    return groupIds.get(form);
  }

  let labelTexts = new Map(); // label[for] id -> text, built once per detection (el.labels is O(page))

  function labelOf(el) {
    const parts = [el.getAttribute('aria-label'), el.getAttribute('alt'), el.getAttribute('placeholder')];
    if (el.id && labelTexts.has(el.id)) parts.push(labelTexts.get(el.id));
    const wrapping = el.closest('label');
    if (wrapping) parts.push(wrapping.textContent);
    if (['BUTTON', 'A'].includes(el.tagName)) parts.push(el.textContent);
    return parts.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim().slice(0, 300);
  }

  function describe(el) {
    let id = captchaIdOf.get(el);
    if (!id) {
      id = `c${nextCaptcha++}`;
      captchaIdOf.set(el, id);
    }
    captchaById.set(id, el);
    const data = Array.from(el.attributes).filter((a) => a.name.startsWith('data-')).map((a) => `${a.name}=${a.value}`).join(';');
    return {
      id,
      tag: el.tagName.toLowerCase(),
      elId: el.id || '',
      classes: typeof el.className === 'string' ? el.className : '',
      name: el.getAttribute('name') || '',
      src: (el.getAttribute('src') || el.getAttribute('href') || '').slice(0, 1000),
      title: el.getAttribute('title') || '',
      label: labelOf(el),
      data: data.slice(0, 1000),
      inputType: (el.getAttribute('type') || '').toLowerCase(),
      group: groupOf(el),
    };
  }

  /** Candidates in a tree, open shadow roots included. */
  function captchaCandidates(root, out = []) {
    const scope = root.querySelectorAll ? root : document;
    const els = [...(root.matches?.(CAPTCHA_SELECTOR) ? [root] : []), ...scope.querySelectorAll(CAPTCHA_SELECTOR)];
    for (const el of els) {
      if (el.closest('relais-overlay, relais-popover')) continue;
      const d = describe(el);
      if (CAPTCHA_WORDS.test(`${d.elId} ${d.classes} ${d.name} ${d.src} ${d.title} ${d.label} ${d.data}`)) out.push(d);
    }
    for (const el of scope.querySelectorAll('*')) if (el.shadowRoot) captchaCandidates(el.shadowRoot, out);
    return out;
  }

  /** The element after which a hint goes: the widget's own box, outside any shadow root. */
  function anchorOf(el) {
    const host = el.getRootNode()?.host;
    const a = host ?? el;
    return a.closest('.g-recaptcha, .h-captcha, .cf-turnstile, .frc-captcha, #captchetat, #captchaFR_CaptchaDiv, .BDC_CaptchaDiv, .grecaptcha-badge') ?? a;
  }

  function goTo(el) {
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
    if (el.getRootNode()?.activeElement === el || document.activeElement === el) return;
    // Not focusable: show where it is with Relais's own ring, without touching the element.
    const r = el.getBoundingClientRect();
    const ring = make('relais-highlight', { 'aria-hidden': 'true' });
    ring.style.setProperty('top', `${r.top - 4}px`);
    ring.style.setProperty('left', `${r.left - 4}px`);
    ring.style.setProperty('width', `${r.width + 8}px`);
    ring.style.setProperty('height', `${r.height + 8}px`);
    document.documentElement.append(ring);
    setTimeout(() => ring.remove(), 4000);
  }

  function captchaPanel(w) {
    const n = nextCaptcha++;
    const panel = make(HOST_TAG, {
      'data-relais-kind': 'captcha',
      'data-relais-captcha': w.kind,
      role: 'region',
      'aria-labelledby': `relais-captcha-${n}`,
      lang: w.lang,
      dir: w.dir,
      translate: 'no',
    });
    panel.append(make('strong', { id: `relais-captcha-${n}`, class: 'relais-captcha-title' }, w.title));
    for (const h of w.hints) panel.append(make('span', { class: 'relais-captcha-hint' }, h));
    const actions = make('span', { class: 'relais-captcha-actions' });
    const target = captchaById.get(w.audio ?? w.input ?? w.root) ?? captchaById.get(w.root);
    if (target) {
      const go = make('button', { type: 'button', class: 'relais-go-button', 'data-relais-go': w.audio ? 'audio' : 'widget' }, w.goLabel);
      go.addEventListener('click', (ev) => { ev.preventDefault(); ev.stopPropagation(); goTo(target); });
      actions.append(go);
    }
    actions.append(readAloudButton(() => [w.title, ...w.hints].join('. '), w.lang, () => ''));
    panel.append(actions);
    panel.append(make('span', { class: 'relais-captcha-count', role: 'status' }));
    return panel;
  }

  function captchaEvent(event, kind) {
    return send({ type: 'captcha.event', event, kind, host: location.hostname, path: location.pathname }).catch(warn);
  }

  function showCount(panel, reply) {
    if (reply?.count > 0) panel.querySelector('.relais-captcha-count').textContent = t('captcha-blocked').replace(/\{\s*\$count\s*\}/, String(reply.count));
  }

  async function detectCaptchas(roots) {
    labelTexts = new Map();
    for (const l of document.querySelectorAll('label[for]')) labelTexts.set(l.htmlFor, (labelTexts.get(l.htmlFor) ?? '') + ' ' + l.textContent);
    let candidates = [];
    for (const r of roots) if (r.isConnected) captchaCandidates(r, candidates);
    // Something CAPTCHA-like changed: judge the whole page again, so that a widget built in
    // several steps (container first, image later) is seen whole.
    if (candidates.length && !roots.includes(document.body)) candidates = captchaCandidates(document.body);
    const scripts = Array.from(document.scripts, (s) => s.src).filter((src) => /captcha|turnstile/i.test(src));
    if (!candidates.length && !scripts.length) return;
    const reply = await send({ type: 'captcha.detect', lang: settings.lang, candidates: candidates.slice(0, 400), scripts: scripts.slice(0, 400) });
    for (const w of reply.widgets) {
      const root = captchaById.get(w.root) ?? document.body;
      // One panel per widget kind and form: a widget seen again (rebuilt, re-rendered) keeps its panel.
      const key = `${w.kind}|${root === document.body ? 'page' : groupOf(root)}`;
      if (captchaPanels.get(key)?.isConnected) continue;
      const panel = captchaPanel(w);
      captchaPanels.set(key, panel);
      if (w.root.startsWith('script:')) document.body.prepend(panel);
      else anchorOf(root).after(panel);
      showCount(panel, await captchaEvent('seen', w.kind));
      watchSubmit(root, w.kind, panel);
    }
  }

  /**
   * Observes (never blocks) the submit of the form that holds a widget. A full reload that shows
   * the widget again is reported by the next page's "seen"; a form that stays on the page and
   * shows an "incorrect code" message is reported here.
   */
  function watchSubmit(root, kind, panel) {
    const form = (root.getRootNode()?.host ?? root).closest?.('form');
    if (!form) return;
    form.addEventListener('submit', () => {
      captchaEvent('submitted', kind);
      setTimeout(async () => {
        if (!form.isConnected) return;
        const msg = Array.from(form.querySelectorAll('.fr-message--error, .fr-error-text, [role="alert"], .error, .erreur'), (e) => e.textContent).join(' ');
        if (INCORRECT.test(msg)) showCount(panel, await captchaEvent('seen', kind));
      }, 800);
    }, { passive: true });
  }

  // ---- evidence -----------------------------------------------------------------------------
  // A failure message the core recognised is recorded by itself, with a capture of the page's
  // own content: the HTML of the error region, with every form value removed.

  function snapshot(el) {
    const region = el.closest('.fr-alert, [role="alert"], .fr-input-group, .fr-fieldset, .fr-notice, main') ?? el;
    const clone = region.cloneNode(true);
    for (const n of clone.querySelectorAll('script, style, iframe, object, embed, relais-overlay, relais-popover, relais-highlight, relais-notice, relais-mediator-bar, relais-focus, relais-bar-spacer')) n.remove();
    for (const f of clone.querySelectorAll('input, textarea, select, option')) {
      f.removeAttribute('value');
      f.removeAttribute('checked');
      f.removeAttribute('selected');
      if (f.tagName === 'TEXTAREA') f.textContent = '';
    }
    const when = new Date().toISOString();
    const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(document.title)}</title></head><body>`
      + `<!-- Relais capture of the page's own content, ${when}, ${escapeHtml(location.origin + location.pathname)} -->\n`
      + clone.outerHTML + '</body></html>';
    return html.slice(0, 500_000);
  }

  function escapeHtml(s) {
    return s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[ch]));
  }

  const recorded = new WeakMap(); // element -> text already recorded for it

  function recordFailure(block, failure) {
    // A failed CAPTCHA on a page where Relais sees the widget is counted by the CAPTCHA flow
    // (one record per failed try); its error message is not recorded a second time.
    if (failure === 'captcha' && [...captchaPanels.values()].some((p) => p.isConnected)) return;
    if (recorded.get(block.el) === block.text) return;
    recorded.set(block.el, block.text);
    send({
      type: 'journal.record',
      failure,
      message: block.text,
      url: location.href,
      title: document.title,
      snapshot: snapshot(block.el),
    }).then((r) => {
      document.documentElement.setAttribute('data-relais-recorded', String(Number(document.documentElement.getAttribute('data-relais-recorded') ?? 0) + 1));
      // The browser's storage is full: the record is kept without its capture. Say so.
      if (r?.quota) notice(t('journal-storage-full'), 'quota');
      return r;
    }).catch((err) => {
      notice(`${t('journal-not-recorded')} (${err.message})`, 'error');
      warn(err);
    });
  }

  /** A short message about the journal, at the bottom of the window, read by screen readers. */
  function notice(text, kind) {
    let box = document.querySelector('relais-notice');
    if (!box) {
      box = make('relais-notice', { role: 'status', lang: settings.lang, dir: settings.dir });
      document.documentElement.append(box);
    }
    box.setAttribute('data-relais-notice', kind);
    const close = make('button', { type: 'button', class: 'relais-notice-close', 'aria-label': t('overlay-close') }, '×');
    close.addEventListener('click', () => box.remove());
    box.replaceChildren(make('span', {}, text), close);
  }

  // ---- scanning -----------------------------------------------------------------------------

  async function scan(roots) {
    const gen = generation;
    const blocks = [];
    let t = performance.now();
    for (const r of roots) if (r.isConnected) blocks.push(...collect(r));
    work += performance.now() - t;
    if (!blocks.length) return 0;
    // Document order, which on a form is top to bottom: the first batch is what the person sees
    // first. (Sorting by viewport would read geometry and force a layout of the whole page
    // before its first paint: 100 ms on a 2,000-field form.)
    const batches = [];
    for (let i = 0; i < blocks.length; i += BATCH) batches.push(blocks.slice(i, i + BATCH));
    let done = 0;
    // The first batch (the top of the page) is rendered as soon as it comes back; the others are
    // rendered together once all are back, so that the browser lays the page out once for them
    // instead of once per batch (10 layouts of a 2,000-field form otherwise).
    const replies = batches.map((batch) => send({
      type: 'scan.blocks',
      lang: settings.lang,
      url: location.href,
      blocks: batch.map(({ id, kind, text }) => ({ id, kind, text })),
    }));
    const first = await replies[0];
    t = performance.now();
    if (gen === generation) done += render(first, batches[0]);
    work += performance.now() - t;
    const rest = await Promise.all(replies.slice(1));
    t = performance.now();
    if (gen === generation) rest.forEach((reply, i) => { done += render(reply, batches[i + 1]); });
    work += performance.now() - t;
    return done;
  }

  function schedule(node) {
    const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    if (!el || el.closest(HOST_TAG + ', ' + POPOVER_TAG + ', relais-mediator-bar, relais-notice')) return;
    // A change inside a block (its text changed) rescans the block's element.
    const owner = el.closest('label, legend, button, select, .fr-hint-text, .fr-error-text, .fr-message--error, [role="alert"]') ?? el;
    pending.add(owner);
    if (!flushTimer) flushTimer = setTimeout(flush, 30);
  }

  function flush() {
    flushTimer = null;
    // Keep only the outermost roots: a subtree is scanned once.
    const roots = [...pending].filter((r) => ![...pending].some((o) => o !== r && o.contains(r)));
    pending.clear();
    scan(roots).catch(report);
    detectCaptchas(roots).catch(warn);
  }

  function observe() {
    observer = new MutationObserver((records) => {
      for (const rec of records) {
        if (rec.type === 'characterData') schedule(rec.target);
        for (const n of rec.addedNodes) {
          if (n.nodeType === Node.ELEMENT_NODE && n.tagName.startsWith('RELAIS-')) continue;
          if (n.nodeType === Node.ELEMENT_NODE || n.nodeType === Node.TEXT_NODE) schedule(n);
        }
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  // ---- mediator mode ------------------------------------------------------------------------
  // A person and a mediator at one screen. The overlays show French and the person's language
  // side by side, in a larger text size; a ring follows the field being filled; a bar at the
  // bottom reads the current field aloud and opens the mediator page (phrase cards, notes, end
  // of session). Notes and passphrases are typed only in that extension page, never here: the
  // portal's scripts can read this page's DOM and keys.

  const BAR_TAG = 'relais-mediator-bar';
  const RING_TAG = 'relais-focus';
  const SPACER_TAG = 'relais-bar-spacer';
  const FIELD_GROUP = '.fr-input-group, .fr-select-group, .fr-radio-group, .fr-checkbox-group, .fr-toggle, .fr-upload-group, .fr-password, .fr-fieldset__element';
  let current = null; // the field the person is filling
  let ring = null;
  // The page's layout moves when overlays are inserted or the portal changes: follow the body.
  let bodyWatch = null;
  const ms = (id) => settings.mediator?.strings?.[id] ?? t(id);

  function fieldOf(el) {
    return el?.closest?.('input:not([type="hidden"]), select, textarea') ?? null;
  }

  function placeRing() {
    if (!ring || !current?.isConnected) {
      ring?.remove();
      return;
    }
    const target = current.closest(FIELD_GROUP) ?? current;
    const r = target.getBoundingClientRect();
    ring.style.setProperty('top', `${r.top + scrollY - 6}px`);
    ring.style.setProperty('left', `${r.left + scrollX - 6}px`);
    ring.style.setProperty('width', `${r.width + 12}px`);
    ring.style.setProperty('height', `${r.height + 12}px`);
    if (!ring.isConnected) document.documentElement.append(ring);
  }

  function onFocus(ev) {
    const f = fieldOf(ev.target);
    if (!f || f.closest(BAR_TAG)) return;
    current = f;
    document.documentElement.setAttribute('data-relais-current', f.id || f.name || f.tagName.toLowerCase());
    placeRing();
  }

  const onLayout = () => placeRing();

  /** The label block of the current field: its <label>, else its fieldset's legend. */
  function currentBlock() {
    if (!current) return null;
    const label = current.labels?.[0] ?? current.closest('fieldset')?.querySelector('legend');
    return label ? byId.get(idOf.get(label)) ?? null : null;
  }

  async function readCurrent(button, status) {
    const block = currentBlock();
    if (!block) {
      status.textContent = ms('mediator-no-field');
      return;
    }
    // The label's concepts and their explanations in the person's language, else the French.
    const views = block.views ?? [];
    const said = (label, explain) => views.map((v) => [v[label], v[explain]].filter(Boolean).join('. ')).join('. ');
    const [text, lang] = views.length ? [said('label', 'explain'), views[0].lang] : [block.text, 'fr'];
    status.textContent = '';
    if (!(await speak(text, lang))) {
      status.textContent = t('overlay-no-voice');
      await speak(said('labelFr', 'explainFr') || block.text, 'fr');
    }
  }

  function barButton(id, label, onClick) {
    const b = make('button', { type: 'button', 'data-relais-action': id, lang: settings.mediator.lang, dir: settings.mediator.dir }, label);
    b.addEventListener('click', (ev) => {
      ev.preventDefault();
      ev.stopPropagation();
      onClick(b);
    });
    return b;
  }

  function mountMediator() {
    const m = settings.mediator;
    const html = document.documentElement;
    html.setAttribute('data-relais-mediator', 'on');
    html.setAttribute('data-relais-scale', String(m.scale));
    const bar = make(BAR_TAG, { role: 'region', 'aria-label': ms('mediator-bar'), lang: m.lang, dir: m.dir, translate: 'no' });
    const person = make('span', { class: 'relais-bar-lang' });
    person.append(make('span', { class: 'relais-bar-caption' }, `${ms('mediator-language')} `),
      make('strong', { lang: settings.lang, dir: settings.dir }, settings.languageName ?? settings.lang));
    const status = make('span', { class: 'relais-bar-status', role: 'status' });
    const scale = (delta) => send({ type: 'mediator.set', scale: Math.max(0, Math.min(3, m.scale + delta)) }).catch(warn);
    // The visible words are the accessible name (WCAG 2.5.3): "A− Smaller text".
    const smaller = barButton('smaller', `A− ${ms('mediator-smaller')}`, () => scale(-1));
    smaller.disabled = m.scale <= 0;
    const larger = barButton('larger', `A+ ${ms('mediator-larger')}`, () => scale(1));
    larger.disabled = m.scale >= 3;
    bar.append(
      person,
      barButton('read', `🔊 ${ms('mediator-read-field')}`, (b) => readCurrent(b, status)),
      smaller,
      larger,
      barButton('phrases', ms('mediator-phrases'), () => send({ type: 'mediator.open', section: 'phrases' }).catch(warn)),
      barButton('notes', ms('mediator-notes'), () => send({ type: 'mediator.open', section: 'notes' }).catch(warn)),
      barButton('end', ms('mediator-end'), () => send({ type: 'mediator.open', section: 'end' }).catch(warn)),
      status,
    );
    // The spacer lets the end of the page scroll above the bar: the bar never hides a field.
    (document.body ?? html).append(make(SPACER_TAG, { 'aria-hidden': 'true' }));
    html.append(bar);
    ring = make(RING_TAG, { 'aria-hidden': 'true' });
    document.addEventListener('focusin', onFocus, true);
    bodyWatch = new ResizeObserver(onLayout);
    bodyWatch.observe(document.body ?? html);
    addEventListener('resize', onLayout, { passive: true });
    addEventListener('scroll', onLayout, { passive: true, capture: true });
    const f = fieldOf(document.activeElement);
    if (f) onFocus({ target: f });
  }

  function unmountMediator() {
    document.removeEventListener('focusin', onFocus, true);
    bodyWatch?.disconnect();
    bodyWatch = null;
    removeEventListener('resize', onLayout);
    removeEventListener('scroll', onLayout, { capture: true });
    for (const n of document.querySelectorAll(`${BAR_TAG}, ${RING_TAG}, ${SPACER_TAG}`)) n.remove();
    for (const a of ['data-relais-mediator', 'data-relais-scale', 'data-relais-current']) document.documentElement.removeAttribute(a);
    ring = null;
    current = null;
  }

  function clear() {
    generation++;
    observer?.disconnect();
    observer = null;
    unmountMediator();
    for (const n of document.querySelectorAll(HOST_TAG + ', ' + POPOVER_TAG + ', relais-highlight, relais-notice')) n.remove();
    captchaPanels.clear();
    byId.clear();
    pending.clear();
  }

  /** A background task failed (recording, counting): say so in the console, keep the overlay. */
  function warn(err) {
    console.warn('Relais:', err?.name ?? 'Error', err?.message ?? err);
  }

  function report(err) {
    // Never a page error: the portal must keep working whatever happens to Relais.
    console.warn('Relais:', err?.name ?? 'Error', err?.message ?? err);
    document.documentElement.setAttribute('data-relais', 'error');
  }

  /**
   * The DOM is parsed: `readyState` leaves "loading" just before deferred scripts run and
   * DOMContentLoaded fires, so the page is read while the portal's own start-up scripts run.
   */
  function domReady() {
    if (document.readyState !== 'loading') return Promise.resolve();
    return new Promise((resolve) => document.addEventListener('readystatechange', resolve, { once: true }));
  }

  /**
   * Runs at document_start: the settings (with the interface strings of the person's language)
   * are asked for while the portal's HTML is still being parsed, so the round trip to the
   * background is hidden behind parsing; the page is read once the DOM is complete.
   */
  async function start() {
    const asked = send({ type: 'settings.get', host: location.hostname });
    await domReady();
    settings = await asked;
    if (!settings.enabled) {
      document.documentElement.setAttribute('data-relais', 'off');
      return;
    }
    strings = settings.strings;
    if (settings.mediator) mountMediator();
    // Ask for the voice list now: speech engines load it asynchronously, sometimes in seconds.
    globalThis.speechSynthesis?.getVoices();
    const count = await scan([document.body ?? document.documentElement]);
    // From DOMContentLoaded to now; 0 when the overlay was complete before DOMContentLoaded.
    const dcl = performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? 0;
    const since = dcl > 0 ? Math.max(0, performance.now() - dcl) : 0;
    // Documented state for tests and benchmarks (ARCHITECTURE.md, "DOM contract").
    document.documentElement.setAttribute('data-relais', 'ready');
    document.documentElement.setAttribute('data-relais-ms', since.toFixed(1));
    document.documentElement.setAttribute('data-relais-blocks', String(count));
    document.documentElement.setAttribute('data-relais-work-ms', work.toFixed(1));
    observe();
    // CAPTCHA widgets next: "ready" means the labels are done; the panels follow at once.
    await detectCaptchas([document.body ?? document.documentElement]).catch(warn);
  }

  api.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    if (msg?.type === 'settings.changed') {
      clear();
      start().catch(report);
    }
    if (msg?.type === 'mediator.focus') {
      // The mediator's keyboard shortcut: to the bar's first button (its own element, not the portal's).
      const first = document.querySelector('relais-mediator-bar button');
      first?.focus();
      sendResponse(Boolean(first));
    }
  });

  start().catch(report);
})();
