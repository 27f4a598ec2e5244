// HTTP failures on the portals, observed without blocking anything (webRequest, observe only).
// The manifest's host permissions limit these events to the portals. Which responses and errors
// are failures, and how the journal says them, is the core's decision (`Core.noticed`); the main
// frame's `Date` header is kept as the server's own time of the tab's later records.
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
    if (d.tabId >= 0) noticed(d, { source: 'http', status: d.statusCode, statusLine: d.statusLine ?? '' });
  }, filter);
  api.webRequest.onErrorOccurred.addListener((d) => {
    if (d.tabId >= 0) noticed(d, { source: 'network', error: d.error ?? '' });
  }, filter);
}

/** Records what a tab's request met, if the core says it is a failure and the overlay is on there. */
async function noticed(d, what) {
  try {
    const c = await core();
    const failure = c.noticed(what); // {failure, httpStatus, message}, or null: most responses, a cancelled request
    if (!failure) return;
    const settings = await readSettings();
    if (settings.disabledHosts.includes(new URL(d.url).hostname)) return;
    const tab = await api.tabs.get(d.tabId).catch(() => null);
    await recordFailure(c, settings, { ...failure, url: d.url, title: tab?.title ?? '', tabId: d.tabId }, null);
  } catch (e) {
    console.error('Relais could not record an HTTP failure:', e);
  }
}
