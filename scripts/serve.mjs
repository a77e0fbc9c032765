// Serves dist/ on localhost with the production headers, a 404 status for missing pages
// (the translated 404 under /<locale>/), and directory indexes. No dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cachingFor, securityHeaders } from '../deploy/security-headers.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** The request's path, decoded; undefined when it is malformed (%E0%A4%A), so the answer is 400. */
function requestPath(url) {
  try {
    const { pathname } = new URL(url ?? '/', 'http://localhost');
    return { pathname, decoded: decodeURIComponent(pathname) };
  } catch {
    return undefined;
  }
}

async function findFile(root, decoded) {
  const safe = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, safe);
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
    if (info.isDirectory() && decoded.endsWith('/')) {
      const index = join(candidate, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

function notFoundPage(root, pathname) {
  const locale = pathname.split('/')[1];
  return locale ? join(root, locale, '404', 'index.html') : join(root, '404.html');
}

/** Serves `root` with the production headers until the process is told to stop. */
export function startServer({ root = process.env.DIST_DIR ?? 'dist', port = Number(process.env.PORT ?? 4321), host = process.env.HOST ?? '127.0.0.1' } = {}) {
  const answer = async (request, response) => {
    const path = requestPath(request.url);
    if (!path) {
      response.writeHead(400, { ...securityHeaders, 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Bad request');
      return;
    }
    const { pathname, decoded } = path;
    const headers = { ...securityHeaders, ...cachingFor(pathname) };
    let file = await findFile(root, decoded);
    // /en/get-help -> /en/get-help/ as a static host would do.
    if (!file && !pathname.endsWith('/') && !extname(pathname) && (await findFile(root, `${decoded}/`))) {
      response.writeHead(301, { ...headers, Location: `${pathname}/` });
      response.end();
      return;
    }
    let status = 200;
    if (!file) {
      status = 404;
      const page = notFoundPage(root, pathname);
      file = (await readFile(page).then(() => page).catch(() => undefined)) ?? join(root, '404.html');
    }
    try {
      const body = await readFile(file);
      response.writeHead(status, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    }
  };
  // One bad request must never stop the server for everyone else.
  const server = createServer((request, response) => {
    answer(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { ...securityHeaders, 'Cache-Control': 'no-store' });
      response.end();
    });
  });

  // Ctrl-C and SIGTERM (from a process manager or a test) close the port and end the process.
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  server.listen(port, host, () => {
    console.log(`Serving ${root}/ at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`);
  });
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) startServer();
