// What the extension's own code may never do, checked on the built sources: no eval or Function
// constructor, no HTML sink for page text, no network request except its own packaged files (and
// the RFC 3161 request to the authorities the person chose), no
// host permission beyond the portals, no CAPTCHA service contacted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_EXT, CHROME_SHIPPED, FIREFOX_EXT, FIREFOX_SHIPPED } from './lib/browsers.mjs';

function sources(dir) {
  const out = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) { if (e !== 'pkg') out.push(...sources(p)); } else if (e.endsWith('.js')) out.push(p);
  }
  return out;
}

test('no eval, no HTML sinks, no network but the extension\'s own files', () => {
  const files = sources(CHROME_SHIPPED);
  assert.ok(files.length >= 5);
  for (const f of files) {
    const src = readFileSync(f, 'utf8');
    assert.doesNotMatch(src, /\beval\s*\(|new\s+Function\s*\(/, `${f}: eval`);
    assert.doesNotMatch(src, /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/, `${f}: HTML sink`);
    for (const m of src.matchAll(/\bfetch\(([^)]*)\)/g)) {
      // The one exception: the RFC 3161 request to the time-stamping authorities the person
      // listed, sent from the background on their click (background/timestamps.js, timestampAuthority).
      if (f.endsWith('/background/timestamps.js') && /^tsa, \{ method: 'POST', headers: \{ 'Content-Type': 'application\/timestamp-query' \}/.test(m[1])) continue;
      assert.match(m[1], /getURL|^\s*url\s*$|^p\)$/, `${f}: fetch(${m[1]}) is not one of the extension's own files`);
    }
    assert.doesNotMatch(src, /new XMLHttpRequest|new WebSocket|sendBeacon|new EventSource/, `${f}: network request`);
    assert.doesNotMatch(src, /2captcha|anti-captcha|capmonster|deathbycaptcha|captchasolver/i, `${f}: CAPTCHA solving service`);
  }
  const manifest = JSON.parse(readFileSync(join(CHROME_SHIPPED, 'manifest.json'), 'utf8'));
  assert.ok(!manifest.host_permissions.some((h) => h.includes('<all_urls>') || h === '*://*/*' || h === 'https://*/*'), 'host permissions beyond the portals');
  assert.ok(!manifest.externally_connectable, 'web pages must not reach the background');
  assert.match(manifest.content_security_policy.extension_pages, /^script-src 'self' 'wasm-unsafe-eval'; object-src 'self'$/);
});

test('the shipped build keeps the overlay out of the page: closed roots, nothing on <html>, nothing web-accessible', () => {
  const read = (dir, f) => readFileSync(join(dir, f), 'utf8');
  // One switch, two builds: the same files but build-flags.js.
  for (const [shipped, inspect] of [[CHROME_SHIPPED, CHROME_EXT], [FIREFOX_SHIPPED, FIREFOX_EXT]]) {
    assert.match(read(shipped, 'content/build-flags.js'), /inspect: false/);
    assert.match(read(inspect, 'content/build-flags.js'), /inspect: true/);
    for (const f of sources(join(shipped, 'content')).map((p) => p.slice(shipped.length + 1))) {
      if (f !== 'content/build-flags.js') assert.equal(read(shipped, f), read(inspect, f), `${f} differs between the builds`);
    }
    const manifest = JSON.parse(read(shipped, 'manifest.json'));
    assert.equal(manifest.web_accessible_resources, undefined, 'a web-accessible file lets any page detect Relais');
    for (const cs of manifest.content_scripts) {
      assert.equal(cs.css, undefined, 'a content-script stylesheet styles the page itself');
      assert.deepEqual(cs.js.slice(0, 2), ['content/build-flags.js', 'content/overlay-css.js']);
    }
  }
  const content = sources(join(CHROME_SHIPPED, 'content')).map((p) => [p, readFileSync(p, 'utf8')]);
  // Shadow roots: attached in one place, closed unless the build is the inspect one.
  const attach = content.flatMap(([p, src]) => [...src.matchAll(/attachShadow\(([^)]*)\)/g)].map((m) => [p, m[1]]));
  assert.deepEqual(attach.map(([p, a]) => [p.slice(CHROME_SHIPPED.length + 1), a]), [['content/reading.js', "{ mode: R.inspect ? 'open' : 'closed' }"]]);
  // Attributes on <html>: only through R.state (inspect build only).
  const onHtml = content.flatMap(([p, src]) => [...src.matchAll(/documentElement\.(setAttribute|toggleAttribute|classList|style|dataset)/g)].map((m) => `${p.slice(CHROME_SHIPPED.length + 1)}: ${m[0]}`));
  assert.deepEqual(onHtml, ['content/reading.js: documentElement.setAttribute'], 'Relais writes on the page\'s <html> outside R.state');
  assert.match(readFileSync(join(CHROME_SHIPPED, 'content/reading.js'), 'utf8'), /state\(name, value\) \{\n\s+if \(!R\.inspect\) return;/);
});
