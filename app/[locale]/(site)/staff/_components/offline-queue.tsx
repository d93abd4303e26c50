'use client';

import { useRouter } from 'next/navigation';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useOnline } from '@/app/_components/use-online';
import { newClientId } from '@/lib/offline-queue/client-id';
import { type SendStatus, sendWaiting } from '@/lib/offline-queue/send';
import { allRecords, deleteRecord, type QueuedRecord, saveRecord } from '@/lib/offline-queue/store';
import type { SyncKind } from '@/lib/staff/sync-schema';

/**
 * What became of a record just made: on the server, refused (and listed), or
 * waiting on this device. `add` throws only when the device could not keep it.
 */
export type AddResult = 'accepted' | 'refused' | 'waiting';

interface OfflineQueue {
  /** The signed-in member, or null on a signed-out page: records wait for their owner. */
  userId: number | null;
  records: QueuedRecord[];
  status: SendStatus | 'idle';
  online: boolean;
  /** The member tried to leave the page with no signal, which would lose it. */
  stayed: boolean;
  add(kind: SyncKind, data: Record<string, unknown>, label: string): Promise<AddResult>;
  dismiss(id: string): Promise<void>;
}

const QueueContext = createContext<OfflineQueue | null>(null);

/** The queue, where JavaScript runs; forms without it post to the server as before. */
export const useOfflineQueue = () => useContext(QueueContext);

const CHANNEL = 'vneid-staff-queue';
const FIRST_RETRY_MS = 2000;

/**
 * With no signal, loading another page fails and the open page, the only
 * one that works, is gone: links and plain forms are held back instead.
 * Forms marked data-offline-queue keep working, through the queue.
 */
function leavesPage(event: Event): boolean {
  if (navigator.onLine) return false;
  const target = event.target as Element;
  if (event.type === 'submit') return !(target as HTMLFormElement).hasAttribute('data-offline-queue');
  const link = target.closest?.('a[href]') as HTMLAnchorElement | null;
  if (!link || link.target === '_blank') return false;
  return link.href.split('#')[0] !== location.href.split('#')[0];
}

/**
 * Keeps the records staff make on this device until the server has them:
 * sends on page load, when the connection returns, after each new record
 * and, after a failure, again with a growing delay. Every tab of the site
 * shares the one queue; a tab tells the others when it changed it.
 */
export function OfflineQueueProvider({ userId, children }: { userId: number | null; children: ReactNode }) {
  const router = useRouter();
  const online = useOnline();
  const [records, setRecords] = useState<QueuedRecord[]>([]);
  const [status, setStatus] = useState<SendStatus | 'idle'>('idle');
  const [stayed, setStayed] = useState(false);
  const channel = useRef<BroadcastChannel | null>(null);
  const retry = useRef({ timer: 0, delay: FIRST_RETRY_MS });

  const reload = useCallback(async () => setRecords(await allRecords()), []);
  const announce = useCallback((serverChanged: boolean) => channel.current?.postMessage({ serverChanged }), []);

  const send = useCallback(async function send() {
    if (userId === null) return;
    window.clearTimeout(retry.current.timer);
    const result = await sendWaiting(userId).catch(() => ({ status: 'failed' as const, changed: false }));
    setStatus(result.status);
    await reload();
    if (result.changed) {
      announce(true);
      router.refresh();
    }
    if (result.status === 'failed') {
      retry.current.timer = window.setTimeout(send, retry.current.delay);
      retry.current.delay = Math.min(retry.current.delay * 2, 60_000);
    } else {
      retry.current.delay = FIRST_RETRY_MS;
    }
  }, [userId, reload, announce, router]);

  useEffect(() => {
    const bus = new BroadcastChannel(CHANNEL);
    channel.current = bus;
    bus.onmessage = (event: MessageEvent<{ serverChanged: boolean }>) => {
      void reload();
      if (event.data.serverChanged && navigator.onLine) router.refresh();
    };
    const guard = (event: Event) => {
      if (!leavesPage(event)) return;
      event.preventDefault();
      event.stopPropagation();
      setStayed(true);
    };
    const reconnected = () => {
      setStayed(false);
      void send();
    };
    document.addEventListener('click', guard, true);
    document.addEventListener('submit', guard, true);
    window.addEventListener('online', reconnected);
    void reload().then(send);
    const { current } = retry;
    return () => {
      bus.close();
      document.removeEventListener('click', guard, true);
      document.removeEventListener('submit', guard, true);
      window.removeEventListener('online', reconnected);
      window.clearTimeout(current.timer);
    };
  }, [reload, send, router]);

  const add = useCallback(
    async (kind: SyncKind, data: Record<string, unknown>, label: string): Promise<AddResult> => {
      if (userId === null) throw new Error('No one is signed in to own the record.');
      const record: QueuedRecord = { id: newClientId(), kind, createdAt: new Date().toISOString(), data, userId, label, state: 'waiting' };
      await saveRecord(record);
      // From here the record is on the device and goes only through the queue: a caller never posts it another way.
      try {
        await reload();
        announce(false);
        await send();
        return (await allRecords()).find((r) => r.id === record.id)?.state ?? 'accepted';
      } catch {
        return 'waiting';
      }
    },
    [userId, reload, announce, send],
  );

  const dismiss = useCallback(
    async (id: string) => {
      await deleteRecord(id);
      await reload();
      announce(false);
    },
    [reload, announce],
  );

  const value = useMemo(() => ({ userId, records, status, online, stayed, add, dismiss }), [userId, records, status, online, stayed, add, dismiss]);
  return <QueueContext.Provider value={value}>{children}</QueueContext.Provider>;
}
