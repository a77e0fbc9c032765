// Serves dist/ on localhost with the production headers, a 404 status for missing pages
// (the translated 404 under /<locale>/), and directory indexes. No dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { cachingFor, securityHeaders } from '../deploy/security-headers.mjs';

const root = process.env.DIST_DIR ?? 'dist';
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

async function findFile(pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, safe);
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
    if (info.isDirectory() && pathname.endsWith('/')) {
      const index = join(candidate, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

function notFoundPage(pathname) {
  const locale = pathname.split('/')[1];
  return locale ? join(root, locale, '404', 'index.html') : join(root, '404.html');
}

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const headers = { ...securityHeaders, ...cachingFor(pathname) };
  let file = await findFile(pathname);
  // /en/get-help -> /en/get-help/ as a static host would do.
  if (!file && !pathname.endsWith('/') && !extname(pathname) && (await findFile(`${pathname}/`))) {
    response.writeHead(301, { ...headers, Location: `${pathname}/` });
    response.end();
    return;
  }
  let status = 200;
  if (!file) {
    status = 404;
    file = (await readFile(notFoundPage(pathname)).then(() => notFoundPage(pathname)).catch(() => undefined)) ?? join(root, '404.html');
  }
  try {
    const body = await readFile(file);
    response.writeHead(status, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
  }
});

server.listen(port, host, () => {
  console.log(`Serving ${root}/ at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`);
});
