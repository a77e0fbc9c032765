// `npm start`: build, then serve, in one process, so Ctrl-C or SIGTERM stops everything.
import { astroBuild, buildAtomically, distDir } from './build.mjs';
import { startServer } from './serve.mjs';

try {
  await buildAtomically({ outDir: distDir(), build: astroBuild });
} catch (error) {
  console.error(`Build failed: ${error.message}. Nothing new is served.`);
  process.exit(1);
}
startServer({ root: distDir() });
