import { describe, expect, it } from 'vitest';
import { newClientId } from '@/lib/offline-queue/client-id';
import { syncRecordSchema } from '@/lib/staff/sync-schema';

describe('ids made on a staff device', () => {
  it('are version 4 UUIDs the sync endpoint accepts, and never repeat', () => {
    const ids = Array.from({ length: 1000 }, newClientId);
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids.slice(0, 50)) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(syncRecordSchema.safeParse({ id, kind: 'outcome', createdAt: new Date().toISOString(), data: {} }).success).toBe(true);
    }
  });
});
