// What a test reads in a fixture app's page, after each state: the visible form fields with
// their label and hint as a person sees them, whether Relais's overlay translates them, and the
// overlays that went wrong (duplicated, orphaned, stale).
//
// `probe` runs IN THE PAGE (main world), installed before the page's own scripts (playwright's
// addInitScript, puppeteer's evaluateOnNewDocument). It only observes: it changes no node,
// attribute or value of the app. It must be self-contained (it is sent as source text).

export function probe() {
  if (window.__relaisAppsProbe) return;

  // Relais's hosts in the page's DOM; what they show is in their shadow roots (open in the
  // inspect build the tests use).
  const RELAIS = 'relais-overlay, relais-layer';

  const isRelais = (n) => n?.nodeType === 1 && n.matches(RELAIS);
  const sibling = (el, dir) => {
    let n = el[dir];
    while (n && isRelais(n)) n = n[dir];
    return n;
  };

  /**
   * The element an overlay translates, found from where the DOM contract puts it: after the
   * element, or after the box it belongs to (a hint inside a label: after the label and its
   * overlay; a placeholder: after the field's .fr-input-wrap; a framework field's label and
   * messages: after the field's box), before a hard paragraph. Overlays after one element
   * follow each other: the anchor is the first element before them that is not Relais's.
   */
  function anchorOf(el, kind) {
    if (kind === 'hard') return sibling(el, 'nextElementSibling');
    const prev = sibling(el, 'previousElementSibling');
    if (!prev) return null;
    if (kind === 'hint' && prev.tagName === 'LABEL') return prev.querySelector('.fr-hint-text') ?? prev;
    if (kind === 'placeholder' && prev.matches('.fr-input-wrap')) return prev.querySelector('[placeholder]') ?? prev;
    return prev;
  }

  /**
   * THE one place that knows where Relais's overlays are: `relais-overlay` hosts in the page's
   * DOM (no attribute), each with a shadow root whose top element `.relais-overlay` carries
   * data-relais-kind / data-relais-for. The roots are closed in the shipped build: the probe
   * works on the inspect build only (open roots, same DOM otherwise).
   * CAPTCHA panels are left out: they belong to a widget, not to a text block.
   */
  function findOverlays() {
    return Array.from(document.querySelectorAll('relais-overlay'))
      .map((el) => ({ el, box: el.shadowRoot?.querySelector('.relais-overlay') ?? null }))
      .filter(({ el, box }) => box && box.dataset.relaisKind !== 'captcha' && !el.parentElement?.closest(RELAIS))
      // The root's top element names the overlay's block and the French text it was made from.
      .map(({ el, box }) => ({ el, box, kind: box.dataset.relaisKind, block: box.dataset.relaisFor, source: box.dataset.relaisSource, anchor: anchorOf(el, box.dataset.relaisKind) }));
  }
  const boxOf = (el) => el.shadowRoot?.querySelector('.relais-overlay') ?? null;

  /**
   * Does the element an overlay is anchored to still say what the overlay translates (the
   * source text its root content names)? The block is the anchor or an element inside it (a
   * framework's field box holds its label and messages): its own text, or the attribute or
   * chosen option the reading rules take, must be the source, word for word.
   */
  function says(anchor, kind, source) {
    if (!anchor || source === undefined) return true;
    const norm = (t) => (t ?? '').replace(/\s+/g, ' ').trim();
    const els = [anchor, ...anchor.querySelectorAll('*')].filter((e) => !e.closest(RELAIS));
    return els.some((e) => {
      if (kind === 'option' && e.tagName === 'SELECT') return Array.from(e.selectedOptions, (o) => norm(o.text)).join('\n') === source;
      if (norm(e.getAttribute('aria-label')) === source || norm(e.getAttribute('placeholder')) === source) return true;
      if (e.tagName === 'INPUT' && /^(submit|button|reset)$/.test(e.type) && norm(e.value) === source) return true;
      // Its text, less what is read apart (hints, fields, buttons), or its whole text.
      return ownText(e, '.fr-hint-text, .help-block, .form-text, mat-hint, input, select, textarea, button') === source || norm(e.textContent) === source
        || norm(e.textContent).includes(source) && e.children.length > 0 && !e.querySelector('p, div, li, label');
    });
  }

  function ownText(el, exclude) {
    const skip = [exclude, RELAIS, 'script, style, template'].filter(Boolean).join(', ');
    let out = '';
    const walk = (n) => {
      for (const c of n.childNodes) {
        if (c.nodeType === 3) out += c.nodeValue;
        else if (c.nodeType === 1 && !c.matches(skip)) walk(c);
      }
    };
    walk(el);
    return out.replace(/\s+/g, ' ').trim();
  }

  // The element each overlay was anchored to when it appeared: an overlay that later sits after
  // another element was left behind (orphaned), even if that element is alive.
  const seen = new WeakMap(); // overlay element -> { anchor }
  function note() {
    for (const o of findOverlays()) if (!seen.has(o.el)) seen.set(o.el, { anchor: o.anchor });
  }
  new MutationObserver((records) => {
    if (records.some((r) => Array.from(r.addedNodes).some((n) => n.nodeName === 'RELAIS-OVERLAY'))) note();
  }).observe(document, { childList: true, subtree: true });

  // ---- fields as a person sees them ----------------------------------------------------------

  const FIELD = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]):not([type="image"]), select, textarea, [role="checkbox"], [role="radio"], [role="switch"], [role="combobox"]';
  const ROLE = '[role="checkbox"], [role="radio"], [role="switch"], [role="combobox"]';
  // Framework label and hint elements that are not <label>: Quasar's field label and messages,
  // Quasar's checkbox/radio/toggle label, Bootstrap's hint classes.
  const FRAMEWORK_LABEL = '.q-field__label, .q-checkbox__label, .q-radio__label, .q-toggle__label';
  const HINT = '.fr-hint-text, .q-field__messages, .help-block, .form-text';

  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const byIds = (ids) => (ids ?? '').split(/\s+/).map((id) => id && document.getElementById(id)).filter(Boolean);
  const text = (els, exclude = HINT) => [...new Set(els.map((e) => ownText(e, [exclude, 'input, select, textarea'].filter(Boolean).join(', '))).filter(Boolean))].join(' | ');

  function fields() {
    return Array.from(document.querySelectorAll(FIELD)).filter((f) => {
      if (f.closest(RELAIS) || !visible(f)) return false;
      // A native input inside a role="checkbox" (Quasar's) is the same field once.
      const role = f.closest(ROLE);
      return !role || role === f;
    });
  }

  function describe(f) {
    const group = f.closest('.q-field, .q-checkbox, .q-radio, .q-toggle') ?? f;
    const own = (sel) => Array.from(group.querySelectorAll(sel)).concat(group.matches(sel) ? [group] : []);
    const labelled = byIds(f.getAttribute('aria-labelledby'));
    const labels = [...labelled, ...(f.labels ?? []), ...own(FRAMEWORK_LABEL)];
    const shown = labelled.length ? labelled : own(FRAMEWORK_LABEL).length ? own(FRAMEWORK_LABEL) : [...(f.labels ?? [])];
    const labelText = text(shown) || (f.getAttribute('aria-label') ?? '').trim();
    const formGroup = f.closest('.form-group');
    const hints = [
      ...byIds(f.getAttribute('aria-describedby')),
      ...labels.flatMap((l) => Array.from(l.querySelectorAll('.fr-hint-text'))),
      ...own('.q-field__messages'),
      ...(formGroup ? Array.from(formGroup.querySelectorAll('.help-block, .form-text')) : []),
    ].filter((h) => visible(h) && h.textContent.trim());
    const overlays = findOverlays();
    const over = (els, kinds) => overlays.some((o) => kinds.includes(o.kind) && o.anchor && els.some((e) => o.anchor === e || o.anchor.contains(e)));
    // Quasar wraps the whole field in its <label>: the overlay after that label is the field's.
    const labelEls = [...labels, ...(group.tagName === 'LABEL' ? [group] : [])];
    return {
      field: f.id || f.getAttribute('name') || f.tagName.toLowerCase(),
      label: labelText,
      hint: text(hints, ''),
      labelOverlaid: Boolean(labelText) && over(labelEls, ['label', 'legend']),
      // A description that is an error message is overlaid as an error.
      hintOverlaid: hints.length > 0 && over([...hints, ...hints.map((h) => h.closest('label')).filter(Boolean)], ['hint', 'error', 'alert']),
    };
  }

  // ---- overlays that went wrong -----------------------------------------------------------------

  function problems() {
    note();
    const overlays = findOverlays();
    const orphaned = [];
    const stale = [];
    const placed = [];
    for (const o of overlays) {
      const at = seen.get(o.el);
      const gone = !o.anchor || !o.anchor.isConnected || (at && at.anchor !== o.anchor);
      if (gone) orphaned.push(`${o.kind} (block ${o.block}): ${o.box.textContent.trim().slice(0, 280)}`);
      else placed.push(o);
      if (!gone && !says(o.anchor, o.kind, o.source)) stale.push(`${o.kind} (block ${o.block}): "${o.source}" → <${o.anchor.tagName.toLowerCase()}> "${ownText(o.anchor, '').slice(0, 80)}"`);
    }
    // Two overlays for one block (orphans aside): the same block id twice, or the same kind and
    // source text twice after one element.
    const duplicated = new Set();
    const blocks = new Set();
    const textsAt = new Map(); // anchor -> kind|source seen after it
    for (const o of placed) {
      if (o.block && blocks.has(o.block)) duplicated.add(o.el);
      blocks.add(o.block);
      const texts = textsAt.get(o.anchor) ?? new Set();
      const key = `${o.kind}|${o.source}`;
      if (texts.has(key)) duplicated.add(o.el);
      textsAt.set(o.anchor, texts.add(key));
    }
    const describeOverlay = (el) => `${boxOf(el)?.dataset.relaisKind} (block ${boxOf(el)?.dataset.relaisFor ?? 'not named: no data-relais-for'}) after <${el.previousElementSibling?.tagName.toLowerCase()} ${el.previousElementSibling?.id ?? ''}>: ${boxOf(el)?.textContent.trim().slice(0, 40)}`;
    return { overlays: overlays.length, duplicated: [...duplicated].map(describeOverlay), orphaned, stale };
  }

  /** Resolves once the document has not changed (nodes, text) for `quiet` ms, or after `max` ms. */
  function settled(quiet = 400, max = 6000) {
    return new Promise((resolve) => {
      const start = performance.now();
      let timer;
      const done = () => { obs.disconnect(); clearTimeout(cap); resolve(performance.now() - start); };
      const obs = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, quiet); });
      const cap = setTimeout(done, max);
      obs.observe(document, { childList: true, subtree: true, characterData: true });
      timer = setTimeout(done, quiet);
    });
  }

  window.__relaisAppsProbe = {
    settled,
    figures: () => ({ fields: fields().map(describe), ...problems(), relais: document.documentElement.getAttribute('data-relais') }),
  };
}
