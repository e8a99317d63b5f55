// `npm run web`: builds the renderer and serves it in a browser with the browser bridge, under the
// desktop app's security headers, and prints its address. `npm run web -- --dev` serves the sources
// with hot reload instead, under the same policy plus the nonce that hot reload needs (vite.web.config.ts).
import { build, createServer, preview } from 'vite';

const configFile = new URL('../vite.web.config.ts', import.meta.url).pathname;
const dev = process.argv.includes('--dev');

let server;
if (dev) {
  server = await createServer({ configFile });
  await server.listen();
} else {
  await build({ configFile, logLevel: 'error' });
  server = await preview({ configFile });
}
const address = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${dev ? server.config.server.port : server.config.preview.port}/`;
console.log(`Homeward (browser mode${dev ? ', hot reload' : ''}) is running at ${address}`);
console.log('Its data stays in this browser profile, separate from the desktop app. Press Ctrl+C to stop.');
