import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placesFileSchema, readPlacesFile } from '@/db/seed';
import { OperatorError } from '@/lib/errors';

describe('the places data file', () => {
  it('ships Bỉm Sơn with six wards, one commune and the 12 khu phố of Đông Sơn', () => {
    const file = readPlacesFile();
    expect(file.town.name).toBe('Thị xã Bỉm Sơn');
    expect(file.wards.filter((w) => w.kind === 'ward')).toHaveLength(6);
    expect(file.wards.filter((w) => w.kind === 'commune')).toHaveLength(1);
    expect(file.wards.find((w) => w.code === 'dong-son')!.hamlets).toHaveLength(12);
  });

  it('labels the invented hamlets as demo data', () => {
    const others = readPlacesFile().wards.filter((w) => w.code !== 'dong-son');
    for (const hamlet of others.flatMap((w) => w.hamlets)) expect(hamlet.name).toMatch(/Demo/);
  });

  it('rejects a code used twice', () => {
    const result = placesFileSchema.safeParse({
      town: { code: 'a', name: 'A' },
      wards: [{ code: 'a', kind: 'ward', name: 'B', hamlets: [{ code: 'c', name: 'C' }] }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('place code "a" is used twice');
  });

  it('loads another town from another file, and names what is wrong with a broken one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'places-'));
    const good = path.join(dir, 'good.json');
    fs.writeFileSync(good, JSON.stringify({ town: { code: 't', name: 'Town' }, wards: [{ code: 'w', kind: 'commune', name: 'W', hamlets: [{ code: 'h', name: 'H' }] }] }));
    expect(readPlacesFile(good).wards[0].hamlets[0].name).toBe('H');

    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, JSON.stringify({ town: { code: 'T T', name: '' }, wards: [] }));
    expect(() => readPlacesFile(broken)).toThrow(OperatorError);
    expect(() => readPlacesFile(broken)).toThrow(/town\.code/);
    fs.rmSync(dir, { recursive: true });
  });
});
