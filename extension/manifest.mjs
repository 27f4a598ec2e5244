// Generates dist/<browser>/manifest.json from the one source, manifest.src.json.
// Usage: node extension/manifest.mjs <chrome|firefox> <version> <out-file>
// The "chrome" and "firefox" keys of the source hold what differs between browsers:
// - Chrome runs the background as a module service worker (background.service_worker).
// - Firefox runs it as an event page (background.scripts) and needs an add-on id
//   (browser_specific_settings.gecko.id); "data_collection_permissions: none" declares
//   that Relais collects nothing (Firefox's built-in consent, required for new add-ons).
// Content scripts match exactly the host permissions: the overlay runs on the portals only.
import { readFileSync, writeFileSync } from 'node:fs';

const [browser, version, out] = process.argv.slice(2);
if (!['chrome', 'firefox'].includes(browser) || !/^\d+\.\d+\.\d+$/.test(version ?? '') || !out) {
  console.error('usage: node manifest.mjs <chrome|firefox> <x.y.z> <out-file>');
  process.exit(2);
}
const src = JSON.parse(readFileSync(new URL('./manifest.src.json', import.meta.url), 'utf8'));
const specific = src[browser];
delete src.chrome;
delete src.firefox;
src.version = version;
for (const cs of src.content_scripts) cs.matches = src.host_permissions;
Object.assign(src, specific);
writeFileSync(out, JSON.stringify(src, null, 2) + '\n');
