import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placesFileSchema, readPlacesFile } from '@/db/seed';
import { OperatorError } from '@/lib/errors';

describe('the places data file', () => {
  it('ships Thanh Hóa as it stands since July 2025: the wards Bỉm Sơn and Quang Trung, with the 12 khu phố of the former Đông Sơn', () => {
    const file = readPlacesFile();
    expect(file.area).toMatchObject({ kind: 'province', name: 'Tỉnh Thanh Hóa' });
    expect(file.wards.map((w) => [w.kind, w.name])).toEqual([
      ['ward', 'Phường Bỉm Sơn'],
      ['ward', 'Phường Quang Trung'],
    ]);
    const bimSon = file.wards.find((w) => w.code === 'bim-son')!;
    expect(bimSon.formerly).toEqual(['dong-son', 'lam-son', 'ba-dinh']);
    expect(bimSon.hamlets.filter((h) => h.code.startsWith('dong-son-'))).toHaveLength(12);
    expect(file.wards.find((w) => w.code === 'quang-trung')!.formerly).toEqual(['bac-son', 'ngoc-trao', 'phu-son']);
  });

  it('marks every unit confirmed, assumed or demo, and names the source of what it confirms', () => {
    const file = readPlacesFile();
    const units = [file.area, ...file.wards, ...file.wards.flatMap((w) => w.hamlets)];
    for (const unit of units) expect(unit.status).toBeDefined();
    for (const unit of units.filter((u) => u.status === 'confirmed')) expect(unit.source).toMatch(/^https:\/\//);
    expect(file.wards.flatMap((w) => w.hamlets).filter((h) => h.status === 'assumed').map((h) => h.name)).toContain('Khu phố Xuân Nội');
  });

  it('labels the invented hamlets as demo data', () => {
    const hamlets = readPlacesFile().wards.flatMap((w) => w.hamlets);
    for (const hamlet of hamlets.filter((h) => !h.code.startsWith('dong-son-'))) {
      expect(hamlet.status).toBe('demo');
      expect(hamlet.name).toMatch(/Demo/);
    }
  });

  it('holds the plan\'s targets and each hamlet\'s people per group as data', () => {
    const file = readPlacesFile();
    expect(file.campaign?.targets?.map((t) => [t.group, t.percent])).toEqual([
      ['official', 100],
      ['youth-union', 100],
      ['mass-organisation', 50],
      ['student', 100],
      ['other-citizen', 50],
      [null, 100],
    ]);
    for (const hamlet of file.wards.flatMap((w) => w.hamlets)) expect(Object.keys(hamlet.population ?? {})).toHaveLength(5);
  });

  it('marks every hamlet\'s population as demo figures, since no source gives them', () => {
    for (const hamlet of readPlacesFile().wards.flatMap((w) => w.hamlets)) expect(hamlet.populationStatus).toBe('demo');
  });

  it('refuses a target due before it starts, and a campaign with a start but no end', () => {
    const result = placesFileSchema.safeParse({
      area: { kind: 'province', code: 'a', name: 'A' },
      campaign: { start: '2026-01-01', targets: [{ group: 'student', percent: 100, from: '2026-02-01', due: '2026-01-01' }] },
      wards: [{ code: 'b', kind: 'ward', name: 'B', hamlets: [{ code: 'c', name: 'C' }] }],
    });
    expect(result.error?.issues.map((i) => i.message).sort()).toEqual(['a target is due after it starts', 'the campaign has both a start and an end, or neither']);
  });

  it('refuses a code used twice, also among former units', () => {
    const result = placesFileSchema.safeParse({
      area: { kind: 'province', code: 'a', name: 'A' },
      wards: [{ code: 'b', kind: 'ward', name: 'B', formerly: ['a'], hamlets: [{ code: 'c', name: 'C' }] }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('place code "a" is used twice');
  });

  it('refuses a unit marked confirmed without its source', () => {
    const result = placesFileSchema.safeParse({
      area: { kind: 'province', code: 'a', name: 'A', status: 'confirmed' },
      wards: [{ code: 'b', kind: 'ward', name: 'B', hamlets: [{ code: 'c', name: 'C' }] }],
    });
    expect(result.error?.issues[0]).toMatchObject({ path: ['area', 'source'], message: 'a confirmed unit names its source' });
  });

  it('loads another area from another file, still reads a file of before 2025 with a town at its root, and names what is wrong with a broken one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'places-'));
    const good = path.join(dir, 'good.json');
    fs.writeFileSync(good, JSON.stringify({ area: { kind: 'province', code: 'p', name: 'Tỉnh P' }, wards: [{ code: 'w', kind: 'commune', name: 'W', hamlets: [{ code: 'h', name: 'H' }] }] }));
    expect(readPlacesFile(good).wards[0].hamlets[0].name).toBe('H');

    const town = path.join(dir, 'town.json');
    fs.writeFileSync(town, JSON.stringify({ town: { code: 't', name: 'Town' }, wards: [{ code: 'w', kind: 'ward', name: 'W', hamlets: [{ code: 'h', name: 'H' }] }] }));
    expect(readPlacesFile(town).area).toEqual({ kind: 'town', code: 't', name: 'Town' });

    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, JSON.stringify({ area: { kind: 'district', code: 'T T', name: '' }, wards: [] }));
    expect(() => readPlacesFile(broken)).toThrow(OperatorError);
    expect(() => readPlacesFile(broken)).toThrow(/area\.kind/);
    expect(() => readPlacesFile(broken)).toThrow(/area\.code/);
    fs.rmSync(dir, { recursive: true });
  });
});
