// The link to answers (src/data/link.rs): the case file's JSON packed as `dayarlyq link` packs
// it (crates/rules/src/link.rs) — raw DEFLATE by the browser's own CompressionStream, then
// base64url without padding — and unpacked again. Part of the module fetched on demand.

// The payload of the link the page was opened with, once (taken off the address by browser.js).
export function takeOpened() {
  const key = Symbol.for('dayarlyq.link');
  const payload = globalThis[key];
  delete globalThis[key];
  return typeof payload === 'string' ? payload : undefined;
}

const bytesOf = async (stream) => new Uint8Array(await new Response(stream).arrayBuffer());

export async function packLink(json) {
  const text = new Blob([new TextEncoder().encode(json)]).stream();
  const packed = await bytesOf(text.pipeThrough(new CompressionStream('deflate-raw')));
  let binary = '';
  for (const b of packed) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

// The JSON text of a link's payload; rejects when it is not base64url, does not unpack, unpacks
// to more than `max` bytes (read a piece at a time: a small link cannot fill the memory) or is
// not UTF-8.
export async function unpackLink(payload, max) {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(payload)) throw new Error('not base64url');
  const base64 = payload.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const packed = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const reader = new Blob([packed]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const parts = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      reader.cancel().catch(() => {});
      throw new Error('too large');
    }
    parts.push(value);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(await bytesOf(new Blob(parts).stream()));
}

export async function copyText(text) {
  await navigator.clipboard.writeText(text);
}
