// `npm run web`: serves the renderer in a browser with the browser bridge and prints its address.
import { createServer } from 'vite';

const server = await createServer({ configFile: new URL('../vite.web.config.ts', import.meta.url).pathname });
await server.listen();
const address = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`;
console.log(`Homeward (browser mode) is running at ${address}`);
console.log('Its data stays in this browser profile, separate from the desktop app. Press Ctrl+C to stop.');
