// A static file server for the release build, on loopback only: what any static host does,
// brotli included (`Content-Encoding: br` when the browser accepts it, as a real host sends it,
// so that throttled measurements move the bytes a visitor would), with the deployment headers of
// `<dir>/_headers` (Netlify / Cloudflare Pages format, written by `cargo xtask dist`) applied, so
// the app runs under its real Content-Security-Policy.
//
// usage: node tests/e2e/serve.mjs <dir> <port> [--rewrite <from>=<to>]...
//   --rewrite  replaces text in the HTML files served (the embedding example's address of the app)
//
// For the test of a new release only: a request for /sw.js with the cookie
// `dayarlyq-release=<n>` gets the service worker with a line added, as a new build would change
// it. Cookies are per browser context, so other tests never see that release.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const rewrites = [];
for (let i = args.indexOf('--rewrite'); i !== -1; i = args.indexOf('--rewrite')) {
  const [from, ...to] = (args[i + 1] || '').split('=');
  rewrites.push([from, to.join('=')]);
  args.splice(i, 2);
}
const root = resolve(args[0] || 'dist');
const port = Number(args[1] || 8081);

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

/** The rules of a `_headers` file: [{ pattern, headers: [[name, value]] }], in file order. */
function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
    } else if (rules.length) {
      const colon = line.indexOf(':');
      if (colon > 0) rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** Whether a `_headers` path pattern matches `path` (`*` matches anything, Netlify's splat). */
function matches(pattern, path) {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(path);
}

async function deploymentHeaders() {
  try {
    return parseHeaders(await readFile(join(root, '_headers'), 'utf8'));
  } catch {
    return [];
  }
}

createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (file !== root && !file.startsWith(root + sep)) throw new Error('outside root');
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    let body = await readFile(file);
    const headers = { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache' };
    for (const rule of await deploymentHeaders()) {
      if (!matches(rule.pattern, url.pathname)) continue;
      for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
    }
    if (extname(file) === '.html' && rewrites.length) {
      let text = body.toString('utf8');
      for (const [from, to] of rewrites) text = text.split(from).join(to);
      body = Buffer.from(text);
    }
    const release = /(?:^|;\s*)dayarlyq-release=(\d+)/.exec(req.headers.cookie || '');
    if (url.pathname === '/sw.js' && release) body = Buffer.concat([body, Buffer.from(`\n// release ${release[1]}\n`)]);
    send(req, res, headers, body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
