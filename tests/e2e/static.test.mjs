// What the extension's own code may never do, checked on the built sources: no eval or Function
// constructor, no HTML sink for page text, no network request except its own packaged files (and
// the RFC 3161 request to the authorities the person chose), no
// host permission beyond the portals, no CAPTCHA service contacted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_EXT } from './lib/browsers.mjs';

function sources(dir) {
  const out = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) { if (e !== 'pkg') out.push(...sources(p)); } else if (e.endsWith('.js')) out.push(p);
  }
  return out;
}

test('no eval, no HTML sinks, no network but the extension\'s own files', () => {
  const files = sources(CHROME_EXT);
  assert.ok(files.length >= 5);
  for (const f of files) {
    const src = readFileSync(f, 'utf8');
    assert.doesNotMatch(src, /\beval\s*\(|new\s+Function\s*\(/, `${f}: eval`);
    assert.doesNotMatch(src, /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/, `${f}: HTML sink`);
    for (const m of src.matchAll(/fetch\(([^)]*)\)/g)) {
      // The one exception: the RFC 3161 request to the time-stamping authorities the person
      // listed, sent from the background on their click (background/timestamps.js, timestampAuthority).
      if (f.endsWith('/background/timestamps.js') && /^tsa, \{ method: 'POST', headers: \{ 'Content-Type': 'application\/timestamp-query' \}/.test(m[1])) continue;
      assert.match(m[1], /getURL|^\s*url\s*$|^p\)$/, `${f}: fetch(${m[1]}) is not one of the extension's own files`);
    }
    assert.doesNotMatch(src, /new XMLHttpRequest|new WebSocket|sendBeacon|new EventSource/, `${f}: network request`);
    assert.doesNotMatch(src, /2captcha|anti-captcha|capmonster|deathbycaptcha|captchasolver/i, `${f}: CAPTCHA solving service`);
  }
  const manifest = JSON.parse(readFileSync(join(CHROME_EXT, 'manifest.json'), 'utf8'));
  assert.ok(!manifest.host_permissions.some((h) => h.includes('<all_urls>') || h === '*://*/*' || h === 'https://*/*'), 'host permissions beyond the portals');
  assert.ok(!manifest.externally_connectable, 'web pages must not reach the background');
  assert.match(manifest.content_security_policy.extension_pages, /^script-src 'self' 'wasm-unsafe-eval'; object-src 'self'$/);
});
