// Finds the system programs the tests and benchmarks drive: Chromium (Playwright cannot
// download its own browser here) and nginx. Installs what is missing only when asked: in CI
// (CI=true) or with INSTALL_SYSTEM_PACKAGES=1, on Debian as root. Elsewhere it says what to install.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** Chromium flags for headless runs on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const systemChromiums = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function playwrightsOwnChromium() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** $CHROMIUM_PATH, then a system Chromium or Chrome, then Playwright's own. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  return systemChromiums.find((path) => existsSync(path)) ?? playwrightsOwnChromium();
}

export function findNginx() {
  return ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((path) => existsSync(path));
}

/** Installing system packages changes the machine, so it happens only where that was asked for. */
export function mayInstallSystemPackages(env = process.env) {
  return env.CI === 'true' || env.INSTALL_SYSTEM_PACKAGES === '1';
}

const canInstallWithApt = () => mayInstallSystemPackages() && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

let aptUpdated = false;
export function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  aptUpdated = true;
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}

/** Returns the path of a program, installing its Debian package as root if needed; else exits with one line. */
export function ensureTool({ name, find, debianPackages, advice }) {
  const found = find();
  if (found) return found;
  if (canInstallWithApt()) {
    console.log(`${name} not found: installing Debian's ${debianPackages.join(', ')}`);
    aptInstall(debianPackages);
    const installed = find();
    if (installed) return installed;
  }
  console.error(`${name} not found. ${advice}. (Or run with INSTALL_SYSTEM_PACKAGES=1 as root on Debian to let the tests install it.)`);
  process.exit(1);
}
