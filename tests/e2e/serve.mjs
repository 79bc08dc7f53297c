// A static file server for the release build, on loopback only: what any static host does,
// brotli included (`Content-Encoding: br` when the browser accepts it, as a real host sends it,
// so that throttled measurements move the bytes a visitor would).
// usage: node tests/e2e/serve.mjs <dir> <port>
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] || 'dist');
const port = Number(process.argv[3] || 8081);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Types worth compressing (images other than SVG are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(wasm|json|manifest\+json)|image\/svg)/;
/** Brotli bodies by the SHA-256 of the plain body: each file is compressed once, at quality 11. */
const brotliCache = new Map();

/** Brotli of `body` at the highest quality, from the cache when the same body was sent before. */
function brotli(body) {
  const key = createHash('sha256').update(body).digest('hex');
  let packed = brotliCache.get(key);
  if (!packed) {
    packed = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } });
    brotliCache.set(key, packed);
  }
  return packed;
}

/** Whether an Accept-Encoding header takes `br` (listed, and not with q=0). */
function acceptsBrotli(header = '') {
  return header.split(',').some((part) => {
    const [coding, ...params] = part.split(';').map((p) => p.trim());
    const q = params.find((p) => p.startsWith('q='));
    return coding.toLowerCase() === 'br' && (!q || Number(q.slice(2)) > 0);
  });
}

/** Sends `body` with `headers`, brotli-compressed when the type is worth it and the request accepts `br`. */
function send(req, res, headers, body) {
  if (COMPRESSIBLE.test(headers['content-type'] || '')) {
    headers.vary = 'accept-encoding';
    if (acceptsBrotli(req.headers['accept-encoding'])) {
      headers['content-encoding'] = 'br';
      body = brotli(body);
    }
  }
  headers['content-length'] = body.length;
  res.writeHead(200, headers);
  res.end(body);
}

createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root)) throw new Error('outside root');
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    const body = await readFile(file);
    send(req, res, {
      'content-type': TYPES[extname(file)] || 'application/octet-stream',
      'cache-control': 'no-cache',
    }, body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
}).listen(port, '127.0.0.1');
