// The mediator page: the session's language, phrase cards shown full-screen or read aloud in the
// person's language, the session's notes, the end of the session, and the profiles kept on this
// computer. Everything the mediator or the person types (notes, passphrases) is typed here, in
// the extension's own page, never in the portal's page. Every change goes through the background.
import { fromBase64 } from '../../shared/base64.js';
import { $, api, el, format, formatOne, send } from '../../shared/page-kit.js';

let strings = {};
let lang; // the page's language: the mediator's own
let state = null; // { session, settings, locales }
const t = (id) => strings[id] ?? `[${id}]`;
/** A message with arguments, formatted by the core; if even that fails, its id. */
const say = (id, args) => formatOne(lang, id, args).catch(() => `[${id}]`);

/** The page's status line (read by screen readers). */
function announce(text) {
  $('status').textContent = text;
}

// ---- speech -------------------------------------------------------------------------------------

function voices() {
  const synth = globalThis.speechSynthesis;
  if (!synth) return Promise.resolve([]);
  if (synth.getVoices().length) return Promise.resolve(synth.getVoices());
  return new Promise((resolve) => {
    const done = () => resolve(synth.getVoices());
    synth.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 3000);
  });
}

async function speak(text, tag) {
  const norm = (s) => s.toLowerCase().replace('_', '-');
  const list = await voices();
  const want = norm(tag);
  const voice = list.find((v) => norm(v.lang) === want) ?? list.find((v) => norm(v.lang).split('-')[0] === want.split('-')[0]);
  if (!voice) return false;
  speechSynthesis.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.voice = voice;
  u.lang = voice.lang;
  speechSynthesis.speak(u);
  return true;
}

// ---- rendering ----------------------------------------------------------------------------------

async function load() {
  const session = await send({ type: 'mediator.state' });
  // In a session, settings.get answers in the person's language and carries the mediator's
  // strings: this page speaks the mediator's language.
  const settings = await send({ type: 'settings.get', host: 'mediator.invalid' });
  const locales = await send({ type: 'locale.list' });
  state = { session, settings, locales };
  const own = settings.mediator ?? settings;
  strings = own.strings;
  lang = own.lang;
  document.documentElement.lang = own.lang;
  document.documentElement.dir = own.dir;
  return state;
}

function texts() {
  for (const [id, key] of [
    ['title', 'mediator-title'], ['intro', 'mediator-intro'], ['nav-phrases', 'mediator-phrases'], ['nav-notes', 'mediator-notes'],
    ['nav-end', 'mediator-end'], ['nav-profiles', 'mediator-profiles-title'], ['session-title', 'mediator-session-title'],
    ['lang-label', 'mediator-choose-language'], ['start', 'mediator-start'], ['journal', 'popup-journal'], ['phrases-title', 'mediator-phrases-title'],
    ['notes-title', 'mediator-notes-title'], ['notes-label', 'mediator-notes'], ['notes-help', 'mediator-notes-help'],
    ['end-title', 'mediator-end-title'], ['end-help', 'mediator-end-help'], ['keep-legend', 'mediator-keep-legend'],
    ['keep-none-label', 'mediator-keep-none'], ['keep-profile-label', 'mediator-keep-profile'], ['profile-name-label', 'mediator-profile-name'],
    ['passphrase-label', 'mediator-passphrase'], ['passphrase-again-label', 'mediator-passphrase-again'], ['keep-notes-label', 'mediator-keep-notes'],
    ['end-button', 'mediator-end-button'], ['profiles-title', 'mediator-profiles-title'], ['card-close', 'mediator-card-close'],
    ['card-read', 'mediator-card-read'], ['card-read-fr', 'overlay-read-french'],
  ]) $(id).textContent = t(key);
  document.title = `Relais — ${t('mediator-title')}`;
}

async function renderSession() {
  const { session, locales } = state;
  const started = session ? await say('mediator-session-on', { started: new Date(session.started).toLocaleString(document.documentElement.lang) }) : null;
  $('session-state').textContent = started ?? t('mediator-no-session');
  const select = $('lang');
  const chosen = select.value; // before a session: the language the mediator picked, kept
  select.replaceChildren(...locales.filter((l) => l.code !== 'fr').map((l) => el('option', { value: l.code, lang: l.code, dir: l.dir }, `${l.name} — ${l.englishName}`)));
  select.value = session?.lang ?? (chosen || state.settings.lang);
  // A French-speaking mediator's own language is not one a person is offered: English then.
  if (!select.value) select.value = [...select.options].some((o) => o.value === 'en') ? 'en' : select.options[0]?.value ?? '';
  $('start').hidden = Boolean(session);
  for (const id of ['notes', 'end']) $(id).hidden = !session;
  $('nav-notes').hidden = !session;
  $('nav-end').hidden = !session;
  $('notes-text').value = session?.notes ?? '';
}

