// What a mediator session leaves in the browser itself, outside Relais's own storage, and its
// removal at the end of the session, with the mediator's consent (the end-of-session form, checked
// by default). While a session lasts, the tabs it opens and the portal hosts it reaches are noted
// in `storage.session` (memory only); at its end, those tabs are closed and, with the optional
// `browsingData` permission (asked on the first end of a session), the browser removes:
// - for the portal hosts visited: cookies, cache, local storage, IndexedDB, service workers (and
//   in Chromium cache storage and file systems): every time, not only since the start (Firefox:
//   the whole cache, which it does not remove by host);
// - since the session started, for every site (neither browser can remove these for some sites
//   only): history, form data, the list of downloads.
// What each browser can and cannot remove is in docs/fin-de-seance.md (for the mediator, in
// French) and ARCHITECTURE.md; the reply says, item by item, what was removed and what remains.
import { api } from '../shared/api.js';

/** storage.session: `{started, tabs: [id], hosts: [name], window}` of the session on. */
export const TRACE_KEY = 'mediator.trace';
const PERMISSION = { permissions: ['browsingData'] };

const isFirefox = () => typeof api.runtime.getBrowserInfo === 'function';

async function readTrace() {
  return (await api.storage.session?.get(TRACE_KEY))?.[TRACE_KEY] ?? null;
}

// What this background knows without asking storage (the trace is the truth; these only save a
// storage round trip on every portal request): whether a session is on, the hosts noted.
let tracing = null; // null: not known yet (the background just started)
const seen = new Set();

let writing = Promise.resolve(); // trace updates one at a time (two tabs may open at once)

function update(change) {
  writing = writing.then(async () => {
    const trace = await readTrace();
    tracing = Boolean(trace);
    if (trace && change(trace)) await api.storage.session.set({ [TRACE_KEY]: trace });
  }).catch((e) => console.warn('Relais: session trace not noted', e));
  return writing;
}

/** A session starts: nothing of it is in the browser yet. */
export async function startTrace(started, window = null) {
  seen.clear();
  await api.storage.session.set({ [TRACE_KEY]: { started, tabs: [], hosts: [], window } });
  tracing = true;
}

export async function forgetTrace() {
  tracing = false;
  seen.clear();
  await api.storage.session?.remove(TRACE_KEY);
}

/** A tab opened (tabs.onCreated): one of the session's, if a session is on. */
export function noteTab(tab) {
  if (tracing === false || tab?.id === undefined || tab.id < 0) return;
  update((t) => !t.tabs.includes(tab.id) && t.tabs.push(tab.id));
}

/** A request to a portal host (webRequest: the portals only): a host the session visited, if one is on. */
export function noteHost(url) {
  if (tracing === false) return;
  let host;
  try {
    host = new URL(url).hostname;
  } catch {
    return;
  }
  if (seen.has(host)) return;
  update((t) => {
    seen.add(host);
    return !t.hosts.includes(host) && t.hosts.push(host);
  });
}

/** Every parent domain of the hosts too: Firefox removes cookies by their exact domain. */
function withParents(hosts) {
  const out = new Set();
  for (const h of hosts) {
    const labels = h.split('.');
    for (let i = 0; i < labels.length - 1; i++) out.add(labels.slice(i).join('.'));
  }
  return [...out];
}

async function removal(what, run) {
  try {
    await run();
    return { what, ok: true };
  } catch (e) {
    return { what, ok: false, detail: String(e?.message ?? e) };
  }
}

/**
 * Removes the session's traces from the browser (the session's own storage is removed apart).
 * `keepTab`: the tab that asked (the mediator page), left open. Returns what was done: `{tabs,
 * window, hosts, started, permission, removed: [{what, ok, detail?}], openTabs, browser}`.
 */
export async function removeTraces(trace, keepTab) {
  const report = { browser: isFirefox() ? 'firefox' : 'chromium', started: trace.started, hosts: trace.hosts, tabs: 0, window: false, removed: [], openTabs: 0 };
  // The session's tabs (and its private window) first: a tab still open keeps its page's state.
  const open = await api.tabs.query({});
  const closing = open.filter((t) => t.id !== keepTab && (trace.tabs.includes(t.id) || (trace.window !== null && t.windowId === trace.window)));
  if (closing.length) await api.tabs.remove(closing.map((t) => t.id)).catch((e) => console.warn('Relais: tabs not closed', e));
  report.tabs = closing.length;
  if (trace.window !== null) report.window = await api.windows.remove(trace.window).then(() => true, () => !open.some((t) => t.windowId === trace.window));
  // Tabs that stay open on a portal the session visited (opened before it): their pages' state stays.
  report.openTabs = open.filter((t) => !closing.includes(t) && t.id !== keepTab && t.url && trace.hosts.includes(new URL(t.url).hostname)).length;

  report.permission = await api.permissions.contains(PERMISSION).catch(() => false);
  if (!report.permission || !api.browsingData) return report;
  const bd = api.browsingData;
  const since = { since: trace.started };
  if (trace.hosts.length) {
    if (report.browser === 'firefox') {
      const hostnames = withParents(trace.hosts);
      report.removed.push(await removal('sites', () => bd.remove({ hostnames }, { cookies: true, indexedDB: true, localStorage: true, serviceWorkers: true })));
      // Firefox keeps cached pages whatever `hostnames` says (the forensic test found a portal's
      // page in cache2/ after removeCache({hostnames})): its whole cache goes, which costs only
      // the next pages' loading time.
      report.removed.push(await removal('cache', () => bd.removeCache({})));
    } else {
      const origins = trace.hosts.flatMap((h) => [`https://${h}`, `http://${h}`]);
      report.removed.push(await removal('sites', () => bd.remove({ origins }, {
        cookies: true, indexedDB: true, localStorage: true, serviceWorkers: true, cacheStorage: true, fileSystems: true,
      })));
      report.removed.push(await removal('cache', () => bd.remove({ origins }, { cache: true })));
    }
  }
  report.removed.push(await removal('history', () => bd.remove(since, { history: true, formData: true, downloads: true })));
  return report;
}
