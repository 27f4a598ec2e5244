// CAPTCHA widgets. JavaScript only describes elements that might be part of a CAPTCHA; the core
// decides which are widgets (crate/core/src/captcha.rs) and what to tell the person, and the
// background counts failed tries and formats the count. Relais never clicks, types or reads a
// challenge. Part of the content scripts' namespace (see reading.js).
(() => {
  'use strict';
  const R = globalThis.__relais;
  if (!R || R.captcha) return; // injected twice: the first copy stays

  const { make, send, warn } = R;

  // Which elements to describe, where a panel goes and which error words mean a failed try are
  // the reading rules' (crate/core/data/reading.json, `captcha`), shared with relais scan.
  const rules = () => R.settings.rules.captcha;
  const hasWord = (text, words) => {
    const t = text.toLowerCase();
    return words.some((w) => t.includes(w));
  };
  const captchaIdOf = new WeakMap();
  const captchaById = new Map(); // id -> element
  const panels = new Map(); // widget kind and form -> panel
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
    const select = rules().select;
    const els = [...(root.matches?.(select) ? [root] : []), ...scope.querySelectorAll(select)];
    for (const el of els) {
      if (el.closest(R.OWN)) continue;
      const d = describe(el);
      if (hasWord(`${d.elId} ${d.classes} ${d.name} ${d.src} ${d.title} ${d.label} ${d.data}`, rules().words)) out.push(d);
    }
    // The page's open roots; never Relais's own (open in the inspect build).
    for (const el of scope.querySelectorAll('*')) if (el.shadowRoot && !R.isOwn(el)) captchaCandidates(el.shadowRoot, out);
    return out;
  }

  /** The element after which a hint goes: the widget's own box, outside any shadow root. */
  function anchorOf(el) {
    const host = el.getRootNode()?.host;
    const a = host ?? el;
    return a.closest(rules().anchor) ?? a;
  }

  function goTo(el) {
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
    if (el.getRootNode()?.activeElement === el || document.activeElement === el) return;
    // Not focusable: show where it is with Relais's own ring (in the layer's shadow root),
    // without touching the element.
    const r = el.getBoundingClientRect();
    const ring = make('div', { class: 'relais-highlight', 'aria-hidden': 'true' });
    ring.style.setProperty('top', `${r.top - 4}px`);
    ring.style.setProperty('left', `${r.left - 4}px`);
    ring.style.setProperty('width', `${r.width + 8}px`);
    ring.style.setProperty('height', `${r.height + 8}px`);
    R.layer().box.append(ring);
    setTimeout(() => ring.remove(), 4000);
  }

  /** The panel: a host after the widget's box; its content in the host's closed root. */
  function captchaPanel(w) {
    const n = nextCaptcha++;
    const { host, box: panel } = R.overlayHost({
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
    actions.append(R.speech.readAloudButton(() => [w.title, ...w.hints].join('. '), w.lang, () => ''));
    panel.append(actions);
    panel.append(make('span', { class: 'relais-captcha-count', role: 'status' }));
    return { host, panel };
  }

  function captchaEvent(event, kind) {
    return send({ type: 'captcha.event', event, kind, host: location.hostname, path: location.pathname }).catch(warn);
  }

  /** The count of failed tries, as the background formatted it in the person's language. */
  function showCount({ panel }, reply) {
    if (reply?.count > 0) panel.querySelector('.relais-captcha-count').textContent = reply.text;
  }

  async function detect(roots) {
    labelTexts = new Map();
    for (const l of document.querySelectorAll('label[for]')) labelTexts.set(l.htmlFor, (labelTexts.get(l.htmlFor) ?? '') + ' ' + l.textContent);
    let candidates = [];
    for (const r of roots) if (r.isConnected) captchaCandidates(r, candidates);
    // Something CAPTCHA-like changed: judge the whole page again, so that a widget built in
    // several steps (container first, image later) is seen whole.
    if (candidates.length && !roots.includes(document.body)) candidates = captchaCandidates(document.body);
    const scripts = Array.from(document.scripts, (s) => s.src).filter((src) => /captcha|turnstile/i.test(src));
    if (!candidates.length && !scripts.length) return;
    const reply = await send({ type: 'captcha.detect', lang: R.settings.lang, candidates: candidates.slice(0, 400), scripts: scripts.slice(0, 400) });
    for (const w of reply.widgets) {
      const root = captchaById.get(w.root) ?? document.body;
      // One panel per widget kind and form: a widget seen again (rebuilt, re-rendered) keeps its panel.
      const key = `${w.kind}|${root === document.body ? 'page' : groupOf(root)}`;
      if (panels.get(key)?.host.isConnected) continue;
      const panel = captchaPanel(w);
      panels.set(key, panel);
      if (w.root.startsWith('script:')) document.body.prepend(panel.host);
      else anchorOf(root).after(panel.host);
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
        if (hasWord(msg, rules().incorrect)) showCount(panel, await captchaEvent('seen', kind));
      }, 800);
    }, { passive: true });
  }

  /** Whether a CAPTCHA panel is on the page (its failed tries are counted here, not as page errors). */
  function shown() {
    return [...panels.values()].some((p) => p.host.isConnected);
  }

  /** Forgets the panels (the overlay was removed). */
  function clear() {
    panels.clear();
  }

  R.captcha = { detect, shown, clear };
})();
