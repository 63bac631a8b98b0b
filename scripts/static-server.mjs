// A tiny static file server for www/, bound to 127.0.0.1 only. Used by scripts/serve.sh and
// by the e2e tests (in-process). No dependencies; serves nothing outside its root.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1.
 * @param {string} root directory to serve
 * @param {number} [port] 0 picks a free port
 * @param {{log?: (line: string) => void}} [opts] log receives one line per request
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>}>}
 */
export async function startServer(root, port = 0, opts = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return send(res, 403, 'forbidden');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      if (opts.log) opts.log(`200 ${req.method} ${path}`);
    } catch {
      send(res, 404, 'not found');
      if (opts.log) opts.log(`404 ${req.method} ${path}`);
    }
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
  const actual = server.address().port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

function send(res, code, text) {
  res.writeHead(code, { 'Content-Type': 'text/plain' });
  res.end(text);
}

// `node scripts/static-server.mjs <root> [port]`: serve until interrupted.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'www', port = '8417'] = process.argv.slice(2);
  let server;
  try {
    server = await startServer(root, Number(port));
  } catch (err) {
    if (err.code !== 'EADDRINUSE') throw err;
    server = await startServer(root, 0); // the usual port is taken: any free one
  }
  console.log(`reportlens: serving ${resolve(root)} at ${server.url}  (Ctrl+C stops)`);
}
