// Run before the browser tests: makes sure Chromium and nginx are on this machine.
import { ensureTool, findChromium, findNginx } from './lib/system-tools.mjs';

const chromium = ensureTool({
  name: 'Chromium',
  find: findChromium,
  debianPackages: ['chromium'],
  advice: 'Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary',
});
const nginx = ensureTool({
  name: 'nginx',
  find: findNginx,
  debianPackages: ['nginx-light'],
  advice: 'Install it (Debian/Ubuntu: sudo apt-get install nginx-light) for the web server configuration test',
});
console.log(`browser: ${chromium}\nnginx: ${nginx}`);
