import type { SyncRecord, SyncRefusal } from '@/lib/staff/sync-schema';

/**
 * A record waiting on this device to be sent, or refused by the server and
 * kept until the member has read why. `userId` is its owner: it is only ever
 * sent while that account is signed in. `label` (a name or booking code) lets
 * the member recognise it and is never sent.
 */
export type QueuedRecord = SyncRecord & { userId: number; label: string; state: 'waiting' | 'refused'; reason?: SyncRefusal };

// The only thing the staff pages keep on a device, and kept through sign-out: records not yet on the server.
export const QUEUE_DB = 'vneid-staff-queue';
const STORE = 'records';

let opened: Promise<IDBDatabase> | undefined;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(QUEUE_DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opened = undefined;
      reject(request.error);
    };
  });
  return opened;
}

/** Runs one request in its own transaction and resolves once the transaction is durable. */
async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const tx = (await database()).transaction(STORE, mode);
  const request = work(tx.objectStore(STORE));
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = tx.onabort = () => reject(tx.error);
  });
}

export const saveRecord = (record: QueuedRecord) => run('readwrite', (store) => store.put(record));
export const deleteRecord = (id: string) => run('readwrite', (store) => store.delete(id));
/** Every record on the device, oldest first. */
export const allRecords = async () => (await run('readonly', (store) => store.getAll() as IDBRequest<QueuedRecord[]>)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
