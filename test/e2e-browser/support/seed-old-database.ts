/**
 * Seeds the browser's IndexedDB with a database as an older version of
 * Homeward left it, before the app opens it: the stores and indexes of that
 * version's Dexie schema, created by hand at its IndexedDB version (Dexie's
 * times ten), and plain records. The app then upgrades it as it would a
 * workstation's.
 */
import type { Page } from '@playwright/test';
import { DATABASE_NAME } from '../../../renderer/src/data/db';

interface StoreShape {
  keyPath: string;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
}

/** A Dexie `stores()` schema as IndexedDB stores: the first entry the primary key, `&` unique, `*` multi-entry, `[a+b]` compound. */
export function storesOf(schema: Readonly<Record<string, string>>): Record<string, StoreShape> {
  return Object.fromEntries(
    Object.entries(schema).map(([table, spec]) => {
      const [primary, ...rest] = spec.split(',').map((part) => part.trim());
      const indexes = rest.map((entry) => {
        const unique = entry.startsWith('&');
        const multiEntry = entry.startsWith('*');
        const name = entry.replace(/^[&*]/, '');
        const keyPath = name.startsWith('[') ? name.slice(1, -1).split('+') : name;
        return { name, keyPath, unique, multiEntry };
      });
      return [table, { keyPath: primary!, indexes }];
    }),
  );
}

/** Opens a blank page of the app's origin (so that the app itself opens nothing) and writes the old database there. */
export async function seedOldDatabase(page: Page, dexieVersion: number, schema: Readonly<Record<string, string>>, records: Record<string, readonly object[]>) {
  await page.route('**/seed-old-database', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Seeding</title>' }));
  await page.goto('/seed-old-database');
  await page.evaluate(
    async ({ name, version, stores, records }) => {
      const done = (request: IDBRequest | IDBTransaction) =>
        new Promise<void>((resolve, reject) => {
          if (request instanceof IDBTransaction) {
            request.oncomplete = () => resolve();
            request.onerror = () => reject(request.error);
          } else {
            request.onsuccess = () => resolve();
            request.onerror = () => reject(request.error);
          }
        });
      await done(indexedDB.deleteDatabase(name));
      const opening = indexedDB.open(name, version);
      opening.onupgradeneeded = () => {
        for (const [table, shape] of Object.entries(stores)) {
          const store = opening.result.createObjectStore(table, { keyPath: shape.keyPath });
          for (const index of shape.indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
        }
      };
      await done(opening);
      const db = opening.result;
      const tx = db.transaction(Object.keys(records), 'readwrite');
      for (const [table, rows] of Object.entries(records)) for (const row of rows) tx.objectStore(table).put(row);
      await done(tx);
      db.close();
    },
    { name: DATABASE_NAME, version: dexieVersion * 10, stores: storesOf(schema), records },
  );
  await page.unroute('**/seed-old-database');
}

/** Every value of a store as JSON, read raw (what someone holding the disk would find there). */
export async function rawStore(page: Page, table: string): Promise<string> {
  return page.evaluate(
    async ({ name, table }) => {
      const opening = indexedDB.open(name);
      await new Promise((resolve, reject) => {
        opening.onsuccess = resolve;
        opening.onerror = reject;
      });
      const request = opening.result.transaction(table).objectStore(table).getAll();
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      opening.result.close();
      return JSON.stringify(rows);
    },
    { name: DATABASE_NAME, table },
  );
}
