// Evaluating in Firefox's extension background, for tests that must act as the person does in an
// extension page (puppeteer cannot open moz-extension:// pages, and WebDriver BiDi does not press
// extension shortcuts): the Remote Debugging Protocol (what about:debugging uses), over the port
// Firefox opens with --start-debugger-server. Packets are `length:JSON`. The background's modules
// are reached with import() from its own document, so a test calls the very handlers the
// extension's pages call (e.g. background/mediator.js `mediator.start`).
import net from 'node:net';

/** A minimal RDP client: `send(packet)` resolves the actor's reply; `next(match)` an event. */
export function rdpClient(port) {
  const sock = net.createConnection({ port, host: '127.0.0.1' });
  let buf = Buffer.alloc(0);
  const waiters = [];
  const packets = [];
  sock.on('data', (d) => {
    buf = Buffer.concat([buf, d]);
    for (;;) {
      const colon = buf.indexOf(':');
      if (colon < 0) return;
      const len = Number(buf.subarray(0, colon).toString());
      if (buf.length < colon + 1 + len) return;
      const p = JSON.parse(buf.subarray(colon + 1, colon + 1 + len).toString());
      buf = buf.subarray(colon + 1 + len);
      const w = waiters.find((x) => x.match(p));
      if (w) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      } else {
        packets.push(p);
      }
    }
  });
  const next = (match, timeout = 15000) => new Promise((resolve, reject) => {
    const i = packets.findIndex(match);
    if (i >= 0) return resolve(packets.splice(i, 1)[0]);
    const w = { match, resolve };
    waiters.push(w);
    setTimeout(() => {
      if (waiters.includes(w)) reject(new Error('RDP: no answer'));
    }, timeout);
  });
  return {
    ready: new Promise((resolve, reject) => {
      sock.once('error', reject);
      next((p) => p.from === 'root' && p.applicationType).then(resolve, reject);
    }),
    next,
    /** The reply of `packet.to` (replies have no `type`; events have one). */
    send(packet) {
      const s = JSON.stringify(packet);
      sock.write(`${Buffer.byteLength(s)}:${s}`);
      return next((r) => r.from === packet.to && !r.type).then((r) => (r.error ? Promise.reject(new Error(`RDP ${r.error}: ${r.message}`)) : r));
    },
    close: () => sock.end(),
  };
}

/**
 * A function that evaluates `expression` (awaited; it should return JSON-able text) in the
 * background document of the add-on `addonId`.
 */
export async function backgroundEvaluator(port, addonId) {
  const c = rdpClient(port);
  await c.ready;
  const { addons } = await c.send({ to: 'root', type: 'listAddons' });
  const addon = addons.find((a) => a.id === addonId);
  if (!addon) throw new Error(`RDP: add-on ${addonId} not found`);
  const watcher = await c.send({ to: addon.actor, type: 'getWatcher', isServerTargetSwitchingEnabled: true, isPopupDebuggingEnabled: false });
  const target = c.next((p) => p.type === 'target-available-form' && p.target.url.startsWith('moz-extension://') && p.target.url.includes('background'));
  await c.send({ to: watcher.actor, type: 'watchTargets', targetType: 'frame' });
  const { consoleActor } = (await target).target;
  const evaluate = async (expression) => {
    const { resultID } = await c.send({ to: consoleActor, type: 'evaluateJSAsync', text: expression, mapped: { await: true } });
    const r = await c.next((p) => p.type === 'evaluationResult' && p.resultID === resultID);
    if (r.hasException || r.topLevelAwaitRejected) throw new Error(`background: ${JSON.stringify(r.exceptionMessage ?? r.exception ?? r)}`);
    return r.result;
  };
  evaluate.close = () => c.close();
  return evaluate;
}
