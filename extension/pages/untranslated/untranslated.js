// The untranslated strings page: the portal strings this computer met without a full translation
// in a language, counted (anonymised, variable parts as { $n }, { $date }…), and their export as
// a gettext PO file for translators (Weblate, Pontoon, Poedit). Nothing is sent anywhere: the
// person downloads the file and decides whom to give it to. `relais locales import FILE.po --lang
// LANG` brings a translated file back into the translation memory, through the quality gates.
import { $, el, formatOne, send } from '../../shared/page-kit.js';

let strings = {};
let lang; // the page's language: the person's
const t = (id) => strings[id] ?? `[${id}]`;

async function show() {
  const target = $('lang').value;
  const rows = await send({ type: 'untranslated.list', lang: target });
  $('count').textContent = await formatOne(lang, 'untranslated-count', { count: rows.length });
  $('export').disabled = rows.length === 0;
  if (!rows.length) {
    $('table').replaceChildren(el('p', {}, t('untranslated-empty')));
    return;
  }
  const cols = ['untranslated-col-french', 'untranslated-col-portal', 'untranslated-col-kind', 'untranslated-col-count', 'untranslated-col-last'];
  $('table').replaceChildren(el('table', {},
    el('thead', {}, el('tr', {}, ...cols.map((c) => el('th', { scope: 'col' }, t(c))))),
    el('tbody', {}, ...rows.map((r) => el('tr', {},
      el('td', { class: 'message', lang: 'fr', dir: 'ltr' }, r.fr),
      el('td', {}, r.portal || '—'),
      el('td', {}, el('code', {}, r.kind)),
      el('td', { class: 'number' }, String(r.count)),
      el('td', {}, el('code', { dir: 'ltr' }, r.last)))))));
}

$('lang').addEventListener('change', () => show().catch(fail));

$('export').addEventListener('click', async () => {
  try {
    const target = $('lang').value;
    const { po, count } = await send({ type: 'untranslated.export', lang: target });
    const file = `relais-untranslated-${target}-${new Date().toISOString().slice(0, 10)}.po`;
    const a = el('a', { href: URL.createObjectURL(new Blob([po], { type: 'text/x-gettext-translation' })), download: file });
    document.body.append(a);
    a.click();
    a.remove();
    $('status').textContent = await formatOne(lang, 'untranslated-exported', { count, file });
  } catch (e) {
    fail(e);
  }
});

$('clear').addEventListener('click', async () => {
  if (!confirm(t('untranslated-clear-confirm'))) return;
  try {
    await send({ type: 'untranslated.clear' });
    $('status').textContent = t('untranslated-cleared');
    await show();
  } catch (e) {
    fail(e);
  }
});

function fail(e) {
  $('status').textContent = `${e.name ?? 'Error'}: ${e.message}`;
  document.body.dataset.ready = 'error';
}

(async () => {
  const settings = await send({ type: 'settings.get', host: 'relais.invalid' });
  strings = settings.strings;
  lang = settings.lang;
  document.documentElement.lang = lang;
  document.documentElement.dir = settings.dir;
  document.title = `Relais — ${t('untranslated-title')}`;
  $('title').textContent = t('untranslated-title');
  $('intro').textContent = t('untranslated-intro');
  $('lang-label').textContent = t('untranslated-lang-label');
  $('export').textContent = t('untranslated-export');
  $('clear').textContent = t('untranslated-clear');
  const locales = await send({ type: 'locale.list' });
  $('lang').replaceChildren(...locales.filter((l) => l.code !== 'fr').map((l) => el('option', { value: l.code, lang: l.code, dir: l.dir }, `${l.name} — ${l.englishName}`)));
  $('lang').value = lang === 'fr' ? 'en' : lang;
  await show();
  document.body.dataset.ready = 'true';
})().catch(fail);

