/**
 * The app started as it would be with its session kept (DESIGN.md §7's
 * baseline for the start through sign-in): the app's own start, the data key
 * already in memory and the window's session stored, so it opens on the case
 * list with no sign-in. No such start exists in the app (every window signs
 * in: a reload forgets the key); the runner gives this page the benchmark's
 * data key and officer (runner.ts, measureColdStarts). Built as the app is
 * built (vite.config.ts here), served beside it.
 */
import { saveSession } from '../../../renderer/src/app/session-store';
import { fromBase64 } from '../../../renderer/src/data/vault/data-key';
import { startApp } from '../../../renderer/src/start-app';

const { homewardBenchSession: given } = window as unknown as { homewardBenchSession?: { profileId: string; dataKey: string } };
if (!given) throw new Error('the runner gave this page no session');
saveSession({ profileId: given.profileId, locked: false });

void startApp({
  async prepare({ keyring }) {
    await keyring.vault.adopt(await crypto.subtle.importKey('raw', fromBase64(given.dataKey), 'AES-GCM', true, ['encrypt', 'decrypt']));
  },
});
