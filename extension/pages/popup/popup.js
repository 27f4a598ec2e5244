// Relais popup: choose the language, switch the overlay on or off for the current site.
// All text comes from the locale files through the background (`ui.strings`, and `ui.format`
// for the one message with an argument).
import { $, api, formatOne, send } from '../../shared/page-kit.js';

async function currentHost() {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  try {
    const url = new URL(tab?.url ?? '');
    return /^https?:$/.test(url.protocol) ? url.hostname : null;
  } catch {
    return null;
  }
}

let session = null; // the mediator session, if one is on: the language is then the person's

async function render() {
  const host = await currentHost();
  const settings = await send({ type: 'settings.get', host: host ?? 'none.invalid' });
  const [strings, locales] = await Promise.all([
    send({ type: 'ui.strings', lang: settings.lang }),
    send({ type: 'locale.list' }),
  ]);
  const meta = locales.find((l) => l.code === settings.lang);
  const produced = meta?.reviewed ? '' : await formatOne(settings.lang, 'popup-produced', { produced: meta?.produced ?? '' });
  document.documentElement.lang = settings.lang;
  document.documentElement.dir = meta?.dir ?? 'ltr';
  $('title').textContent = strings['popup-title'];
  $('lang-label').textContent = strings['popup-language'];
  const select = $('lang');
  select.replaceChildren(...locales.map((l) => {
    const o = document.createElement('option');
    o.value = l.code;
    o.textContent = l.code === 'fr' ? l.name : `${l.name} — ${l.englishName}`;
    o.lang = l.code;
    o.dir = l.dir;
    return o;
  }));
  select.value = settings.lang;
  $('review').textContent = meta?.reviewed
    ? strings['popup-reviewed']
    : `${strings['popup-unreviewed']} ${produced}`;
  $('report-label').textContent = strings['popup-report-note'];
  $('report').textContent = strings['popup-report'];
  $('journal').textContent = strings['popup-journal'];
  $('untranslated').textContent = strings['popup-untranslated'];
  session = await send({ type: 'mediator.state' });
  $('mediator-state').textContent = session ? strings['popup-mediator-on'] : '';
  $('mediator-start').textContent = strings['popup-mediator-start'];
  $('mediator-open').textContent = strings['popup-mediator-open'];
  $('mediator-start').hidden = Boolean(session);
  $('mediator-open').hidden = !session;
  $('report').disabled = !host;
  $('site').hidden = !host;
  if (host) {
    $('site-on').checked = settings.enabled;
    $('site-on-label').textContent = strings['popup-site-on'];
  }
}

$('lang').addEventListener('change', async (e) => {
  if (session) await send({ type: 'mediator.set', lang: e.target.value });
  else await send({ type: 'settings.set', lang: e.target.value });
  await render();
  $('lang').focus();
});

$('site-on').addEventListener('change', async (e) => {
  const host = await currentHost();
  if (host) await send({ type: 'settings.set', host, enabled: e.target.checked });
});

$('report').addEventListener('click', async () => {
  const r = await send({ type: 'journal.report', note: $('report-note').value });
  const strings = await send({ type: 'ui.strings', lang: document.documentElement.lang });
  $('report-status').textContent = `${strings['popup-recorded']} (${r.seq})`;
  $('report-note').value = '';
});

$('mediator-start').addEventListener('click', async () => {
  // The session starts in the language chosen above; the mediator page can change it.
  await send({ type: 'mediator.start', lang: $('lang').value });
  await api.tabs.create({ url: api.runtime.getURL('pages/mediator/mediator.html#phrases') });
});

$('mediator-open').addEventListener('click', () => {
  api.tabs.create({ url: api.runtime.getURL('pages/mediator/mediator.html#phrases') });
});

$('untranslated').addEventListener('click', () => {
  api.tabs.create({ url: api.runtime.getURL('pages/untranslated/untranslated.html') });
});

$('journal').addEventListener('click', () => {
  api.tabs.create({ url: api.runtime.getURL('pages/journal/journal.html') });
});

render().catch((err) => {
  $('error').hidden = false;
  $('error').textContent = `Relais: ${err.message}`;
});
