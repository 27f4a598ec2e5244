// Reading what a self-recording page (session replay: rrweb, and copies of its own HTML) has
// captured, to find whether Relais's overlay leaked into it. The recording comes from the
// rrweb-anef fixture (tests/fixtures/apps/rrweb-anef/), read with page.evaluate.

// rrweb's event and node types (rrweb 2.x, rrweb-snapshot): only those that carry text.
const FULL_SNAPSHOT = 2;
const INCREMENTAL = 3;
const MUTATION = 0;
const INPUT = 5;
const ELEMENT = 2;
const TEXT = 3;

/** Every text, attribute and tag name in a serialized rrweb node tree. */
function walk(node, out) {
  if (!node) return;
  if (node.type === ELEMENT) {
    out.tags.push(node.tagName);
    out.elements.push({ tag: node.tagName, attributes: Object.keys(node.attributes ?? {}), shadowHost: Boolean(node.isShadowHost) });
    for (const [name, value] of Object.entries(node.attributes ?? {})) out.attributes.push({ name, value: String(value ?? '') });
  }
  if (node.type === TEXT && node.textContent) out.texts.push(node.textContent);
  for (const child of node.childNodes ?? []) walk(child, out);
}

/**
 * All text, attribute values and tag names an rrweb recording holds: the full snapshots and
 * every incremental mutation (added nodes, text changes, attribute changes) and input value.
 */
export function recordingContent(events) {
  const out = { texts: [], attributes: [], tags: [], elements: [], attributeChanges: [] };
  for (const e of events) {
    if (e.type === FULL_SNAPSHOT) walk(e.data.node, out);
    if (e.type !== INCREMENTAL) continue;
    if (e.data.source === MUTATION) {
      for (const add of e.data.adds ?? []) walk(add.node, out);
      for (const t of e.data.texts ?? []) if (t.value) out.texts.push(t.value);
      for (const a of e.data.attributes ?? []) {
        for (const [name, value] of Object.entries(a.attributes ?? {})) {
          out.attributeChanges.push({ id: a.id, name });
          if (value !== null) out.attributes.push({ name, value: typeof value === 'string' ? value : JSON.stringify(value) });
        }
      }
    }
    if (e.data.source === INPUT && typeof e.data.text === 'string') out.texts.push(e.data.text);
  }
  return out;
}

/**
 * Relais's host elements in what the page recorded of itself: tag name → how many times it was
 * recorded (in full snapshots and added nodes). What the page can still observe (ARCHITECTURE.md,
 * "DOM contract"): the hosts' tag names, never an attribute or a word.
 */
export function relaisHosts({ events, snapshots }) {
  const tags = {};
  for (const el of recordingContent(events).elements) if (/^relais-/i.test(el.tag)) tags[el.tag] = (tags[el.tag] ?? 0) + 1;
  const inHtml = {};
  for (const html of snapshots) for (const m of html.matchAll(/<(relais-[a-z-]+)/gi)) inHtml[m[1]] = (inHtml[m[1]] ?? 0) + 1;
  return { rrweb: tags, html: inHtml };
}

/**
 * Traces of Relais in what the page recorded of itself ({events, snapshots}): a Relais host that
 * carries an attribute or is seen as a shadow host, data-relais* attributes, the person's `lang`
 * and right-to-left `dir`, any of `words` (the overlay's own words and sentences), and any
 * character of the person's script (`script`, a regular expression such as /\p{Script=Arabic}/u).
 * The hosts' tag names themselves are not traces (see relaisHosts). Returns a list of short
 * descriptions; empty when nothing of Relais is there.
 */
export function relaisTraces({ events, snapshots }, { lang, dir, words = [], overlayTexts = [], script = null }) {
  const traces = [];
  // A word is found as a word ("chiffre" is not in "chiffres"); a longer text as it is.
  const searched = [...new Set([...words, ...overlayTexts].filter(Boolean))].map((w) => {
    if (/\s/.test(w.trim())) return { w, test: (t) => t.includes(w) };
    const re = new RegExp(`(?<![\\p{L}\\p{M}])${w.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}])`, 'u');
    return { w, test: (t) => re.test(t) };
  });
  const findIn = (t) => searched.find((s) => s.test(t))?.w;
  const c = recordingContent(events);
  for (const el of c.elements) {
    if (!/^relais-/i.test(el.tag)) continue;
    if (el.attributes.length) traces.push(`rrweb: <${el.tag} ${el.attributes.join(' ')}>`);
    if (el.shadowHost) traces.push(`rrweb: <${el.tag}> recorded as a shadow host (its root is readable)`);
  }
  for (const { name, value } of c.attributes) {
    if (name.startsWith('data-relais')) traces.push(`rrweb: ${name}="${value}"`);
    if (name === 'lang' && value === lang) traces.push(`rrweb: lang="${value}"`);
    if (name === 'dir' && dir !== 'ltr' && value === dir) traces.push(`rrweb: dir="${value}"`);
  }
  const texts = [...c.texts, ...c.attributes.map((a) => a.value)];
  for (const t of texts) {
    const word = findIn(t);
    if (word) traces.push(`rrweb: overlay text "${word.slice(0, 40)}" in "${t.slice(0, 60)}"`);
    else if (script?.test(t)) traces.push(`rrweb: ${script} in "${t.slice(0, 60)}"`);
  }
  snapshots.forEach((html, i) => {
    const where = `html snapshot ${i}`;
    const host = html.match(/<relais-[a-z-]+\s[^>]*>/i);
    if (host) traces.push(`${where}: a host with attributes ${host[0].slice(0, 80)}`);
    if (/\sdata-relais/.test(html)) traces.push(`${where}: data-relais…`);
    if (html.includes(`lang="${lang}"`)) traces.push(`${where}: lang="${lang}"`);
    if (dir !== 'ltr' && html.includes(`dir="${dir}"`)) traces.push(`${where}: dir="${dir}"`);
    const word = findIn(html);
    if (word) traces.push(`${where}: overlay text "${word.slice(0, 40)}"`);
    else if (script?.test(html)) traces.push(`${where}: ${script}`);
  });
  return traces;
}
