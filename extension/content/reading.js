// Relais content scripts: a thin DOM adapter.
//
// They walk the portal's page for the text a person must understand (labels, legends, buttons,
// hints, options, placeholders, error messages), send it in batches to the background, where
// the Rust core decides what it means, and render the answers beside the French. They never
// change the portal's own nodes: no text, no attribute, no value; they only insert their own
// elements (see ARCHITECTURE.md, "DOM contract") and remove them when switched off.
//
// Several classic scripts (a content script cannot be a module), loaded in this order by the
// manifest (content_scripts[].js), share one namespace object, `globalThis.__relais`, created
// here (as uBlock Origin's vapi-client.js does): each file adds its part under its own name.
//   build-flags.js   (generated) the build's one switch: shipped or inspect
//   overlay-css.js   (generated) overlay.css as text, for the shadow roots' constructed stylesheet
//   reading.js       the namespace, Relais's shadow roots; walking the page for blocks
//   overlay.js       rendering the core's answers, the explanation popovers
//   speech.js        reading aloud
//   captcha.js       CAPTCHA panels and failed tries
//   evidence.js      recording failures, the journal's notices
//   mediator-bar.js  the mediator's bar and focus ring
//   start.js         settings, the first scan, the MutationObserver, messages from the background
// The namespace lives in the extension's isolated world: the page's scripts cannot see it.
//
// Everything Relais shows lives in CLOSED shadow roots (ARCHITECTURE.md, "DOM contract"): the
// page's scripts, its analytics and its session replay see host elements without any attribute,
// never the person's language, the overlay's words or a mediator session. The inspect build
// (build-flags.js: `inspect`) opens the roots and writes Relais's state on <html> for the tests;
// the code paths are the same.
(() => {
  'use strict';
  // Injected twice (manifest + scripting): the first copy stays, and every file of the second
  // returns at once, since the part it would add is already there.
  if (globalThis.__relais) return;

  const api = globalThis.browser ?? globalThis.chrome; // as shared/api.js, which a classic script cannot import
  const BUILD = globalThis.__relaisBuild ?? { inspect: false };
  const roots = new WeakMap(); // host element -> its (closed) shadow root
  let sheet = null; // the one constructed stylesheet, adopted by every root
  const protos = new Map(); // key -> the element `R.copy` clones
  let layer = null; // { host, root }: the one relais-layer of the page

  // The attributes of an overlay's top element that every overlay of the page shares (`overlayHost`).
  const SHARED = new Set(['class', 'lang', 'dir', 'translate']);

  const R = globalThis.__relais = {
    api,
    /** The inspect build (tests): open roots, state on <html>. False in the shipped build. */
    inspect: BUILD.inspect === true,
    /** A block's overlay, a CAPTCHA panel: one host each, after (or before) the portal's element. */
    HOST_TAG: 'relais-overlay',
    /** The page's one layer: notices, the mediator bar, rings (empty outside a session). */
    LAYER_TAG: 'relais-layer',
    /** Relais's own hosts in the page's DOM. */
    OWN: 'relais-overlay, relais-layer',
    /** { lang, enabled, dir, speech, languageName, strings, mediator } once start.js has them. */
    settings: null,
    /** Interface strings of the person's language (the ones without arguments). */
    strings: {},

    /** Sends a message to the background; resolves its value or throws its error. */
    send(message) {
      return api.runtime.sendMessage(message).then((reply) => {
        if (!reply) throw new Error('no reply from Relais background');
        if (!reply.ok) throw Object.assign(new Error(reply.error.message), { name: reply.error.name });
        return reply.value;
      });
    },

    /** An interface string; a missing one shows its id, never nothing. */
    t(id) {
      return R.strings[id] ?? `[${id}]`;
    },

    /** An element of Relais's own, with attributes and text (always text, never HTML). */
    make(tag, attrs = {}, text) {
      const n = document.createElement(tag);
      for (const k in attrs) {
        const v = attrs[k];
        if (v !== undefined && v !== null) n.setAttribute(k, v);
      }
      if (text !== undefined) n.textContent = text; // always text, never HTML
      return n;
    },

    /**
     * A copy of the element `build` makes, made once per `key`: the constant part of elements
     * made for every overlay (a 2,000-field form has 14,000 of them) is cloned rather than built
     * attribute by attribute. `key` names all the element depends on (its tag, attributes and
     * text: language, interface strings). Listeners are not copied; add them to the copy.
     */
    copy(key, build) {
      let proto = protos.get(key);
      if (!proto) {
        if (protos.size >= 256) protos.clear(); // languages and modes switched many times
        proto = build();
        protos.set(key, proto);
      }
      return proto.cloneNode(true);
    },

    /** A background task failed (recording, counting): say so in the console, keep the overlay. */
    warn(err) {
      console.warn('Relais:', err?.name ?? 'Error', err?.message ?? err);
    },

    report(err) {
      // Never a page error: the portal must keep working whatever happens to Relais.
      console.warn('Relais:', err?.name ?? 'Error', err?.message ?? err);
      R.state('', 'error');
    },

    /**
     * Relais's state for tests and benchmarks, as `data-relais[-name]` on <html>: in the inspect
     * build only. The shipped build writes nothing on the portal's own elements.
     */
    state(name, value) {
      if (!R.inspect) return;
      const attr = name ? `data-relais-${name}` : 'data-relais';
      if (value === null || value === undefined) document.documentElement.removeAttribute(attr);
      else document.documentElement.setAttribute(attr, String(value));
    },

    /**
     * A host element for the page's DOM and its shadow root, styled from inside by the one
     * constructed stylesheet. The host carries no attribute at all; the root is closed (open in
     * the inspect build). Returns { host, root }.
     */
    shadow(tag) {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(globalThis.__relaisCss ?? '');
      }
      const host = document.createElement(tag);
      const root = host.attachShadow({ mode: R.inspect ? 'open' : 'closed' });
      root.adoptedStyleSheets = [sheet];
      roots.set(host, root);
      return { host, root };
    },

    /** The shadow root of one of Relais's hosts (closed roots are reachable only from here). */
    rootOf(host) {
      return roots.get(host) ?? null;
    },

    /**
     * The mode attributes of every root's top element: mediator mode and its text size live
     * inside the roots, never on the page's <html>.
     */
    modeAttrs() {
      const m = R.settings?.mediator;
      return m ? { 'data-relais-mode': 'mediator', 'data-relais-scale': String(m.scale) } : {};
    },

    /**
     * An overlay's top element, new: the attributes its overlay shares with others (`lang`,
     * `dir`, `translate` of `attrs`; the mode's), then `extra`. Made once and copied (`R.copy`).
     */
    overlayBox(attrs, extra = {}) {
      return R.make('div', { class: 'relais-overlay', lang: attrs.lang, dir: attrs.dir, translate: attrs.translate, ...R.modeAttrs(), ...extra });
    },

    /**
     * An overlay host: { host, root, box }, `box` being the root's top element with `attrs` (the
     * kind, the block, lang and dir: inside the root, never on the host). `box`: a copy of
     * `overlayBox` already filled in (else an empty one).
     */
    overlayHost(attrs, box = null) {
      const { host, root } = R.shadow(R.HOST_TAG);
      // The attributes every overlay of the page shares, copied; then the overlay's own.
      const mode = R.settings?.mediator;
      box ??= R.copy(`overlay ${attrs.lang} ${attrs.dir} ${attrs.translate} ${mode ? mode.scale : '-'}`, () => R.overlayBox(attrs));
      for (const k in attrs) {
        if (!SHARED.has(k) && attrs[k] !== undefined && attrs[k] !== null) box.setAttribute(k, attrs[k]);
      }
      root.append(box);
      return { host, root, box };
    },

    /**
     * The page's one layer, at the end of <body>: always there while Relais is on, the same
     * outside and during a mediator session (empty outside one, unless a notice is shown).
     * Returns { host, root, box }: `box` (a div, with the mode attributes in a session) is where
     * things go. `create` false: null when there is none.
     */
    layer(create = true) {
      if (!layer && !create) return null;
      if (!layer) {
        layer = R.shadow(R.LAYER_TAG);
        layer.box = R.make('div', { class: 'relais-layer' });
        layer.root.append(layer.box);
      }
      if (!layer.host.isConnected) (document.body ?? document.documentElement).append(layer.host);
      return layer;
    },

    /** Removes the layer (Relais switched off for this site). */
    dropLayer() {
      layer?.host.remove();
      layer = null;
    },

    /** Whether `el` is one of Relais's hosts. */
    isOwn(el) {
      return el?.nodeType === 1 && roots.has(el);
    },
  };

  // ---- reading the page -------------------------------------------------------------------
  //
  // What is read, and as which kind of block, is data: the reading rules
  // (crate/core/data/reading.json), checked by the core and sent with the settings
  // (`settings.rules`). `relais scan` applies the same rules to a saved page. The semantics are
  // the core's (crate/core/src/reading.rs): sources in order, an element read once by the first
  // source that takes it, `via` (elements named by an ARIA attribute), `follows`, `outsideRead`,
  // `unless` conditions, the way a text is taken, `minWords`.
  //
  // The page is read in passes: the first over the whole body, then, as the page changes, over
  // the subtrees that changed (`root`). A pass decides afresh every element under its root, and
  // only those: an element under the root that no source takes any more loses its block (and
  // its overlay); for what lies outside the root (an ancestor read by an earlier pass) the
  // earlier decision stands. So a page read in many passes is read as one pass would read it
  // (the end-to-end test reading.test.mjs compares with relais scan).

  const MAX_TEXT = 4000;
  // Relais's own elements are never read, whatever the rules say (their content is in shadow
  // roots, which the rules' selectors do not enter; the hosts themselves are left out here).
  const { OWN } = R;
  const isOwn = (n) => R.isOwn(n);

  let nextId = 1;
  const idOf = new WeakMap(); // element -> block id (kept when the block goes: the same element keeps its id)
  const byId = new Map(); // block id -> { id, el, kind, text, show, anchor, host, views }

  const rules = () => R.settings.rules;
  // The selectors made of the rules, made once per rules object (an element is tested against
  // them thousands of times a pass: building and hashing the string each time cost more).
  const joined = new WeakMap(); // rules -> { skip, leaveOut }
  function selectors() {
    const r = rules();
    let j = joined.get(r);
    if (!j) {
      j = { skip: `${r.skip}, ${OWN}`, leaveOut: `${r.ownTextLeavesOut}, ${r.skip}, ${OWN}` };
      joined.set(r, j);
    }
    return j;
  }

  /**
   * What a pass under `root` finds once: the areas the rules skip (one query, then a walk up
   * from each element to `root`: testing every ancestor of every element against the skip
   * selector cost more than the rest of the read on a 2,000-field form), and the elements that
   * name others by an ARIA attribute (`candidates`). The page does not change during a pass.
   */
  function startPass(root) {
    const { skip } = selectors();
    return { root, all: root.closest(skip) !== null, areas: new Set(root.querySelectorAll(skip)), namers: new Map() };
  }

  function skipped(el, pass) {
    if (pass.all) return true;
    for (let a = el; a && a !== pass.root; a = a.parentElement) if (pass.areas.has(a)) return true;
    return el.isContentEditable;
  }

  const collapse = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

  /**
   * The text of an element that belongs to it: without nested hints and fields
   * (`ownTextLeavesOut`), skipped elements, our own nodes, and elements read in this pass.
   */
  function ownText(el, taken) {
    // Most labels and buttons hold one text and nothing else: no walk.
    const only = el.firstChild;
    if (only && only === el.lastChild && only.nodeType === Node.TEXT_NODE) return collapse(only.nodeValue);
    const { leaveOut } = selectors();
    let out = '';
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
      acceptNode(n) {
        if (n.nodeType === Node.ELEMENT_NODE) {
          if (n !== el && (taken.has(n) || n.matches(leaveOut))) return NodeFilter.FILTER_REJECT;
          return NodeFilter.FILTER_SKIP;
        }
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    while (walker.nextNode()) out += walker.currentNode.nodeValue;
    return collapse(out);
  }

  function textOf(source, el, taken) {
    const value = () => (el.tagName === 'INPUT' ? (el.value || '').trim() : ownText(el, taken));
    switch (source.text) {
      case 'value':
        return value();
      case 'name': {
        const label = collapse(el.getAttribute('aria-label'));
        return /\p{L}/u.test(label) ? label : value();
      }
      case 'attribute':
        return collapse(el.getAttribute(source.attribute));
      case 'selected':
        return Array.from(el.selectedOptions ?? [], (o) => collapse(o.text)).join('\n');
      case 'options':
        return Array.from(el.options ?? [], (o) => collapse(o.text)).join('\n');
      default:
        return ownText(el, taken);
    }
  }

  /** Does one of a source's `unless` conditions hold for `el`? */
  function excluded(source, el) {
    return source.unless.some((u) => {
      if (u.closest) return el.closest(u.closest) !== null;
      if (u.ancestor) return el.parentElement?.closest(u.ancestor) != null;
      if (u.matches) return el.matches(u.matches);
      if (u.has) return el.querySelector(u.has) !== null;
      if (u.outside) return document.querySelector(u.when) !== null && el.closest(u.outside) === null;
      return false;
    });
  }

  /** The previous element sibling, Relais's own elements aside. */
  function previousElement(el) {
    let p = el.previousElementSibling;
    while (p && isOwn(p)) p = p.previousElementSibling;
    return p;
  }

  const under = (root, el) => el === root || root.contains(el);

  /**
   * A source's elements under `root`, in reading order: those matching `select`, or, with `via`,
   * those that the attribute of an element matching `select` (anywhere in the page) names.
   */
  function candidates(source, root, pass) {
    if (!source.via) {
      const all = Array.from(root.querySelectorAll(source.select));
      return root.matches?.(source.select) ? [root, ...all] : all;
    }
    // The sources that follow a reference share their namers (the page's fields): found once.
    let namers = pass.namers.get(source.select);
    if (!namers) {
      namers = document.querySelectorAll(source.select);
      pass.namers.set(source.select, namers);
    }
    const out = [];
    for (const namer of namers) {
      const named = namer.getAttribute(source.via);
      if (!named) continue; // most fields name nothing
      for (const id of named.split(/[\t\n\f\r ]+/)) {
        const target = id && document.getElementById(id);
        if (target && under(root, target)) out.push(target);
      }
    }
    return out;
  }

  /** Is `el` read: by this pass under its root, by an earlier pass above it? */
  function isRead(el, root, taken) {
    if (under(root, el)) return taken.has(el);
    return byId.get(idOf.get(el))?.el === el;
  }

  /**
   * The elements a pass under `root` reads, in reading order, each with its source and text
   * (the semantics above). Pure: nothing of the page or of the blocks is changed.
   */
  function* read(root, taken = new Set()) {
    // `taken`: the elements read in this pass, once each, by the first source.
    const pass = startPass(root);
    for (const source of rules().sources) {
      for (const el of candidates(source, root, pass)) {
        if (taken.has(el) || isOwn(el) || skipped(el, pass) || excluded(source, el)) continue;
        if (source.follows && !previousElement(el)?.matches(source.follows)) continue;
        if (source.outsideRead) {
          let inside = false;
          for (let a = el.parentElement; a && !inside; a = a.parentElement) inside = isRead(a, root, taken);
          if (inside) continue;
        }
        const text = textOf(source, el, taken).slice(0, MAX_TEXT);
        if (!text || !/\p{L}/u.test(text)) continue;
        if (source.minWords && text.split(/\s+/).length < source.minWords) continue;
        taken.add(el);
        yield { source, el, text };
      }
    }
  }

  /**
   * Reads the blocks under `root`; returns those that are new or whose text or kind changed:
   * [{ id, kind, text, el }]. Blocks under `root` that no source takes any more are dropped,
   * their overlays removed. With `each`, they are also handed over `size` at a time as they are
   * read (the last ones when the read ends), so that the core translates the first while the
   * rest of the page is read.
   */
  function collect(root, each = null, size = Infinity) {
    const found = [];
    const taken = new Set();
    let handed = 0;
    for (const { source, el, text } of read(root, taken)) {
      const kind = source.kind;
      let id = idOf.get(el);
      const known = id && byId.get(id);
      if (known && known.el === el && known.text === text && known.kind === kind) {
        known.show = source.show;
        known.anchor = source.anchor;
        continue;
      }
      if (known) known.host?.remove();
      if (!id) {
        id = `b${nextId++}`;
        idOf.set(el, id);
      }
      byId.set(id, { id, el, kind, text, show: source.show, anchor: source.anchor, host: null });
      found.push({ id, kind, text, el });
      if (each && found.length - handed >= size) {
        each(found.slice(handed));
        handed = found.length;
      }
    }
    if (each && found.length > handed) each(found.slice(handed));
    for (const [id, b] of byId) {
      if (under(root, b.el) && !taken.has(b.el)) drop(id, b);
    }
    return found;
  }

  /**
   * What a pass under `root` would read, while the page is still being parsed: [{ kind, text }],
   * without the elements that hold `open` (the last node parsed: they may not be complete).
   * Nothing is recorded; the core's answers are kept for the first real pass (start.js).
   * `taken`: the elements earlier peeks read, shared between them, so that each reads only what
   * was parsed since (a page is peeked as it grows: reading all of it each time cost a 2,000-field
   * form twice its reading).
   */
  function peek(root, open, taken = new Set()) {
    const out = [];
    for (const { source, el, text } of read(root, taken)) {
      if (open && el.contains(open)) taken.delete(el); // not complete: read again next time
      else out.push({ kind: source.kind, text });
    }
    return out;
  }

  function drop(id, b) {
    b.host?.remove();
    byId.delete(id);
  }

  /** Blocks whose element left the page: their overlays go with them. Returns how many. */
  function sweep() {
    let n = 0;
    for (const [id, b] of byId) {
      if (!b.el.isConnected) {
        drop(id, b);
        n++;
      }
    }
    return n;
  }

  /** The block read from an element, if it was read. */
  function blockOf(el) {
    return byId.get(idOf.get(el)) ?? null;
  }

  /** The element itself or its nearest ancestor that is read: what a change inside it rescans. */
  function owner(el) {
    for (let a = el; a; a = a.parentElement) if (byId.get(idOf.get(a))?.el === a) return a;
    return null;
  }

  /**
   * Whether the page shows a sign of server-rendered markup that a framework will take over
   * after DOMContentLoaded (the rules' `hydration`: elements such frameworks leave, and the
   * exact text of the comments they print, React's `<!-- -->` or Vue's `<!--[-->`). Rules
   * without signs: every page may be. Reads the page, touches nothing.
   */
  function hydrating(r = rules()) {
    const h = r.hydration;
    if (!h) return true;
    if (document.querySelector(h.select)) return true;
    if (!h.comments.length) return false;
    const marks = new Set(h.comments);
    const comments = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_COMMENT);
    for (let c = comments.nextNode(); c; c = comments.nextNode()) if (marks.has(c.data)) return true;
    return false;
  }

  R.reading = { collect, peek, sweep, blockOf, owner, byId, hydrating };
})();
