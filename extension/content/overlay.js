// Rendering the core's answers beside the French. Each block gets one host element (`relais-overlay`,
// no attribute) after it, whose closed shadow root holds what the person reads: the block's full
// translation when the core has one (marked when nobody reviewed it, or when it is the portal's
// own), else its concepts as key words, labelled as such (never dressed as a translation); a "?"
// for each concept opens its explanation (a popover in the same root) with the official source
// and the date it was checked. A mark before hard paragraphs. Text only, never HTML; never between
// a field and its own label. Part of the content scripts' namespace (see reading.js).
(() => {
  'use strict';
  const R = globalThis.__relais;
  if (!R || R.overlay) return; // injected twice: the first copy stays

  const { make, send, t, warn } = R;
  const RTL = new Set(['ar', 'prs', 'ps']);
  const dirOf = (lang) => (RTL.has(lang) ? 'rtl' : 'ltr');

  /** One translated fragment: a concept's label in the person's language. */
  function fragment(conceptId, view) {
    return make('span', {
      class: 'relais-term',
      'data-relais-concept': conceptId,
      'data-relais-reviewed': String(view.reviewed),
      lang: view.lang,
      dir: view.dir,
    }, view.label);
  }

  /** The "?" button as made for every concept, without what names its concept (`explainButton`). */
  function explainProto() {
    const { lang, dir } = R.settings;
    return make('button', {
      type: 'button',
      class: 'relais-explain-button',
      'aria-expanded': 'false',
      lang,
      dir,
    }, '?');
  }

  /** The "?" of a concept: opens its explanation. `b`: a copy of `explainProto` to use. */
  function explainButton(conceptId, view, b = R.copy(`explain ${R.settings.lang} ${R.settings.dir}`, explainProto)) {
    b.setAttribute('data-relais-concept', conceptId);
    b.setAttribute('aria-label', `${t('overlay-explain')}: ${view.label}`);
    b.addEventListener('click', (ev) => {
      ev.preventDefault();
      ev.stopPropagation();
      togglePopover(b, conceptId, view);
    });
    return b;
  }

  // ---- the "?" popover ----------------------------------------------------------------------

  /** A language's tag for Intl (Dari's is fa-AF), from the settings' voice tag for the person's. */
  function intlTag(lang) {
    if (lang === R.settings.lang && R.settings.speech) return R.settings.speech;
    return lang;
  }

  /** `YYYY-MM-DD` as a date of `lang` ("7 décembre 2026"); the ISO date when the browser lacks that language. */
  function formatDate(iso, lang) {
    const date = new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) return iso;
    const tag = intlTag(lang);
    if (!Intl.DateTimeFormat.supportedLocalesOf([tag]).length) return iso;
    return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }

  const MARK = '\uE000'; // stands for the source's name in the formatted sentence

  /** The source (the first: the one the explanation rests on) as a link, opened in a new tab only when clicked. */
  function sourceLink(source) {
    const safe = /^https?:\/\//i.test(source.url);
    return safe
      ? make('a', { class: 'relais-source-link', href: source.url, target: '_blank', rel: 'noopener noreferrer', lang: 'fr', dir: 'ltr' }, source.name)
      : make('span', { lang: 'fr', dir: 'ltr' }, source.name);
  }

  /**
   * "Source : service-public.fr, vérifié le 7 décembre 2026", in the person's language and in
   * French: the sentence is the core's (`overlay-source`), the date the browser's Intl.
   */
  function sourceFooter(view) {
    if (!view.sources?.length || !view.checked) return null;
    const langs = R.settings.lang === 'fr' ? ['fr'] : [R.settings.lang, 'fr'];
    const footer = make('div', { class: 'relais-sources' });
    for (const lang of langs) {
      const line = make('p', { class: `relais-source${lang === 'fr' && langs.length > 1 ? ' relais-pop-fr' : ''}`, lang, dir: dirOf(lang) });
      footer.append(line);
      send({ type: 'ui.format', lang, messages: [{ id: 'overlay-source', args: { name: MARK, date: formatDate(view.checked, lang) } }] })
        .then(([text]) => {
          const [before, ...after] = text.split(MARK);
          line.replaceChildren(before, sourceLink(view.sources[0]), after.join(''));
        })
        .catch(warn);
    }
    return footer;
  }

  function togglePopover(button, conceptId, view) {
    const next = button.nextElementSibling;
    if (next?.classList.contains('relais-popover')) {
      next.remove();
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    const pop = make('div', {
      class: 'relais-popover',
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
    const footer = sourceFooter(view);
    if (footer) pop.append(footer);
    button.after(pop);
    button.setAttribute('aria-expanded', 'true');
  }

  // ---- what a block shows -------------------------------------------------------------------

  /** The concepts of a block that the reply explains, each once, in reading order. */
  function conceptIds(result, concepts) {
    return [...new Set(result.terms.map((term) => term.concept))].filter((c) => concepts[c]);
  }

  /**
   * The translated fragments of some concepts: each with its fallback marker and its "?", the
   * French term beside it when `french` (mediator mode; hard-paragraph marks).
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

  /** Key words, labelled as such: what a block without a full translation shows. */
  function keyWords(ids, concepts, french) {
    const row = make('span', { class: 'relais-key-words' });
    row.append(make('span', { class: 'relais-key-words-label' }, t('overlay-key-words')), ' ', termList(ids, concepts, french));
    return row;
  }

  /**
   * A full translation, as the translation: its language, a mark when nobody reviewed it, "by the
   * portal" when it is the portal's own; the French beside it in mediator mode; then a "?" for
   * each concept it conveys (named when there are several).
   *
   * What does not change from block to block (the elements and their attributes: all but the
   * texts, the block's attributes and the listeners) is built once per shape (`shape`, `rowProto`)
   * and cloned, then filled in (`fillRow`): a 2,000-field form has 2,000 of them, and building
   * each element by hand cost twice as much.
   */
  function shape(tr, ids, concepts) {
    const said = tr.reviewed ? '' : t('overlay-translation-unreviewed');
    const explained = ids.filter((c) => concepts[c].explain || concepts[c].explainFr);
    return { said, explained, one: explained.length === 1 };
  }

  function rowProto(tr, { said, one }, french) {
    const row = make('span', { class: 'relais-translation-row' });
    const pair = make('span', { class: 'relais-item' });
    if (french) pair.append(make('span', { class: 'relais-text-fr', lang: 'fr', dir: 'ltr' }), ' ');
    pair.append(make('span', {
      class: 'relais-translation',
      lang: tr.lang,
      dir: tr.dir,
      'data-relais-reviewed': String(tr.reviewed),
      'data-relais-origin': tr.source,
    }));
    if (tr.lang !== R.settings.lang) pair.append(make('span', { class: 'relais-fallback' }, ` (${tr.lang})`));
    row.append(pair);
    if (said) row.append(' ', make('span', { class: 'relais-mark', 'data-relais-mark': 'unreviewed' }, said));
    // One concept: its "?" after the translation (the concept's name is in the button's name).
    if (one) row.append(' ', explainProto());
    return row;
  }

  /** What a shape's key names: all that its prototype depends on. */
  const shapeKey = (tr, { said, one }, french) => `${french} ${tr.lang} ${tr.dir} ${tr.reviewed} ${tr.source} ${one} ${R.settings.lang} ${R.settings.dir} ${said}`;

  function fillRow(row, block, tr, concepts, french, { said, explained, one }) {
    const pair = row.firstChild;
    if (french) pair.firstChild.textContent = block.text;
    (french ? pair.children[1] : pair.firstChild).textContent = tr.text;
    if (tr.by) {
      const mark = make('span', { class: 'relais-mark', 'data-relais-mark': 'portal', title: tr.by }, t('overlay-translation-by-portal'));
      if (said) row.children[1].after(mark);
      else pair.after(' ', mark);
    }
    if (one) {
      explainButton(explained[0], concepts[explained[0]], row.lastChild);
    } else if (explained.length > 1) {
      // Several: a line of their own, "Explain: name ? name ?", smaller than the translation.
      const refs = make('span', { class: 'relais-explains relais-explains-list' });
      refs.append(make('span', { class: 'relais-explains-label' }, `${t('overlay-explain')}:`));
      for (const c of explained) {
        const ref = make('span', { class: 'relais-ref' });
        ref.append(fragment(c, concepts[c]), explainButton(c, concepts[c]));
        refs.append(' ', ref);
      }
      row.append(refs);
    }
    return row;
  }

  /** A translation's row (a paragraph's overlay: after its mark when the French is hard). */
  function translationView(block, tr, ids, concepts, french) {
    const sh = shape(tr, ids, concepts);
    const row = R.copy(`row ${shapeKey(tr, sh, french)}`, () => rowProto(tr, sh, french));
    return fillRow(row, block, tr, concepts, french, sh);
  }

  /**
   * A block's overlay box with its full translation and its read-aloud button, from one clone:
   * the box, the row and the button of a shape are one prototype.
   */
  function translationBox(block, tr, ids, concepts, french, kind) {
    const sh = shape(tr, ids, concepts);
    const box = R.copy(`box ${kind} ${R.settings.mediator?.scale} ${shapeKey(tr, sh, french)}`, () => {
      const shared = { lang: R.settings.lang, dir: R.settings.dir, translate: 'no' }; // as overlayAttrs
      const b = R.overlayBox(shared, { 'data-relais-kind': kind, 'data-relais-shows': 'translation' });
      b.append(rowProto(tr, sh, french), R.speech.readAloudProto());
      return b;
    });
    fillRow(box.firstChild, block, tr, concepts, french, sh);
    R.speech.arm(box.lastChild, () => tr.text, tr.lang, () => block.text);
    return box;
  }

  function overlayAttrs(block, kind, ids, shows) {
    return {
      'data-relais-kind': kind,
      'data-relais-concept': ids.join(' '),
      'data-relais-for': block.id,
      'data-relais-source': block.text,
      'data-relais-shows': shows,
      lang: R.settings.lang,
      dir: R.settings.dir,
      translate: 'no',
    };
  }

  function hostFor(block, result, concepts) {
    const ids = conceptIds(result, concepts);
    const tr = result.translation;
    if (!ids.length && !tr) return null;
    // Mediator mode: French and the person's language side by side, for two people reading.
    const french = Boolean(R.settings.mediator);
    // A page-level alert looks like any error message to the person.
    const kind = block.kind === 'alert' ? 'error' : block.kind;
    const attrs = overlayAttrs(block, kind, ids, tr ? 'translation' : 'key-words');
    block.views = ids.map((c) => concepts[c]); // what "read this field aloud" says (mediator bar)
    block.translation = tr ?? null;
    if (tr) return R.overlayHost(attrs, translationBox(block, tr, ids, concepts, french, kind)).host;
    const { host, box } = R.overlayHost(attrs);
    box.append(keyWords(ids, concepts, french));
    const langs = new Set(ids.map((c) => concepts[c].lang));
    const lang = langs.size === 1 ? [...langs][0] : R.settings.lang;
    box.append(R.speech.readAloudButton(
      () => ids.map((c) => concepts[c].label).join(', '),
      lang,
      () => ids.map((c) => concepts[c].labelFr).join(', '),
    ));
    return host;
  }

  /**
   * A paragraph's overlay: its full translation, and, when its French is hard, a warning for the
   * mediator (with the key concepts, the French term beside each, when there is no translation).
   */
  function paragraphHost(block, result, concepts) {
    const hard = Boolean(result.readability?.hard);
    const tr = result.translation;
    if (!hard && !tr) return null;
    const ids = conceptIds(result, concepts);
    const attrs = overlayAttrs(block, hard ? 'hard' : 'text', ids, tr ? 'translation' : 'key-words');
    if (hard) attrs['data-relais-ease'] = String(result.readability.ease);
    const { host, box } = R.overlayHost(attrs);
    if (hard) box.append(make('span', { class: 'relais-hard-title' }, t('overlay-hard')));
    if (tr) box.append(hard ? ' ' : '', translationView(block, tr, ids, concepts, Boolean(R.settings.mediator)));
    else if (ids.length) box.append(' ', keyWords(ids, concepts, true));
    return host;
  }

  const ours = (n) => R.isOwn(n);
  const blank = (n) => n?.nodeType === Node.TEXT_NODE && !n.nodeValue.trim();

  /**
   * The element the overlay goes after (or, for a hard-paragraph mark, before): the element
   * itself, or the box its source names (`anchor`: a framework's field box), or, for a hint
   * inside a label, the label; for a placeholder, its .fr-input-wrap. Never between a field and
   * its own label.
   */
  function anchorOf(block) {
    const el = block.el;
    if (block.before) return { node: el, before: true };
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
      // A paragraph (12 words or more: the core scored it): a hard one's mark goes before it (a
      // warning, with the translation if there is one), a plain one's translation after it. A
      // shorter text (a notice) and a failure message are shown as any other block.
      if (block.kind === 'text' && result.readability && !result.failure) {
        block.before = Boolean(result.readability.hard);
        block.host = paragraphHost(block, result, reply.concepts);
        if (block.host) place(block, block.host);
        continue;
      }
      block.before = false;
      block.host = hostFor(block, result, reply.concepts);
      if (block.host) place(block, block.host);
    }
    R.mediatorBar.placeRing();
    return batch.length;
  }

  R.overlay = { render, follow };
})();
