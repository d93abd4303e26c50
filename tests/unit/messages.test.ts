import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import vi from '@/messages/vi.json';

/** API errors are Vietnamese only, by design; text messages follow the language a booking was made in. */
const VIETNAMESE_ONLY = ['Api'];

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('the message catalogues', () => {
  it('give every Vietnamese entry an English twin, and nothing more', () => {
    const viKeys = keys(vi).filter((k) => !VIETNAMESE_ONLY.includes(k.split('.')[0]));
    expect(keys(en).sort()).toEqual(viKeys.sort());
  });

  it('have no empty text', () => {
    for (const catalogue of [vi, en]) {
      for (const key of keys(catalogue)) {
        const value = key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], catalogue);
        expect(String(value).trim(), key).not.toBe('');
      }
    }
  });
});
