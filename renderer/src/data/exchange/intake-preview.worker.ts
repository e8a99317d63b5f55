/** The import preview's worker (preview-worker.ts): one request, answered in messages, then the page ends it. */
import { HomewardDb } from '../db';
import { handlePreviewRequest, type PreviewMessage, type PreviewRequest } from './preview-worker';

const scope = self as unknown as { onmessage: ((event: MessageEvent<PreviewRequest>) => void) | null; postMessage(message: PreviewMessage): void };

scope.onmessage = ({ data }) => void handlePreviewRequest(data, (message) => scope.postMessage(message), (name) => new HomewardDb(name));
