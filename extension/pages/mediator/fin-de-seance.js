// docs/fin-de-seance.md, shipped with the extension, shown to the mediator as a page: headings,
// paragraphs, lists, **bold** and `code` of its Markdown, built as DOM from text (never as HTML).
// One text, in the repository and in the extension: the end-of-session page links here.
import { $, api, el } from '../../shared/page-kit.js';

/** The inline parts of a line: **bold**, `code`, and the text between them. */
function inline(text) {
  const out = [];
  const re = /\*\*(.+?)\*\*|`([^`]+)`/g;
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    out.push(m[1] !== undefined ? el('strong', {}, m[1]) : el('code', {}, m[2]));
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

function render(md) {
  const nodes = [];
  let para = null;
  let list = null;
  const close = () => { para = null; list = null; };
  for (const raw of md.split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,4}) (.*)$/.exec(line);
    const item = /^\s*[-*] (.*)$/.exec(line);
    if (!line.trim()) {
      close();
    } else if (heading) {
      close();
      nodes.push(el(`h${heading[1].length}`, {}, ...inline(heading[2])));
    } else if (item) {
      para = null;
      if (!list) nodes.push(list = el('ul'));
      list.append(el('li', {}, ...inline(item[1])));
    } else if (list && /^\s+\S/.test(raw)) {
      list.lastChild.append(' ', ...inline(line.trim())); // an item's next line
    } else {
      list = null;
      if (!para) nodes.push(para = el('p'));
      else para.append(' ');
      para.append(...inline(line.trim()));
    }
  }
  return nodes;
}

fetch(api.runtime.getURL('docs/fin-de-seance.md'))
  .then((r) => r.text())
  .then((md) => {
    $('doc').replaceChildren(...render(md));
    document.title = `Relais — ${$('doc').querySelector('h1')?.textContent ?? ''}`;
    document.body.dataset.ready = 'true';
  })
  .catch((e) => {
    $('doc').replaceChildren(el('p', {}, `Relais : ${e.message}`));
    document.body.dataset.ready = 'error';
  });
