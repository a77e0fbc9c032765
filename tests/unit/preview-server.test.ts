/** The preview server survives bad requests and stops cleanly when told to. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const port = Number(process.env.TEST_PORT ?? 4399) + 50;
let server: ChildProcess | undefined;
afterEach(async () => {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server!.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
});

/** Starts `npm run preview` (through npm, as people run it) on a tiny site. */
async function startPreview(): Promise<ChildProcess> {
  const root = mkdtempSync(join(tmpdir(), 'preview-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ok</title>');
  writeFileSync(join(root, '404.html'), '<!doctype html><title>missing</title>');
  const child = spawn('npm', ['run', 'preview'], { env: { ...process.env, DIST_DIR: root, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Serving') && resolve());
    child.on('exit', (code) => reject(new Error(`preview exited with ${code}`)));
  });
  return child;
}

/** Sends a raw request line, as a broken client or an attacker might. */
function rawRequest(requestLine: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${requestLine}\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('preview server', () => {
  it('answers a malformed path with 400 and keeps serving', async () => {
    server = await startPreview();
    expect(await rawRequest('GET /%E0%A4%A HTTP/1.1')).toMatch(/^HTTP\/1\.1 400/);
    expect(await rawRequest('GET / HTTP/1.1')).toMatch(/^HTTP\/1\.1 200/);
  });

  it('stops, port and all, on SIGTERM sent to npm', async () => {
    server = await startPreview();
    const exited = new Promise<number | null>((resolve) => server!.on('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(rawRequest('GET / HTTP/1.1')).rejects.toThrow(/ECONNREFUSED/);
  });
});
