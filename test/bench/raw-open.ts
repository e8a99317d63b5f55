/**
 * Sealed records opened with WebCrypto alone, for the protected baselines whose answer holds sealed fields (the
 * CSV export, the case page): DESIGN.md §7's baseline is the least work that gives the same answer, and the
 * names, notes and numbers of a sealed case cannot be given without opening its envelope. The envelope's format
 * is the app's (vault/vault.ts): base64 of a 12-byte IV and the AES-GCM ciphertext of the secrets' JSON, bound
 * to `table:id`; the secrets are values by dotted path, and a case's steps' sealed parts a list a step, in
 * STEP_FIELDS' order of the sealed parts (vault/sealed-record.ts). The records are the baseline's own, just read,
 * so the secrets are set back into them path by path, nothing copied.
 */
import { fromBase64 } from '../../renderer/src/data/vault/data-key';
import { STEP_FIELDS } from '../../shared/fields';

const IV_BYTES = 12;
const SEALED_STEP_PARTS = STEP_FIELDS.filter((f) => f.protection !== 'code').map((f) => f.part);

type Stored = Record<string, unknown> & { id: string; sealed?: string };

/**
 * The records, each sealed one opened; those in the clear as they are. The plain texts are decoded and parsed as
 * one JSON array, a call each for all of them (as Vault.openMany does: a call a record costs as much again).
 */
export async function openedRaw(key: CryptoKey, table: string, records: readonly Stored[]): Promise<readonly Record<string, unknown>[]> {
  const encoder = new TextEncoder();
  const sealed = records.filter((record): record is Stored & { sealed: string } => record.sealed !== undefined);
  if (sealed.length === 0) return records;
  const plains = await Promise.all(
    sealed.map((record) => {
      const envelope = fromBase64(record.sealed);
      return crypto.subtle.decrypt({ name: 'AES-GCM', iv: envelope.subarray(0, IV_BYTES), additionalData: encoder.encode(`${table}:${record.id}`) }, key, envelope.subarray(IV_BYTES));
    }),
  );
  const texts = plains.map((plain) => new Uint8Array(plain));
  const joined = new Uint8Array(texts.reduce((bytes, text) => bytes + text.byteLength + 1, 1));
  let at = 0;
  texts.forEach((text, i) => {
    joined[at++] = i === 0 ? 0x5b : 0x2c;
    joined.set(text, at);
    at += text.byteLength;
  });
  joined[at] = 0x5d;
  const secrets = JSON.parse(new TextDecoder().decode(joined)) as Record<string, unknown>[];
  sealed.forEach((record, i) => withSecrets(record, secrets[i]!));
  return records;
}

function withSecrets(opened: Stored, secrets: Record<string, unknown>): void {
  delete opened.sealed;
  for (const [path, value] of Object.entries(secrets)) {
    if (path === 'steps' || value === undefined) continue;
    const keys = path.split('.');
    let parent: Record<string, unknown> = opened;
    for (const key of keys.slice(0, -1)) parent = (parent[key] ??= {}) as Record<string, unknown>;
    parent[keys.at(-1)!] = value;
  }
  const steps = secrets.steps as unknown[][] | undefined;
  if (steps && Array.isArray(opened.steps)) {
    (opened.steps as Record<string, unknown>[]).forEach((step, i) =>
      SEALED_STEP_PARTS.forEach((part, j) => {
        if (steps[i]?.[j] !== undefined) step[part] = steps[i]![j];
      }),
    );
  }
}
