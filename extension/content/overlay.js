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

  function hostFor(block, result, concepts) {
    const ids = conceptIds(result, concepts);
    if (!ids.length) return null;
    const kind = block.kind === 'error' ? 'error' : block.kind;
    const host = make(R.HOST_TAG, {
      'data-relais-kind': kind,
      'data-relais-concept': ids.join(' '),
      'data-relais-for': block.id,
      lang: R.settings.lang,
      dir: R.settings.dir,
      translate: 'no',
    });
    // Mediator mode: French and the person's language side by side, for two people reading.
    host.append(termList(ids, concepts, Boolean(R.settings.mediator)));
    block.views = ids.map((c) => concepts[c]); // what "read this field aloud" says (mediator bar)
    const langs = new Set(ids.map((c) => concepts[c].lang));
    const lang = langs.size === 1 ? [...langs][0] : R.settings.lang;
    host.append(R.speech.readAloudButton(
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
        const labelHost = R.reading.blockOf(label)?.host;
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

  /** Renders one `scan.blocks` reply for its batch; returns how many blocks the batch had. */
  function render(reply, batch) {
    for (const result of reply.results) {
      const block = R.reading.byId.get(result.id);
      if (!block || !block.el.isConnected) continue;
      if (result.failure) R.evidence.recordFailure(block, result.failure);
      block.host?.remove();
      if (block.kind === 'text') {
        block.host = result.readability?.hard ? hardHost(block, result, reply.concepts) : null;
        if (block.host) block.el.before(block.host);
        continue;
      }
      block.host = hostFor(block, result, reply.concepts);
      if (block.host) place(block, block.host);
    }
    R.mediatorBar.placeRing();
    return batch.length;
  }

  R.overlay = { render };
})();
