/** Keys of the replicator's own state (syncState table): workstation-only, never synced. */
export const CHECKPOINT_KEY = 'checkpoint';
/** The server address, post database and account name; never the password. */
export const CONNECTION_KEY = 'connection';
