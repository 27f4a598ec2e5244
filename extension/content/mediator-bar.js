// Mediator mode on the portal's page. A person and a mediator at one screen. The overlays show
// French and the person's language side by side, in a larger text size (overlay.js, overlay.css);
// a ring follows the field being filled; a bar at the bottom, in the mediator's language, reads
// the current field aloud and opens the mediator page (phrase cards, notes, end of session).
// Notes and passphrases are typed only in that extension page, never here: the portal's scripts
// can read this page's DOM and keys. Part of the content scripts' namespace (see reading.js).
(() => {
  'use strict';
  const R = globalThis.__relais;
  if (!R || R.mediatorBar) return; // injected twice: the first copy stays

  const { make, send, t, warn } = R;

  const FIELD_GROUP = '.fr-input-group, .fr-select-group, .fr-radio-group, .fr-checkbox-group, .fr-toggle, .fr-upload-group, .fr-password, .fr-fieldset__element';
  // The bar, the ring and the spacer live in the page's one relais-layer (a closed shadow root),
  // which exists outside sessions too: nothing in the page's DOM says a session is on.
  let bar = null;
  let spacer = null;
  let current = null; // the field the person is filling
  let ring = null;
  // The page's layout moves when overlays are inserted or the portal changes: follow the body.
  let bodyWatch = null;
  const ms = (id) => R.settings.mediator?.strings?.[id] ?? t(id);

  function fieldOf(el) {
    return el?.closest?.('input:not([type="hidden"]), select, textarea') ?? null;
  }

  /**
   * Puts the ring around the current field's group (nothing outside mediator mode). The ring is
   * fixed to the window (the layer's host may sit in a positioned <body>): it follows scrolls.
   */
  function placeRing(glide = false) {
    if (!ring || !current?.isConnected) {
      ring?.remove();
      return;
    }
    const target = current.closest(FIELD_GROUP) ?? current;
    const r = target.getBoundingClientRect();
    // It glides from field to field, and sticks to its field when the page scrolls.
    ring.style.setProperty('transition', glide ? '' : 'none');
    ring.style.setProperty('top', `${r.top - 6}px`);
    ring.style.setProperty('left', `${r.left - 6}px`);
    ring.style.setProperty('width', `${r.width + 12}px`);
    ring.style.setProperty('height', `${r.height + 12}px`);
    if (!ring.isConnected) R.layer().box.append(ring);
  }

  /**
   * Keyboard focus never lands under the bar (WCAG 2.4.11): once the browser has scrolled the
   * field into view, the page scrolls on until the field group clears the bar. (A stylesheet's
   * scroll-padding on <html> would do it too, but the page could read it.)
   */
  function clearOfBar(field) {
    requestAnimationFrame(() => {
      if (!bar?.isConnected || !field.isConnected) return;
      const top = bar.getBoundingClientRect().top;
      const r = (field.closest(FIELD_GROUP) ?? field).getBoundingClientRect();
      const margin = 12;
      if (r.bottom + margin > top) scrollBy({ top: Math.min(r.bottom + margin - top, Math.max(0, r.top - margin)), behavior: 'instant' });
    });
  }

  function onFocus(ev) {
    const f = fieldOf(ev.target);
    if (!f) return; // Relais's own buttons are in closed roots: the event's target is their host
    current = f;
    R.state('current', f.id || f.name || f.tagName.toLowerCase());
    placeRing(true);
    clearOfBar(f);
  }

  const onLayout = () => placeRing();

  /** The label block of the current field: its <label>, else its fieldset's legend. */
  function currentBlock() {
    if (!current) return null;
    const label = current.labels?.[0] ?? current.closest('fieldset')?.querySelector('legend');
    return label ? R.reading.blockOf(label) : null;
  }

  async function readCurrent(button, status) {
    const block = currentBlock();
    if (!block) {
      status.textContent = ms('mediator-no-field');
      return;
    }
    // The field's full translation, else its concepts and their explanations in the person's
    // language, else the French.
    if (block.translation) {
      status.textContent = '';
      if (!(await R.speech.speak(block.translation.text, block.translation.lang))) {
        status.textContent = t('overlay-no-voice');
        await R.speech.speak(block.text, 'fr');
      }
      return;
    }
    const views = block.views ?? [];
    const said = (label, explain) => views.map((v) => [v[label], v[explain]].filter(Boolean).join('. ')).join('. ');
    const [text, lang] = views.length ? [said('label', 'explain'), views[0].lang] : [block.text, 'fr'];
    status.textContent = '';
    if (!(await R.speech.speak(text, lang))) {
      status.textContent = t('overlay-no-voice');
      await R.speech.speak(said('labelFr', 'explainFr') || block.text, 'fr');
    }
  }

  function barButton(id, label, onClick) {
    const b = make('button', { type: 'button', 'data-relais-action': id, lang: R.settings.mediator.lang, dir: R.settings.mediator.dir }, label);
    b.addEventListener('click', (ev) => {
      ev.preventDefault();
      ev.stopPropagation();
      onClick(b);
    });
    return b;
  }

  function mount() {
    const { settings } = R;
    const m = settings.mediator;
    R.state('mediator', 'on');
    R.state('scale', m.scale);
    const layer = R.layer();
    for (const [k, v] of Object.entries(R.modeAttrs())) layer.box.setAttribute(k, v);
    bar = make('div', { class: 'relais-mediator-bar', role: 'region', 'aria-label': ms('mediator-bar'), lang: m.lang, dir: m.dir, translate: 'no' });
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
    // The spacer lets the end of the page scroll above the bar: the bar never hides a field. (It
    // makes the page taller during a session: see ARCHITECTURE.md, "what the page can observe".)
    spacer = make('div', { class: 'relais-bar-spacer', 'aria-hidden': 'true' });
    ring = make('div', { class: 'relais-focus', 'aria-hidden': 'true' });
    layer.box.append(spacer, bar);
    document.addEventListener('focusin', onFocus, true);
    bodyWatch = new ResizeObserver(onLayout);
    bodyWatch.observe(document.body ?? document.documentElement);
    addEventListener('resize', onLayout, { passive: true });
    addEventListener('scroll', onLayout, { passive: true, capture: true });
    const f = fieldOf(document.activeElement);
    if (f) onFocus({ target: f });
  }

  function unmount() {
    document.removeEventListener('focusin', onFocus, true);
    bodyWatch?.disconnect();
    bodyWatch = null;
    removeEventListener('resize', onLayout);
    removeEventListener('scroll', onLayout, { capture: true });
    for (const n of [bar, ring, spacer]) n?.remove();
    const layer = R.layer(false);
    for (const a of ['data-relais-mode', 'data-relais-scale']) layer?.box.removeAttribute(a);
    for (const a of ['mediator', 'scale', 'current']) R.state(a, null);
    bar = null;
    ring = null;
    spacer = null;
    current = null;
  }

  /** The mediator's keyboard shortcut: focus to the bar's first button (its own element, not the portal's). */
  function focus() {
    const first = bar?.isConnected ? bar.querySelector('button') : null;
    first?.focus();
    return Boolean(first);
  }

  R.mediatorBar = { mount, unmount, placeRing, focus };
})();
