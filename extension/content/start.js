// Starting the overlay, last of the content scripts (see reading.js for the order): the settings
// are asked for at document_start, the page is read once its DOM is complete and sent to the
// core in batches, and a MutationObserver then rescans only what changed. `settings.changed`
// from the background removes everything Relais added and starts again.
(() => {
  'use strict';
  const R = globalThis.__relais;
  if (!R || R.started) return; // injected twice: the first copy stays
  R.started = true;

  const { api, send, report, warn } = R;
  const BATCH = 200;
  let observer = null;
  let generation = 0; // bumps on every reset: late answers of an older generation are dropped
  const pending = new Set(); // elements (roots) to scan
  let flushTimer = null;
  let work = 0; // ms of Relais's own main-thread work (reading the page, rendering), for the benchmark

  async function scan(roots) {
    const gen = generation;
    const blocks = [];
    let t = performance.now();
    for (const r of roots) if (r.isConnected) blocks.push(...R.reading.collect(r));
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
      lang: R.settings.lang,
      url: location.href,
      blocks: batch.map(({ id, kind, text }) => ({ id, kind, text })),
    }));
    const first = await replies[0];
    t = performance.now();
    if (gen === generation) done += R.overlay.render(first, batches[0]);
    work += performance.now() - t;
    const rest = await Promise.all(replies.slice(1));
    t = performance.now();
    if (gen === generation) rest.forEach((reply, i) => { done += R.overlay.render(reply, batches[i + 1]); });
    work += performance.now() - t;
    return done;
  }

  function schedule(node) {
    const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    if (!el || el.closest(R.OWN)) return;
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
    R.captcha.detect(roots).catch(warn);
  }

  function observe() {
    observer = new MutationObserver((records) => {
      for (const rec of records) {
        if (rec.type === 'characterData') schedule(rec.target);
        for (const n of rec.addedNodes) {
          if (R.isOwn(n)) continue;
          if (n.nodeType === Node.ELEMENT_NODE || n.nodeType === Node.TEXT_NODE) schedule(n);
        }
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /**
   * Removes what Relais added; answers still on their way are dropped. The layer stays (emptied
   * of the session's bar and ring): its host is the same before, during and after a session.
   */
  function clear() {
    generation++;
    observer?.disconnect();
    observer = null;
    R.mediatorBar.unmount();
    for (const n of document.querySelectorAll(R.HOST_TAG)) if (R.isOwn(n)) n.remove();
    R.captcha.clear();
    R.reading.byId.clear();
    pending.clear();
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
    R.settings = await asked;
    if (!R.settings.enabled) {
      R.dropLayer();
      R.state('', 'off');
      return;
    }
    R.strings = R.settings.strings;
    R.layer(); // always there while Relais is on, session or not
    if (R.settings.mediator) R.mediatorBar.mount();
    // Ask for the voice list now: speech engines load it asynchronously, sometimes in seconds.
    globalThis.speechSynthesis?.getVoices();
    const count = await scan([document.body ?? document.documentElement]);
    // From DOMContentLoaded to now; 0 when the overlay was complete before DOMContentLoaded.
    const dcl = performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? 0;
    const since = dcl > 0 ? Math.max(0, performance.now() - dcl) : 0;
    // Documented state for tests and benchmarks, in the inspect build only (ARCHITECTURE.md,
    // "DOM contract"); the shipped build writes nothing on <html>.
    R.state('', 'ready');
    R.state('ms', since.toFixed(1));
    R.state('blocks', count);
    R.state('work-ms', work.toFixed(1));
    observe();
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
