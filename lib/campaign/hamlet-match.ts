import { nameKey } from '@/lib/search/name-key';

export interface HamletChoice {
  id: number;
  code: string;
  name: string;
}

export type HamletMatch = { id: number } | { problem: 'hamlet-not-found' | 'hamlet-ambiguous' };

// "KP5", "kp.5", "Khu phố 5", "khu pho 5" and "Thôn Đông" name a hamlet with or without the word for its kind.
const KINDS = /^(khu pho|kp|to dan pho|tdp|thon|xom|ban)\b\.?\s*/;
const bare = (key: string) => key.replace(/^kp(?=\d)/, 'kp ').replace(KINDS, '').trim();

/**
 * Finds hamlets by code or by name, as a list writes them: without
 * diacritics, in any case, with or without "Khu phố"/"Thôn", or as the first
 * part of an address ("Khu phố 5, phường Bỉm Sơn"). Only the hamlets given
 * (the importer's area) can be found; a name two of them share finds neither.
 */
export function hamletMatcher(hamlets: HamletChoice[]) {
  const byKey = new Map<string, Set<number>>();
  const add = (key: string, id: number) => byKey.set(key, (byKey.get(key) ?? new Set()).add(id));
  for (const hamlet of hamlets) {
    add(hamlet.code.toLowerCase(), hamlet.id);
    add(nameKey(hamlet.name), hamlet.id);
    add(bare(nameKey(hamlet.name)), hamlet.id);
  }
  const cache = new Map<string, HamletMatch>();
  const find = (text: string): HamletMatch => {
    const key = nameKey(text);
    const candidates = [key, bare(key), ...key.split(',').flatMap((part) => [part.trim(), bare(part.trim())])];
    for (const candidate of candidates) {
      const ids = byKey.get(candidate);
      if (ids) return ids.size === 1 ? { id: [...ids][0] } : { problem: 'hamlet-ambiguous' };
    }
    return { problem: 'hamlet-not-found' };
  };
  return (text: string) => {
    if (!cache.has(text)) cache.set(text, find(text));
    return cache.get(text)!;
  };
}
