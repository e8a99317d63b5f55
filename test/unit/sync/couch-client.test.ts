/**
 * The CouchDB client's requests against a server that answers as PouchDB Server answers a long-poll: the
 * headers at once, then a newline every few moments, never the end of the answer (it ignores the timeout).
 * A stop, or the client's own timeout, ends the request, after garbage collection too, and says which it was:
 * an answer cut off halfway is not an empty answer.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouchClient, SyncRequestError } from '../../../renderer/src/data/sync/couch-client';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

let server: Server;
let origin: string;
beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    const beat = setInterval(() => response.write('\n'), 50);
    response.on('close', () => clearInterval(beat));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const client = () => new CouchClient({ server: origin, database: 'post', account: 'naledi', authorization: 'Basic bmFsZWRpOng=' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The headers are in and the answer is still coming: what the fetch held of the request may now be collected. */
async function whileTheAnswerTrickles(): Promise<void> {
  await sleep(300);
  for (let i = 0; i < 5; i++) {
    collectGarbage();
    await sleep(20);
  }
}

describe('a long-poll whose answer never ends', () => {
  it('ends at once when sync stops', async () => {
    const stop = new AbortController();
    const outcome = client()
      .changes(0, 10, 60_000, stop.signal)
      .then(
        () => 'answered',
        (error: unknown) => error,
      );
    await whileTheAnswerTrickles();
    stop.abort(new DOMException('Sync stopped', 'AbortError'));
    expect(await Promise.race([outcome, sleep(3000).then(() => 'still waiting')])).toMatchObject({ name: 'AbortError', message: 'Sync stopped' });
  });

  it('ends with a timeout once its own margin is over', async () => {
    const started = Date.now();
    // A wait of 100 ms: the client cuts the request off 10 s later.
    const outcome = client()
      .changes(0, 10, 100, undefined)
      .then(
        () => 'answered',
        (error: unknown) => error,
      );
    await whileTheAnswerTrickles();
    const error = await Promise.race([outcome, sleep(15_000).then(() => 'still waiting')]);
    expect(error).toBeInstanceOf(SyncRequestError);
    expect(error).toMatchObject({ failure: 'timeout' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(10_000);
  }, 20_000);
});
