// Evidence from the page. A failure message the core recognised (`failure` in a `scan.blocks`
// reply) is recorded by itself, with a capture of the page's own content: the HTML of the error
// region, with every form value removed. The journal's answer is told to the person only when
// something went wrong (storage full, not recorded), in a notice (`.relais-notice`, in the page's
// relais-layer, a closed shadow root). Part of the content scripts' namespace (see reading.js).
(() => {
  'use strict';
  const R = globalThis.__relais;
  if (!R || R.evidence) return; // injected twice: the first copy stays

  const { make, send, t, warn } = R;

  function snapshot(el) {
    const region = el.closest('.fr-alert, [role="alert"], .fr-input-group, .fr-fieldset, .fr-notice, main') ?? el;
    const clone = region.cloneNode(true);
    for (const n of clone.querySelectorAll(`script, style, iframe, object, embed, ${R.OWN}`)) n.remove();
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
  let stored = 0; // records the background confirmed from this page (inspect build: data-relais-recorded)

  function recordFailure(block, failure) {
    // A failed CAPTCHA on a page where Relais sees the widget is counted by the CAPTCHA flow
    // (one record per failed try); its error message is not recorded a second time.
    if (failure === 'captcha' && R.captcha.shown()) return;
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
      R.state('recorded', ++stored);
      // The browser's storage is full: the record is kept without its capture. Say so.
      if (r?.quota) notice(t('journal-storage-full'), 'quota');
      return r;
    }).catch((err) => {
      notice(`${t('journal-not-recorded')} (${err.message})`, 'error');
      warn(err);
    });
  }

  let box = null; // the notice, in the layer's shadow root

  /** A short message about the journal, at the bottom of the window, read by screen readers. */
  function notice(text, kind) {
    if (!box?.isConnected) {
      box = make('div', { class: 'relais-notice', role: 'status', lang: R.settings.lang, dir: R.settings.dir });
      R.layer().box.append(box);
    }
    box.setAttribute('data-relais-notice', kind);
    const close = make('button', { type: 'button', class: 'relais-notice-close', 'aria-label': t('overlay-close') }, '×');
    close.addEventListener('click', () => box.remove());
    box.replaceChildren(make('span', {}, text), close);
  }

  R.evidence = { recordFailure };
})();
