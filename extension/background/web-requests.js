// HTTP failures on the portals, observed without blocking anything (webRequest, observe only).
// The manifest's host permissions limit these events to the portals. The main frame's `Date`
// header is kept as the server's own time of the tab's later records.
import { api } from '../shared/api.js';
import { core } from './core.js';
import { noteServerDate, recordFailure } from './journal.js';
import { readSettings } from './settings.js';

/** Registers the observers (at the background's start, synchronously). */
export function watchRequests() {
  if (!api.webRequest) return;
  const filter = { urls: api.runtime.getManifest().host_permissions, types: ['main_frame', 'xmlhttprequest'] };
  api.webRequest.onHeadersReceived.addListener((d) => {
    if (d.type !== 'main_frame') return;
    const date = d.responseHeaders?.find((h) => h.name.toLowerCase() === 'date')?.value;
    if (date) noteServerDate(d.tabId, date);
  }, filter, ['responseHeaders']);
  api.webRequest.onCompleted.addListener((d) => {
    if (d.statusCode < 400 || d.tabId < 0) return;
    httpFailure(d, d.statusCode, `HTTP ${d.statusCode} ${d.statusLine?.replace(/^HTTP\/\S+\s+\d+\s*/, '') ?? ''}`.trim());
  }, filter);
  api.webRequest.onErrorOccurred.addListener((d) => {
    if (d.tabId < 0 || /ABORTED|NS_BINDING_ABORTED/.test(d.error)) return;
    httpFailure(d, null, `Erreur réseau : ${d.error}`);
  }, filter);
}

async function httpFailure(d, status, message) {
  try {
    const c = await core();
    const settings = await readSettings();
    const host = new URL(d.url).hostname;
    if (settings.disabledHosts.includes(host)) return;
    const tab = d.tabId >= 0 ? await api.tabs.get(d.tabId).catch(() => null) : null;
    await recordFailure(c, settings, {
      failure: status === null ? 'timeout' : status === 503 ? 'unavailable' : 'http-error',
      httpStatus: status, message, url: d.url, title: tab?.title ?? '', tabId: d.tabId,
    }, null);
  } catch (e) {
    console.error('Relais could not record an HTTP failure:', e);
  }
}
