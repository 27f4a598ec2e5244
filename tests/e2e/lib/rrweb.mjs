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
  const out = { texts: [], attributes: [], tags: [] };
  for (const e of events) {
    if (e.type === FULL_SNAPSHOT) walk(e.data.node, out);
    if (e.type !== INCREMENTAL) continue;
    if (e.data.source === MUTATION) {
      for (const add of e.data.adds ?? []) walk(add.node, out);
      for (const t of e.data.texts ?? []) if (t.value) out.texts.push(t.value);
      for (const a of e.data.attributes ?? []) {
        for (const [name, value] of Object.entries(a.attributes ?? {})) {
          if (value !== null) out.attributes.push({ name, value: typeof value === 'string' ? value : JSON.stringify(value) });
        }
      }
    }
    if (e.data.source === INPUT && typeof e.data.text === 'string') out.texts.push(e.data.text);
  }
  return out;
}

/**
 * Traces of Relais in what the page recorded of itself ({events, snapshots}): relais-* elements,
 * data-relais* attributes, the person's `lang` and right-to-left `dir`, the overlay's texts, and
 * any character of the person's script (`script`, a regular expression such as /\p{Script=Arabic}/u).
 * Returns a list of short descriptions; empty when nothing of Relais is there.
 */
export function relaisTraces({ events, snapshots }, { lang, dir, overlayTexts = [], script = null }) {
  const traces = [];
  const c = recordingContent(events);
  for (const tag of c.tags) if (/^relais-/i.test(tag)) traces.push(`rrweb: <${tag}>`);
  for (const { name, value } of c.attributes) {
    if (name.startsWith('data-relais')) traces.push(`rrweb: ${name}="${value}"`);
    if (name === 'lang' && value === lang) traces.push(`rrweb: lang="${value}"`);
    if (name === 'dir' && dir !== 'ltr' && value === dir) traces.push(`rrweb: dir="${value}"`);
  }
  const texts = [...c.texts, ...c.attributes.map((a) => a.value)];
  for (const t of texts) {
    if (overlayTexts.some((o) => o && t.includes(o))) traces.push(`rrweb: overlay text "${t.slice(0, 60)}"`);
    else if (script?.test(t)) traces.push(`rrweb: ${script} in "${t.slice(0, 60)}"`);
  }
  snapshots.forEach((html, i) => {
    const where = `html snapshot ${i}`;
    if (/<relais-/i.test(html)) traces.push(`${where}: <relais-…>`);
    if (/\sdata-relais/.test(html)) traces.push(`${where}: data-relais…`);
    if (html.includes(`lang="${lang}"`)) traces.push(`${where}: lang="${lang}"`);
    if (dir !== 'ltr' && html.includes(`dir="${dir}"`)) traces.push(`${where}: dir="${dir}"`);
    if (overlayTexts.some((o) => o && html.includes(o))) traces.push(`${where}: overlay text`);
    else if (script?.test(html)) traces.push(`${where}: ${script}`);
  });
  return traces;
}
