/** The import preview's worker (preview-worker.ts): one preview, its rows kept and answered for, until the page ends it. */
import { HomewardDb } from '../db';
import { servePreview, type PreviewMessage, type PreviewRequest } from './preview-worker';

const scope = self as unknown as { onmessage: ((event: MessageEvent<PreviewRequest>) => void) | null; postMessage(message: PreviewMessage): void };

const serve = servePreview((message) => scope.postMessage(message), (name) => new HomewardDb(name));
scope.onmessage = ({ data }) => void serve(data);
