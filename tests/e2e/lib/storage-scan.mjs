// Where could a browser have kept something? The tests read every storage area and database
// an extension context sees (dumpDatabases runs inside the browser), then every file of the
// profile after the browser closed (scanProfile, here): text is searched as UTF-8 and as
// UTF-16, and Firefox's compressed session files (mozLz4) are unpacked first. Chromium's
// LevelDB tables may compress their blocks: what they hold is read through the APIs instead.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every IndexedDB database of the calling origin, every store, every key and value, as text
 * (bytes decoded as UTF-8). Runs in the browser: it must stay self-contained.
 */
export async function dumpDatabases() {
  const req = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  const lines = [];
  for (const { name } of await indexedDB.databases()) {
    const db = await req(indexedDB.open(name));
    for (const store of db.objectStoreNames) {
      const s = db.transaction(store).objectStore(store);
      const [keys, values] = await Promise.all([req(s.getAllKeys()), req(s.getAll())]);
      keys.forEach((k, i) => {
        let v = values[i];
        if (v instanceof ArrayBuffer) v = new Uint8Array(v);
        if (ArrayBuffer.isView(v)) v = new TextDecoder().decode(v);
        lines.push(`${name}/${store}/${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
      });
    }
    db.close();
  }
  return lines.join('\n');
}

/** An LZ4 block (Firefox's mozLz4 files: "mozLz40\0", the size, one block). */
function lz4Block(src, size) {
  const out = Buffer.alloc(size);
  let i = 0;
  let o = 0;
  while (i < src.length) {
    const token = src[i++];
    let lit = token >> 4;
    if (lit === 15) for (let b = 255; b === 255;) { b = src[i++]; lit += b; }
    src.copy(out, o, i, i + lit);
    i += lit;
    o += lit;
    if (i >= src.length) break;
    const offset = src[i] | (src[i + 1] << 8);
    i += 2;
    let len = token & 15;
    if (len === 15) for (let b = 255; b === 255;) { b = src[i++]; len += b; }
    len += 4;
    for (let k = 0; k < len; k++, o++) out[o] = out[o - offset];
  }
  return out.subarray(0, o);
}

function* files(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (e.isFile()) yield p;
  }
}

/** The files of `dir` that hold any of `needles` (UTF-8 or UTF-16LE, mozLz4 unpacked). */
export function scanProfile(dir, needles) {
  const patterns = needles.flatMap((n) => [Buffer.from(n, 'utf8'), Buffer.from(n, 'utf16le')]);
  const found = [];
  for (const f of files(dir)) {
    if (statSync(f).size > 256 << 20) continue;
    let bytes = readFileSync(f);
    if (bytes.subarray(0, 8).toString('latin1') === 'mozLz40\0') bytes = lz4Block(bytes.subarray(12), bytes.readUInt32LE(8));
    if (patterns.some((p) => bytes.includes(p))) found.push(f.slice(dir.length + 1));
  }
  return found;
}
