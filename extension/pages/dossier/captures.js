// Captures as they were displayed, for print. A screenshot is an image scaled to the page's
// width. A capture of the page's content (HTML) is shown in a frame that can do nothing: a
// `srcdoc` iframe sandboxed without `allow-scripts` (no script, no form, no pop-up, no
// navigation of this page), whose document starts with a Content-Security-Policy that allows
// no load at all (no image, font, style sheet or frame from any address: the capture can reach
// no network, and no file of the extension). `allow-same-origin` is kept, without scripts, only
// so that this page can measure the captured document's height and print it whole, cut into
// page-high slices. The capture's bytes are what the hash covers; what is rendered is a copy
// with the elements that could load or run something removed (they could not anyway).
import { el } from '../../shared/page-kit.js';

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; form-action 'none'; base-uri 'none'";
const INERT = 'script, noscript, meta, base, link, iframe, frame, frameset, object, embed, portal, template';

/** The captured HTML made inert, as a `srcdoc` document. */
export function inertDocument(bytes) {
  const doc = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'text/html');
  for (const n of doc.querySelectorAll(INERT)) n.remove();
  for (const n of doc.querySelectorAll('*')) {
    for (const a of [...n.attributes]) if (/^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)) n.removeAttribute(a.name);
  }
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = POLICY;
  doc.head.prepend(meta);
  const charset = doc.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  doc.head.prepend(charset);
  return `<!doctype html>${doc.documentElement.outerHTML}`;
}

function frame(srcdoc, title) {
  return el('iframe', { sandbox: 'allow-same-origin', srcdoc, title, loading: 'eager', referrerpolicy: 'no-referrer', tabindex: '-1' });
}

/** Resolves once a frame has loaded (or after a while: a capture never holds up the dossier). */
function loaded(f) {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, 4000);
    f.addEventListener('load', () => { clearTimeout(t); resolve(); }, { once: true });
  });
}

/**
 * The picture of one capture: an `<img>`, or slices of the captured page at most `sliceHeight`
 * CSS pixels high each (at most `maxSlices`). `measure` is an attached element of the sheet's
 * width where frames are measured. Returns `{nodes, cut}`.
 */
export async function capturePicture(capture, bytes, { measure, sliceHeight, maxSlices }) {
  const title = `Capture de l’enregistrement n° ${capture.seq}`;
  if (capture.kind === 'screenshot') {
    const img = el('img', { src: URL.createObjectURL(new Blob([bytes], { type: capture.mediaType })), alt: `${title} : capture d’écran de l’onglet` });
    measure.append(img);
    await img.decode().catch(() => {});
    img.remove();
    return { nodes: [img], cut: false };
  }
  if (capture.mediaType !== 'text/html') return { nodes: [], cut: false };
  const srcdoc = inertDocument(bytes);
  const probe = frame(srcdoc, title);
  probe.style.height = '10px';
  measure.append(probe);
  await loaded(probe);
  const doc = probe.contentDocument;
  const height = Math.max(40, Math.ceil(doc?.documentElement?.scrollHeight ?? 200));
  probe.remove();
  const count = Math.min(maxSlices, Math.ceil(height / sliceHeight));
  const nodes = [];
  for (let i = 0; i < count; i++) {
    const h = Math.min(sliceHeight, height - i * sliceHeight);
    const f = frame(srcdoc, count > 1 ? `${title}, partie ${i + 1} sur ${count}` : title);
    f.style.height = `${height}px`;
    f.style.marginTop = `${-i * sliceHeight}px`;
    nodes.push(el('div', { class: 'slice', style: `height:${h}px` }, f));
  }
  return { nodes, cut: height > count * sliceHeight, frames: nodes.map((n) => n.firstChild) };
}

export { loaded as frameLoaded };
