// Rendering the core's answers beside the French: a `relais-overlay` after each block with the
// concepts in the person's language, a "?" that opens the concept's explanation
// (`relais-popover`), a mark before hard paragraphs. Text only, never HTML; never between a
// field and its own label. Part of the content scripts' namespace (see reading.js).
(() => {
  'use strict';
  const R = globalThis.__relais;
  if (!R || R.overlay) return; // injected twice: the first copy stays

  const { make, t } = R;

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
      lang: R.settings.lang,
      dir: R.settings.dir,
      'aria-label': `${t('overlay-explain')}: ${view.label}`,
    }, '?');
    b.addEventListener('click', (ev) => {
      ev.preventDefault();
      ev.stopPropagation();
      togglePopover(b, conceptId, view);
    });
    return b;
  }

  function togglePopover(button, conceptId, view) {
    const open = button.nextElementSibling?.tagName === R.POPOVER_TAG.toUpperCase() ? button.nextElementSibling : null;
    if (open) {
      open.remove();
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    const pop = make(R.POPOVER_TAG, {
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
    speakRow.append(R.speech.readAloudButton(() => said, view.lang, () => saidFr));
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
      if (view.fallback) item.append(make('span', { class: 'relais-fallback', lang: R.settings.lang, dir: R.settings.dir }, ` (${view.lang})`));
      if (view.explain || view.explainFr) item.append(explainButton(c, view));
      list.append(item);
      if (i < ids.length - 1) list.append(make('span', { class: 'relais-sep', 'aria-hidden': 'true' }, ' · '));
    });
    return list;
  }

  /**
   * The overlay's root content: what it shows, with the block it belongs to and the French text
   * it was made from (DOM contract: tests read them here, where they stay wherever the host puts
   * its content).
   */
  function body(block, kind) {
    return make('span', { class: 'relais-body', 'data-relais-for': block.id, 'data-relais-kind': kind, 'data-relais-source': block.text });
  }

  function hostFor(block, result, concepts) {
    const ids = conceptIds(result, concepts);
    if (!ids.length) return null;
    // A page-level alert looks like any error message to the person.
    const kind = block.kind === 'alert' ? 'error' : block.kind;
    const host = make(R.HOST_TAG, {
      'data-relais-kind': kind,
      'data-relais-concept': ids.join(' '),
      'data-relais-for': block.id,
      lang: R.settings.lang,
      dir: R.settings.dir,
      translate: 'no',
    });
    const root = body(block, kind);
    host.append(root);
    // Mediator mode: French and the person's language side by side, for two people reading.
    root.append(termList(ids, concepts, Boolean(R.settings.mediator)));
    block.views = ids.map((c) => concepts[c]); // what "read this field aloud" says (mediator bar)
    const langs = new Set(ids.map((c) => concepts[c].lang));
    const lang = langs.size === 1 ? [...langs][0] : R.settings.lang;
    root.append(R.speech.readAloudButton(
      () => ids.map((c) => concepts[c].label).join(', '),
      lang,
      () => ids.map((c) => concepts[c].labelFr).join(', '),
    ));
    return host;
  }

  /** Before a hard paragraph: a warning for the mediator, with the key concepts it contains. */
  function hardHost(block, result, concepts) {
    const ids = conceptIds(result, concepts);
    const host = make(R.HOST_TAG, {
      'data-relais-kind': 'hard',
      'data-relais-concept': ids.join(' '),
      'data-relais-for': block.id,
      'data-relais-ease': String(result.readability.ease),
      lang: R.settings.lang,
      dir: R.settings.dir,
      translate: 'no',
    });
    const root = body(block, 'hard');
    host.append(root);
    root.append(make('span', { class: 'relais-hard-title' }, t('overlay-hard')));
    if (ids.length) root.append(' ', termList(ids, concepts, true));
    return host;
  }

  const ours = (n) => n?.nodeType === Node.ELEMENT_NODE && n.tagName.startsWith('RELAIS-');
  const blank = (n) => n?.nodeType === Node.TEXT_NODE && !n.nodeValue.trim();

  /**
   * The element the overlay goes after (or, for a hard-paragraph mark, before): the element
   * itself, or the box its source names (`anchor`: a framework's field box), or, for a hint
   * inside a label, the label; for a placeholder, its .fr-input-wrap. Never between a field and
   * its own label.
   */
  function anchorOf(block) {
    const el = block.el;
    if (block.host?.dataset.relaisKind === 'hard') return { node: el, before: true };
    const box = block.anchor ? el.closest(block.anchor) : null;
    if (box) return { node: box };
    if (block.kind === 'hint') {
      const label = el.closest('label');
      if (label) return { node: label };
    }
    if (block.kind === 'placeholder') return { node: el.closest('.fr-input-wrap') ?? el };
    return { node: el };
  }

  /** Inserts the overlay at its place: after its anchor and the overlays already there. */
  function place(block, host) {
    const { node, before } = anchorOf(block);
    if (before) {
      node.before(host);
      return;
    }
    let at = node;
    while (ours(at.nextSibling) && at.nextSibling !== host) at = at.nextSibling;
    at.after(host);
  }

  /** Is the overlay where `place` put it (other overlays and blank text between aside)? */
  function inPlace(block) {
    const host = block.host;
    if (!host.isConnected) return false;
    const { node, before } = anchorOf(block);
    const step = before ? 'nextSibling' : 'previousSibling';
    let n = host[step];
    while (ours(n) || blank(n)) n = n[step];
    return n === node;
  }

  /**
   * Overlays the page moved away from their element (a framework that patched a parent in
   * place inserts its new nodes before ours) or removed (it replaced the parent's children)
   * go back to their element. Returns how many moved.
   */
  function follow() {
    let moved = 0;
    for (const block of R.reading.byId.values()) {
      if (!block.host || !block.el.isConnected || inPlace(block)) continue;
      place(block, block.host);
      moved++;
    }
    return moved;
  }

  /** Renders one `scan.blocks` reply for its batch; returns how many blocks the batch had. */
  function render(reply, batch) {
    const sent = new Map(batch.map((b) => [b.id, b.text]));
    for (const result of reply.results) {
      const block = R.reading.byId.get(result.id);
      // Gone, or read again since with another text (that reply is on its way).
      if (!block || !block.el.isConnected || block.text !== sent.get(result.id)) continue;
      if (result.failure) R.evidence.recordFailure(block, result.failure);
      block.host?.remove();
      block.host = null;
      // The catch-all sources: every other text of the page, shown only when it is a failure.
      if (block.show === 'failure' && !result.failure) continue;
      // A paragraph (12 words or more: the core scored it) is marked when it is hard; a shorter
      // text (a notice) and a failure message are shown as any other block.
      if (block.kind === 'text' && result.readability && !result.failure) {
        if (result.readability.hard) {
          block.host = hardHost(block, result, reply.concepts);
          place(block, block.host);
        }
        continue;
      }
      block.host = hostFor(block, result, reply.concepts);
      if (block.host) place(block, block.host);
    }
    R.mediatorBar.placeRing();
    return batch.length;
  }

  R.overlay = { render, follow };
})();
