import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findNginx } from '../../scripts/lib/system-tools.mjs';

/**
 * Runs Debian's nginx with the repository's deploy/nginx.conf, changed only to listen on a
 * loopback port and serve this checkout's dist/. Everything it writes goes to a temp folder.
 */
export async function startNginx(port: number, distDir = 'dist'): Promise<{ stop(): Promise<void> }> {
  const binary = findNginx();
  if (!binary) throw new Error('nginx not found: run `node scripts/ensure-browser.mjs` (installs Debian nginx-light as root)');
  const work = mkdtempSync(join(tmpdir(), 'nginx-'));
  const site = readFileSync('deploy/nginx.conf', 'utf8')
    .replace(/^(\s*)listen 8080;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root [^;]+;/m, `$1root ${resolve(distDir)};`);
  if (!site.includes(`127.0.0.1:${port}`) || !site.includes(resolve(distDir))) throw new Error('deploy/nginx.conf: listen or root line not found');
  writeFileSync(join(work, 'site.conf'), site);
  writeFileSync(
    join(work, 'nginx.conf'),
    `daemon off;
worker_processes 1;
user root;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  include ${work}/site.conf;
}
`,
  );
  const child: ChildProcess = spawn(binary, ['-p', work, '-c', join(work, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr.trim()}`);
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      break;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  return {
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGQUIT');
      }),
  };
}
