// Reading aloud with the browser's own speech synthesis, in the language of the text, with a
// voice of that language only: when the computer has none, the person is told so and offered
// the French instead (never a wrong voice). Part of the content scripts' namespace (see reading.js).
(() => {
  'use strict';
  const R = globalThis.__relais;
  if (!R || R.speech) return; // injected twice: the first copy stays

  const { make, t } = R;

  function voices() {
    const synth = globalThis.speechSynthesis;
    if (!synth) return Promise.resolve([]);
    const now = synth.getVoices();
    if (now.length) return Promise.resolve(now);
    // Voices load asynchronously; a browser with none never fires the event.
    return new Promise((resolve) => {
      const done = () => resolve(synth.getVoices());
      synth.addEventListener('voiceschanged', done, { once: true });
      setTimeout(done, 5000);
    });
  }

  /** The voice for a BCP 47 tag: same tag, else same primary language (fa-AF → fa). */
  function pickVoice(list, tag) {
    const norm = (t) => t.toLowerCase().replace('_', '-');
    const want = norm(tag);
    const primary = want.split('-')[0];
    return list.find((v) => norm(v.lang) === want)
      ?? list.find((v) => norm(v.lang).split('-')[0] === primary)
      ?? null;
  }

  function speechTag(lang) {
    if (lang === R.settings.lang) return R.settings.speech || lang;
    return { en: 'en-GB', fr: 'fr-FR' }[lang] ?? lang;
  }

  /** Speaks `text` in `lang`; resolves false when this computer has no voice for it. */
  async function speak(text, lang) {
    const voice = pickVoice(await voices(), speechTag(lang));
    if (!voice) return false;
    const synth = globalThis.speechSynthesis;
    synth.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    synth.speak(u);
    return true;
  }

  /** The "read aloud" button as made for every overlay, without its listener (`arm` adds it). */
  function readAloudProto() {
    const label = t('overlay-read-aloud');
    return make('button', {
      type: 'button',
      class: 'relais-speak-button',
      lang: R.settings.lang,
      dir: R.settings.dir,
      'aria-label': label,
      title: label,
    }, '🔊');
  }

  /** A "read aloud" button; when no voice exists, says so and offers French instead. */
  function readAloudButton(getText, lang, getFrench, place) {
    const b = R.copy(`speak ${R.settings.lang} ${R.settings.dir} ${t('overlay-read-aloud')}`, readAloudProto);
    return arm(b, getText, lang, getFrench, place);
  }

  /** Makes `b` (a copy of `readAloudProto`) read `getText()` aloud in `lang` when clicked. */
  function arm(b, getText, lang, getFrench, place) {
    b.addEventListener('click', async (ev) => {
      ev.preventDefault();
      ev.stopPropagation();
      const spoken = await speak(getText(), lang);
      if (spoken || b.nextElementSibling?.classList.contains('relais-no-voice')) return;
      const note = make('span', { class: 'relais-no-voice', role: 'status', lang: R.settings.lang, dir: R.settings.dir }, t('overlay-no-voice') + ' ');
      const fr = make('button', { type: 'button', class: 'relais-speak-button relais-speak-fr', lang: R.settings.lang, dir: R.settings.dir }, t('overlay-read-french'));
      fr.addEventListener('click', (e) => {
        e.preventDefault();
        e.stopPropagation();
        speak(getFrench(), 'fr');
      });
      note.append(fr);
      (place ?? b).after(note);
    });
    return b;
  }

  R.speech = { speak, readAloudButton, readAloudProto, arm };
})();