async function renderPhrases() {
  const lang = state.session?.lang ?? $('lang').value;
  const groups = await send({ type: 'phrases.get', lang });
  const meta = state.locales.find((l) => l.code === lang);
  document.body.dataset.phrases = String(groups.reduce((n, g) => n + g.cards.length, 0));
  document.body.dataset.phrasesLang = lang;
  $('groups').replaceChildren(...groups.map((g) => {
    const heading = el('h3', { id: `group-${g.id}` },
      el('span', { lang: meta?.code ?? lang, dir: meta?.dir ?? 'ltr' }, g.title), ' — ', el('span', { lang: 'fr', dir: 'ltr' }, g.titleFr));
    const list = el('ul', { class: 'cards', 'aria-labelledby': `group-${g.id}` }, ...g.cards.map((c) => {
      const b = el('button', { type: 'button', class: 'phrase', 'data-card': c.id },
        el('span', { class: 'text', lang: c.lang, dir: c.dir }, c.text),
        el('span', { class: 'fr', lang: 'fr', dir: 'ltr' }, c.fr),
        c.reviewed ? '' : el('span', { class: 'unreviewed' }, t('mediator-unreviewed')));
      b.addEventListener('click', () => showCard(c, meta));
      return el('li', {}, b);
    }));
    return el('section', { class: 'group', 'data-group': g.id }, heading, list);
  }));
}

let cardOpener = null;

function showCard(card, meta) {
  cardOpener = document.activeElement;
  const dialog = $('card');
  dialog.dataset.card = card.id;
  $('card-text').textContent = card.text;
  $('card-text').lang = card.lang;
  $('card-text').dir = card.dir;
  $('card-fr').textContent = card.fr;
  $('card-note').textContent = card.reviewed ? '' : t('mediator-unreviewed');
  $('card-status').textContent = '';
  $('card-read').onclick = async () => {
    const ok = await speak(card.text, card.lang === meta?.code ? (state.settings.speech || card.lang) : card.lang);
    $('card-status').textContent = ok ? '' : t('overlay-no-voice');
    $('card-status').lang = document.documentElement.lang;
  };
  $('card-read-fr').onclick = () => speak(card.fr, 'fr-FR');
  dialog.showModal();
  $('card-read').focus();
}

$('card-close').addEventListener('click', () => $('card').close());
$('card').addEventListener('close', () => {
  speechSynthesis?.cancel();
  cardOpener?.focus();
});

async function renderProfiles() {
  const profiles = await send({ type: 'profile.list' });
  document.body.dataset.profiles = String(profiles.length);
  if (!profiles.length) {
    $('profile-list').replaceChildren(el('p', {}, t('mediator-profiles-empty')));
    return;
  }
  const day = (iso) => new Date(iso).toLocaleDateString(document.documentElement.lang);
  const dates = await format(lang, profiles.map((p) => ({ id: 'mediator-profile-dates', args: { created: day(p.created), updated: day(p.updated) } })));
  $('profile-list').replaceChildren(...profiles.map((p, i) => {
    const pass = el('input', { type: 'password', id: `profile-pass-${i}`, autocomplete: 'current-password' });
    const status = el('p', { class: 'error', role: 'alert', id: `profile-error-${i}` });
    const run = (what) => async () => {
      status.textContent = '';
      try {
        if (what === 'open') {
          await send({ type: 'profile.open', profile: p.name, passphrase: pass.value });
          pass.value = '';
          announce(await say('mediator-profile-opened', { profile: p.name }));
          await refresh();
        } else if (what === 'export') {
          const { bundle } = await send({ type: 'profile.export', profile: p.name, passphrase: pass.value });
          pass.value = '';
          const bytes = fromBase64(bundle);
          const a = el('a', { href: URL.createObjectURL(new Blob([bytes], { type: 'application/zip' })), download: `relais-dossier-${p.name.replace(/[^\p{L}\p{N}_-]+/gu, '_')}.zip` });
          document.body.append(a);
          a.click();
          a.remove();
        } else if (confirm(t('mediator-profile-delete-confirm'))) {
          await send({ type: 'profile.delete', profile: p.name });
          announce(await say('mediator-profile-deleted', { profile: p.name }));
          await renderProfiles();
        }
      } catch (e) {
        status.textContent = e.name === 'WrongPassphraseError' ? t('mediator-wrong-passphrase') : e.message;
      }
    };
    const button = (key, what, cls) => {
      const b = el('button', { type: 'button', class: cls, 'data-profile-action': what }, t(key));
      b.addEventListener('click', run(what));
      return b;
    };
    return el('div', { class: 'profile', 'data-profile': p.name },
      el('h3', {}, p.name),
      el('p', { class: 'help' }, dates[i]),
      el('label', { for: pass.id }, t('mediator-passphrase')), pass,
      el('div', {}, state.session ? '' : button('mediator-profile-open', 'open', ''), button('mediator-profile-export', 'export', 'secondary'), button('mediator-profile-delete', 'delete', 'danger')),
      status);
  }));
}

