// A4 sheets computed in the page, the same way in Chromium and Firefox. Each sheet is one
// printed page (210 × 296 mm with `@page { size: A4; margin: 0 }`), with a footer that says
// "page n / N" and the chain's head hash. Why not CSS paged media: Chromium prints `@page`
// margin boxes with `counter(page)` and `counter(pages)`, but Firefox ESR prints no margin box
// at all (no CSSMarginRule), and neither browser gives page counters to ordinary content (a
// fixed footer repeats on every page, with "page 0 / 0"). So the page lays its content out on
// sheets itself, by measuring: a block that overflows a sheet starts the next one; a table
// goes on row by row, its header repeated; a heading stays with what follows it.
import { el } from '../../shared/page-kit.js';

/**
 * A block to lay out: `{node}` (kept whole), `{node, keepWithNext: true}` (a heading), or
 * `{table}` (split between rows: `table` is a `<table>` with `<colgroup>`, `<thead>` and one
 * `<tbody>`; with `keepTogether`, moved whole to the next sheet when that one can hold it).
 * `pageBreakBefore`: the block starts a sheet.
 */
export function paginate(container, blocks, footer) {
  container.replaceChildren();
  const sheets = [];
  let body = null;
  const newSheet = () => {
    body = el('div', { class: 'sheet-body' });
    const foot = el('div', { class: 'sheet-footer' });
    const sheet = el('section', { class: 'sheet' }, body, foot);
    container.append(sheet);
    sheets.push({ sheet, body, foot });
  };
  const fits = () => body.scrollHeight <= body.clientHeight + 1;
  /** Starts a new sheet, taking along the headings that would end the current one. */
  const breakPage = () => {
    const carried = [];
    while (body.lastElementChild?.dataset.keepWithNext && body.childElementCount > carried.length + 1) {
      carried.unshift(body.lastElementChild);
      body.lastElementChild.remove();
    }
    newSheet();
    body.append(...carried);
  };
  newSheet();
  for (const b of blocks) {
    if (b.table && b.keepTogether && placeWhole(b.table)) continue;
    if (b.table) {
      placeTable(b.table);
      continue;
    }
    if (b.keepWithNext) b.node.dataset.keepWithNext = 'true';
    if (b.pageBreakBefore && body.childElementCount) newSheet();
    body.append(b.node);
    if (!fits() && body.childElementCount > 1) {
      b.node.remove();
      breakPage();
      body.append(b.node);
    }
  }

  /** A table kept on one sheet if one can hold it (this one, or the next): true if placed. */
  function placeWhole(table) {
    body.append(table);
    if (fits()) return true;
    table.remove();
    if (!body.childElementCount) return false;
    breakPage();
    body.append(table);
    if (fits()) return true;
    table.remove();
    return false;
  }

  function placeTable(table) {
    const rows = [...table.tBodies[0].rows];
    const shell = () => {
      const t = table.cloneNode(false);
      for (const part of table.children) if (part.tagName !== 'TBODY') t.append(part.cloneNode(true));
      const tbody = el('tbody');
      t.append(tbody);
      body.append(t);
      return tbody;
    };
    let tbody = shell();
    if (!fits() && body.childElementCount > 1) {
      tbody.parentNode.remove();
      breakPage();
      tbody = shell();
    }
    for (const row of rows) {
      tbody.append(row);
      if (fits() || tbody.rows.length === 1 && body.childElementCount === 1) continue;
      row.remove();
      if (!tbody.rows.length) tbody.parentNode.remove();
      breakPage();
      tbody = shell();
      tbody.append(row);
    }
  }

  sheets.forEach(({ foot }, i) => foot.replaceChildren(...footer(i + 1, sheets.length)));
  return sheets.length;
}
