// Starting the overlay, last of the content scripts (see reading.js for the order): the settings
// are asked for at document_start; the page is read and sent to the core in batches as soon as
// its DOM is complete (DOMContentLoaded), and the answers are rendered once it has started
// (below, `started`); a MutationObserver then rescans only what changed; overlays follow their
// element (gone with it, moved back after it when the page moved things around).
// `settings.changed` from the background removes everything Relais added and starts again.
(() => {
  'use strict';
  const R = globalThis.__relais;
  if (!R || R.started) return; // injected twice: the first copy stays
  R.started = true;

  const { api, send, report, warn } = R;
  const BATCH = 200;
  const SLOW_REST = 100; // ms: how long the first batch's answer waits for the others'
  const EARLY_READS = 3; // reads of a page while it is parsed, at most
  let observer = null;
  let generation = 0; // bumps on every reset: late answers of an older generation are dropped
  const pending = new Set(); // elements (roots) to scan
  let flushTimer = null;
  let work = 0; // ms of Relais's own main-thread work (reading the page, rendering), for the benchmark
  // Resolved once the page has started (`started` below): nothing of Relais is inserted before.
  // Reading and asking the core do not wait for it; rendering does. `begun`: it has.
  let beginning = null;
  let begun = false;

  // The core's answers to what was read while the page was being parsed (`readWhileParsing`),
  // by kind and text: promises of { result, concepts }. The first pass takes them instead of
  // asking again; later passes ask.
  let early = null;
  const keyOf = (b) => `${b.kind}\n${b.text}`;

  /** Sends blocks to the core: one `scan.blocks` message (at most BATCH blocks). */
  const request = (blocks) => send({
    type: 'scan.blocks',
    lang: R.settings.lang,
    url: location.href,
    blocks: blocks.map(({ id, kind, text }) => ({ id, kind, text })),
  });

  /**
   * The core's reply for a batch: what was answered early (same kind and text: the core's
   * answer for a block depends on nothing else of the page), the rest asked now.
   */
  async function ask(batch) {
    const table = early;
    const cached = table ? batch.filter((b) => table.has(keyOf(b))) : [];
    if (!cached.length) return request(batch);
    const missing = batch.filter((b) => !table.has(keyOf(b)));
    const asked = missing.length ? request(missing) : null;
    const answers = await Promise.all(cached.map((b) => table.get(keyOf(b))));
    // An early question that failed or went unanswered is asked again now.
    const lost = cached.filter((_, i) => !answers[i]);
    const replies = (await Promise.all([asked, lost.length ? request(lost) : null])).filter(Boolean);
    const dictionaries = new Set(replies.map((r) => r.concepts));
    const results = replies.flatMap((r) => r.results);
    answers.forEach((a, i) => {
      if (!a) return;
      dictionaries.add(a.concepts);
      results.push({ ...a.result, id: cached[i].id });
    });
    return { lang: R.settings.lang, results, concepts: Object.assign({}, ...dictionaries) };
  }

  /**
   * While the page is being parsed, what has been parsed is read (`peek`: nothing recorded,
   * nothing touched) and sent to the core, so that its answers are there when the DOM is
   * complete. Portals parse their forms long before DOMContentLoaded (a DSFR page has its
   * labels 300 ms before: its scripts and styles load meanwhile). Once the parser has paused
   * (no node for 20 ms), one read of what was parsed since the last (`peek` with the elements
   * read before); what was asked is not asked again. At most EARLY_READS reads: a page streamed
   * slowly, pausing often, is not queried again and again (each read still queries the whole
   * body so far); the first pass reads what they did not.
   */
  function readWhileParsing(settings, gen) {
    if (!settings.enabled || document.readyState !== 'loading') return;
    early = new Map();
    const taken = new Set(); // what the peeks read: each reads what was parsed since
    let timer = null;
    let reads = 0;
    const run = () => {
      timer = null;
      if (gen !== generation || document.readyState !== 'loading' || !document.body) return;
      if (++reads >= EARLY_READS) watch.disconnect();
      let open = document.documentElement;
      while (open.lastChild) open = open.lastChild; // the parser is there: what holds it may not be complete
      const t = performance.now();
      const fresh = [];
      for (const b of R.reading.peek(document.body, open, taken)) {
        const k = keyOf(b);
        if (!early.has(k)) {
          early.set(k, null);
          fresh.push(b);
        }
      }
      work += performance.now() - t;
      for (let i = 0; i < fresh.length; i += BATCH) {
        const batch = fresh.slice(i, i + BATCH).map((b, j) => ({ ...b, id: `p${j}` }));
        const reply = request(batch).then((r) => ({ r, ids: new Map(r.results.map((x) => [x.id, x])) }));
        for (const b of batch) {
          // null when not answered: the first pass asks again.
          const answer = reply.then(({ r, ids }) => (ids.has(b.id) ? { result: ids.get(b.id), concepts: r.concepts } : null), () => null);
          early.set(keyOf(b), answer);
        }
      }
    };
    const watch = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(run, 20);
    });
    watch.observe(document.documentElement, { childList: true, subtree: true });
    timer = setTimeout(run, 0); // what was parsed before the settings came
    document.addEventListener('readystatechange', () => {
      watch.disconnect();
      clearTimeout(timer);
    }, { once: true });
  }

  async function scan(roots) {
    const gen = generation;
    // Each batch goes to the core as soon as it is read: the core (another process) translates
    // it while the page's main thread reads the rest. Reading order, which on a form is top to
    // bottom: the first batch is what the person sees first. (Sorting by viewport would read
    // geometry and force a layout of the whole page before its first paint: 100 ms on a
    // 2,000-field form.)
    const batches = [];
    const replies = [];
    const sent = (batch) => {
      batches.push(batch);
      replies.push(ask(batch));
    };
    const t = performance.now();
    for (const r of roots) if (r.isConnected) R.reading.collect(r, sent, BATCH);
    work += performance.now() - t;
    early = null; // the first pass took what was asked early; later passes ask
    if (!batches.length) return 0;
    let done = 0;
    // Rendered together once all are back, so that the browser lays the page out once for them
    // (each insertion before a frame costs a layout of the whole page: 60 ms on a 2,000-field
    // form). Only when the others are slow (the core still at work after the first batch's
    // answer plus SLOW_REST ms) does the first batch (the top of the page) go first.
    const settled = Promise.allSettled(replies);
    const first = await replies[0];
    await beginning;
    const slow = Symbol('slow');
    const ready = replies.length === 1 ? [{ status: 'fulfilled', value: first }]
      : await Promise.race([settled, new Promise((resolve) => { setTimeout(() => resolve(slow), SLOW_REST); })]);
    const show = (outcomes, from) => {
      const t0 = performance.now();
      outcomes.forEach((o, i) => {
        if (o.status === 'fulfilled' && gen === generation) done += R.overlay.render(o.value, batches[from + i]);
      });
      work += performance.now() - t0;
    };
    let outcomes = ready;
    if (ready === slow) {
      show([{ status: 'fulfilled', value: first }], 0);
      outcomes = await settled;
      show(outcomes.slice(1), 1);
    } else {
      show(outcomes, 0);
    }
    // A batch the core could not answer: the others are shown; the error is reported.
    const failed = outcomes.find((o) => o.status === 'rejected');
    if (failed) throw failed.reason;
    return done;
  }

  const ours = (n) => R.isOwn(n);

  /**
   * Something changed at `node`: rescan the nearest element that is read and holds it (its text
   * may have changed, or whether it is read at all: a box that got a paragraph), or else the
   * node's own subtree.
   */
  function schedule(node) {
    const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    if (!el || !el.isConnected || el.closest(R.OWN)) return;
    pending.add(R.reading.owner(el) ?? el);
    if (!flushTimer) flushTimer = setTimeout(flush, 30);
  }

  function flush() {
    // Changes seen before the page has started (a framework hydrating or compiling its
    // templates) are read once it has: sweeping, moving or inserting anything earlier would
    // touch the DOM the framework is taking over.
    if (!begun) {
      const gen = generation;
      beginning.then(() => { if (gen === generation) flush(); });
      return;
    }
    flushTimer = null;
    // Keep only the outermost roots: a subtree is scanned once.
    const all = [...pending].filter((r) => r.isConnected);
    const roots = all.filter((r) => !all.some((o) => o !== r && o.contains(r)));
    pending.clear();
    const t = performance.now();
    R.reading.sweep(); // overlays of elements that left the page go with them
    R.overlay.follow(); // and those the page moved away from their element go back to it
    work += performance.now() - t;
    scan(roots).catch(report);
    R.captcha.detect(roots).catch(warn);
  }

  // Attributes that change what is read or how: names and descriptions by reference, labels,
  // placeholders, a button's value, and whether an area is read at all.
  const ATTRIBUTES = ['aria-label', 'aria-labelledby', 'aria-describedby', 'aria-errormessage', 'placeholder', 'value', 'role', 'hidden', 'translate', 'contenteditable', 'selected'];
  const REFERENCES = new Set(['aria-labelledby', 'aria-describedby', 'aria-errormessage']);

  function observe() {
    observer = new MutationObserver((records) => {
      for (const rec of records) {
        if (rec.type === 'characterData') {
          schedule(rec.target);
        } else if (rec.type === 'attributes') {
          if (ours(rec.target)) continue;
          schedule(rec.target);
          // The elements a field names, before and after: they may become (or stop being) its
          // label, hint or error.
          if (REFERENCES.has(rec.attributeName)) {
            const ids = `${rec.oldValue ?? ''} ${rec.target.getAttribute(rec.attributeName) ?? ''}`.split(/\s+/);
            for (const id of ids) {
              const named = id && document.getElementById(id);
              if (named) schedule(named);
            }
          }
        } else {
          const theirs = [...rec.addedNodes, ...rec.removedNodes].some((n) => !ours(n) && (n.nodeType === Node.ELEMENT_NODE || n.nodeType === Node.TEXT_NODE));
          if (!theirs) continue;
          // The parent: what it holds changed (a box may now be read, or not; a paragraph may
          // now follow a field), and the nodes added.
          schedule(rec.target);
          for (const n of rec.addedNodes) if (!ours(n)) schedule(n);
        }
      }
    });
    observer.observe(document.documentElement, {
      childList: true, subtree: true, characterData: true,
      attributes: true, attributeOldValue: true, attributeFilter: ATTRIBUTES,
    });
  }

  // A select's chosen option is a property, not markup: its change events say it changed
  // (passive listeners, capture phase: the page's own handlers run as before).
  function onChoice(ev) {
    if (ev.target instanceof HTMLSelectElement) schedule(ev.target);
  }

  /**
   * Removes what Relais added; answers still on their way are dropped. The layer stays (emptied
   * of the session's bar and ring): its host is the same before, during and after a session.
   */
  function clear() {
    generation++;
    observer?.disconnect();
    observer = null;
    document.removeEventListener('change', onChoice, true);
    document.removeEventListener('input', onChoice, true);
    R.mediatorBar.unmount();
    for (const n of document.querySelectorAll(R.HOST_TAG)) if (R.isOwn(n)) n.remove();
    R.captcha.clear();
    R.reading.byId.clear();
    pending.clear();
    early = null;
  }

  /**
   * The page's markup is parsed (readyState "interactive"): its deferred and module scripts
   * are about to run, DOMContentLoaded comes after them. Reading the page then only reads it:
   * no node, attribute or value of the page is touched, and what the scripts change next is
   * read again (the observer is on from then). The core translates while they run.
   */
  function parsed() {
    if (document.readyState !== 'loading') return Promise.resolve();
    return new Promise((resolve) => document.addEventListener('readystatechange', () => resolve(), { once: true }));
  }

  /**
   * DOMContentLoaded has fired, and the listeners the page put on the document have returned
   * (AngularJS compiles its templates in one, jQuery runs its ready callbacks in one): ours is
   * on the window, which the event reaches after the document.
   */
  function contentLoaded() {
    // DOMContentLoaded has fired when the navigation timing says so ("interactive" comes first).
    const fired = document.readyState === 'complete'
      || (performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? 0) > 0;
    if (fired) return Promise.resolve(); // started again (settings changed): long since
    return new Promise((resolve) => window.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
  }

  /**
   * The page has started: its DOM is parsed, its deferred and module scripts have run, and the
   * listeners of DOMContentLoaded have returned (`contentLoaded`); on a page that shows signs of
   * server-rendered markup a framework will take over (the reading rules' `hydration`), the
   * main thread has also been idle once since. Relais inserts nothing before that.
   * A framework that hydrates (React's hydrateRoot, Next.js, Nuxt, Angular's hydration) walks
   * the DOM it was sent and expects to find exactly that: an element of ours inserted before
   * would be a mismatch (React throws the markup away and renders again). Its work runs in
   * tasks queued from DOMContentLoaded on (React hydrates in scheduler tasks that yield every
   * few milliseconds); an idle callback runs only once no such task is waiting (bounded by
   * `timeout` on a page that is never idle). Everywhere else, waiting would only delay the
   * overlay (a DSFR page is idle 40 to 170 ms after DOMContentLoaded, with the portal's own
   * scripts): static pages; apps rendered on the client, whose markup appears after (the
   * observer follows it); AngularJS, which compiles its templates in a DOMContentLoaded
   * listener, so before `contentLoaded` resolves; Vue, which hydrates synchronously as its
   * script runs. The page was read and its blocks sent to the core meanwhile.
   */
  function started(settings, timeout = 2000) {
    const waits = settings.enabled && R.reading.hydrating(settings.rules);
    R.state('start', waits ? 'idle' : 'at-once'); // inspect build only (DOM contract)
    if (!waits) return Promise.resolve(settings);
    return new Promise((resolve) => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(settings), { timeout });
      else setTimeout(() => resolve(settings), 50);
    });
  }

  /**
   * Runs at document_start: the settings (with the interface strings of the person's language
   * and the reading rules) are asked for while the portal's HTML is still being parsed, so the
   * round trip to the background is hidden behind parsing; the page is read once the DOM is
   * complete, and what the core answers is rendered once the page has started.
   */
  async function start() {
    const gen = generation;
    begun = false;
    const asked = send({ type: 'settings.get', host: location.hostname });
    asked.then((settings) => {
      if (gen !== generation) return;
      R.settings = settings;
      readWhileParsing(settings, gen);
    }).catch(() => {});
    const read = parsed();
    const ready = Promise.all([contentLoaded(), asked]).then(([, settings]) => started(settings));
    const b = ready.then((settings) => {
      if (gen !== generation || !settings.enabled) return;
      R.settings = settings;
      R.strings = settings.strings;
      R.layer(); // always there while Relais is on, session or not
      if (settings.mediator) R.mediatorBar.mount();
    });
    b.then(() => { if (gen === generation) begun = true; }, () => {});
    beginning = b;
    await read;
    R.settings = await asked;
    if (gen !== generation) return;
    if (!R.settings.enabled) {
      await ready;
      R.dropLayer();
      R.state('', 'off');
      return;
    }
    R.strings = R.settings.strings;
    // Ask for the voice list now: speech engines load it asynchronously, sometimes in seconds.
    globalThis.speechSynthesis?.getVoices();
    // Follow the page from before the first pass: what changes while it is read is read again.
    observe();
    document.addEventListener('change', onChoice, { capture: true, passive: true });
    document.addEventListener('input', onChoice, { capture: true, passive: true });
    const count = await scan([document.body ?? document.documentElement]);
    await beginning;
    if (gen !== generation) return;
    // From DOMContentLoaded to now; 0 when the overlay was complete before DOMContentLoaded.
    const dcl = performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? 0;
    const since = dcl > 0 ? Math.max(0, performance.now() - dcl) : 0;
    // Documented state for tests and benchmarks, in the inspect build only (ARCHITECTURE.md,
    // "DOM contract"); the shipped build writes nothing on <html>.
    R.state('', 'ready');
    R.state('ms', since.toFixed(1));
    R.state('blocks', count);
    R.state('work-ms', work.toFixed(1));
    // CAPTCHA widgets next: "ready" means the labels are done; the panels follow at once.
    await R.captcha.detect([document.body ?? document.documentElement]).catch(warn);
  }

  api.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    if (msg?.type === 'settings.changed') {
      clear();
      start().catch(report);
    }
    if (msg?.type === 'mediator.focus') sendResponse(R.mediatorBar.focus());
  });

  start().catch(report);
})();