async function refresh() {
  await load();
  texts();
  await renderSession();
  await Promise.all([renderPhrases(), renderProfiles()]);
}

// ---- actions ------------------------------------------------------------------------------------

$('start').addEventListener('click', async () => {
  try {
    await send({ type: 'mediator.start', lang: $('lang').value });
    await refresh();
    announce(t('mediator-started'));
  } catch (e) {
    announce(e.message);
  }
});

$('lang').addEventListener('change', async () => {
  try {
    if (state.session) {
      await send({ type: 'mediator.set', lang: $('lang').value });
      await refresh();
    } else {
      await renderPhrases(); // a preview of the cards in the chosen language
    }
    $('lang').focus();
  } catch (e) {
    announce(e.message);
  }
});

$('journal').addEventListener('click', () => api.tabs.create({ url: api.runtime.getURL('pages/journal/journal.html') }));

let notesTimer = null;
$('notes-text').addEventListener('input', () => {
  clearTimeout(notesTimer);
  notesTimer = setTimeout(async () => {
    try {
      await send({ type: 'mediator.set', notes: $('notes-text').value });
      $('notes-saved').textContent = t('mediator-notes-saved');
    } catch (e) {
      $('notes-saved').textContent = e.message;
    }
  }, 400);
});

for (const r of document.querySelectorAll('input[name="keep"]')) {
  r.addEventListener('change', () => { $('keep-fields').hidden = !$('keep-profile').checked; });
}

$('end-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  $('end-error').textContent = '';
  const keep = $('keep-profile').checked;
  const msg = { type: 'mediator.end', keep };
  if (keep) {
    const name = $('profile-name').value.trim();
    const pass = $('passphrase').value;
    if (!name) { $('end-error').textContent = t('mediator-profile-name-needed'); $('profile-name').focus(); return; }
    if ([...pass].length < 8) { $('end-error').textContent = t('mediator-passphrase-short'); $('passphrase').focus(); return; }
    if (pass !== $('passphrase-again').value) { $('end-error').textContent = t('mediator-passphrase-mismatch'); $('passphrase-again').focus(); return; }
    Object.assign(msg, { profile: name, passphrase: pass, keepNotes: $('keep-notes').checked });
  }
  // Notes typed in the last moments are saved before the session ends.
  clearTimeout(notesTimer);
  try {
    if (state.session) await send({ type: 'mediator.set', notes: $('notes-text').value });
    const r = await send(msg);
    for (const id of ['profile-name', 'passphrase', 'passphrase-again', 'notes-text']) $(id).value = '';
    $('keep-none').checked = true;
    $('keep-notes').checked = false;
    $('keep-fields').hidden = true;
    await refresh();
    announce(r.kept ? await say('mediator-ended-kept', { profile: r.kept.name }) : t('mediator-ended'));
    $('status').focus?.();
  } catch (e) {
    $('end-error').textContent = e.name === 'WrongPassphraseError' ? t('mediator-wrong-passphrase') : e.message;
  }
});

function goToHash() {
  const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  if (target && !target.hidden) target.focus();
}
addEventListener('hashchange', goToHash);

refresh().then(() => {
  document.body.dataset.ready = 'true';
  goToHash();
}).catch((e) => {
  announce(`Relais: ${e.message}`);
  document.body.dataset.ready = 'error';
});
