// Starts scripts/serve.mjs (dist/ with the production headers) on a free 127.0.0.1 port, so a
// benchmark never collides with a developer's server or a test run, and stops it again.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

const host = '127.0.0.1';

async function freePort() {
  const probe = createServer().listen(0, host);
  await once(probe, 'listening');
  const { port } = probe.address();
  probe.close();
  await once(probe, 'close');
  return port;
}

/** Serves distDir; resolves once the server is listening. */
export async function startServer(distDir = 'dist') {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(port), HOST: host, DIST_DIR: distDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`scripts/serve.mjs exited with ${code} before listening`)));
    child.stdout.once('data', resolve);
  });
  child.stdout.resume();
  // If the benchmark dies before stop(), the server must not outlive it.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  return {
    origin: `http://${host}:${port}`,
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
