import { expect, type APIRequestContext, test } from '@playwright/test';
import { uniquePhone, vnDay } from './booking-helpers';

let client = 0;
/** Each call looks like a different person's phone (the server trusts X-Forwarded-For in tests). */
const from = () => ({ 'X-Forwarded-For': `10.${process.pid % 250}.${Math.floor(++client / 250) % 250}.${client % 250}` });

async function helpPoint(request: APIRequestContext, hamlet: string) {
  const body = await (await request.get('/api/help-points?ward=bim-son')).json();
  return body.helpPoints.find((p: { hamlet: string }) => p.hamlet === hamlet) as { id: number; seatsPerSlot: number };
}

async function firstSlot(request: APIRequestContext, pointId: number, day: string, index = 0) {
  const body = await (await request.get(`/api/help-points/${pointId}/slots?date=${day}`)).json();
  return body.slots[index] as { startsAt: string; time: string; seatsLeft: number };
}

const booking = (helpPointId: number, startsAt: string, extra: Record<string, unknown> = {}) => ({
  helpPointId,
  startsAt,
  fullName: 'Phạm Thị Dung',
  phone: uniquePhone(),
  people: 1,
  need: 'not-installed',
  consent: true,
  ...extra,
});

test('GET /api/help-points lists a ward\'s help points, 404 for an unknown ward', async ({ request }) => {
  const response = await request.get('/api/help-points?ward=bim-son');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.helpPoints).toHaveLength(21);
  expect(body.helpPoints[0]).toMatchObject({ name: 'Nhà văn hóa khu phố 3', hours: { opensAt: '07:30', closesAt: '22:00' }, slotMinutes: 20, seatsPerSlot: 3 });
  const unknown = await request.get('/api/help-points?ward=nowhere');
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()['content-type']).toContain('application/problem+json');
  expect((await unknown.json()).title).toBe('Không tìm thấy xã, phường này.');
});

test('GET slots answers 200, 400 for a bad date and 404 for an unknown help point', async ({ request }) => {
  const point = await helpPoint(request, 'Khu phố 8');
  const ok = await request.get(`/api/help-points/${point.id}/slots?date=${vnDay(2)}`);
  expect(ok.status()).toBe(200);
  expect((await ok.json()).slots[0]).toMatchObject({ time: '07:30', seatsLeft: 3 });
  expect((await request.get(`/api/help-points/${point.id}/slots?date=26-11-2026`)).status()).toBe(400);
  expect((await request.get(`/api/help-points/999999/slots?date=${vnDay(2)}`)).status()).toBe(404);
});

test('POST /api/bookings books (201), reads back with the token (200) and cancels', async ({ request }) => {
  const point = await helpPoint(request, 'Khu phố 8');
  const slot = await firstSlot(request, point.id, vnDay(3), 5);
  const created = await request.post('/api/bookings', { headers: from(), data: booking(point.id, slot.startsAt, { phone: '+84 912 555 001' }) });
  expect(created.status()).toBe(201);
  const body = await created.json();
  expect(body).toMatchObject({ status: 'confirmed', time: slot.time, phone: '0912 555 001' });
  expect(body.token.length).toBeGreaterThanOrEqual(22);

  expect((await request.get(`/api/bookings/${body.code}`)).status()).toBe(401);
  expect((await request.get(`/api/bookings/${body.code}`, { headers: { Authorization: 'Bearer nope' } })).status()).toBe(404);
  const read = await request.get(`/api/bookings/${body.code}`, { headers: { Authorization: `Bearer ${body.token}` } });
  expect(read.status()).toBe(200);
  expect((await read.json()).code).toBe(body.code);

  const cancelled = await request.post(`/api/bookings/${body.code}/cancel`, { headers: { Authorization: `Bearer ${body.token}` } });
  expect(cancelled.status()).toBe(200);
  expect((await cancelled.json()).status).toBe('cancelled');
  expect((await request.post(`/api/bookings/${body.code}/cancel`, { headers: { Authorization: `Bearer ${body.token}` } })).status()).toBe(409);
});

test('200 concurrent bookings of a 3-seat slot: exactly 3 succeed, the rest hear it just filled up', async ({ request }) => {
  // A correctness test, not a timing one: on a loaded 2-core machine 200 serialised bookings may take a while.
  test.setTimeout(120_000);
  const point = await helpPoint(request, 'Khu phố Điền Lư');
  const slot = await firstSlot(request, point.id, vnDay(4), 10);
  const responses = await Promise.all(
    Array.from({ length: 200 }, () => request.post('/api/bookings', { headers: from(), data: booking(point.id, slot.startsAt) })),
  );
  const statuses = responses.map((r) => r.status());
  expect(statuses.filter((s) => s === 201)).toHaveLength(3);
  expect(statuses.filter((s) => s === 409)).toHaveLength(197);
  const refusal = await responses.find((r) => r.status() === 409)!.json();
  expect(refusal.title).toBe('Giờ này vừa hết chỗ. Hãy chọn một giờ khác còn trống.');
  expect(refusal.alternatives.here.length).toBeGreaterThan(0);
  expect((await firstSlot(request, point.id, vnDay(4), 10)).seatsLeft).toBe(0);
});

test('an Idempotency-Key replays the first answer, and refuses another body with 422', async ({ request }) => {
  const point = await helpPoint(request, 'Khu phố 8');
  const slot = await firstSlot(request, point.id, vnDay(3), 7);
  const data = booking(point.id, slot.startsAt);
  const headers = { ...from(), 'Idempotency-Key': `test-${Date.now()}` };
  const first = await request.post('/api/bookings', { headers, data });
  const again = await request.post('/api/bookings', { headers, data });
  expect(first.status()).toBe(201);
  expect(again.status()).toBe(201);
  expect((await again.json()).code).toBe((await first.json()).code);
  const changed = await request.post('/api/bookings', { headers, data: { ...data, people: 2 } });
  expect(changed.status()).toBe(422);
});

test('bad input gets 415, 413, 400 and 422 and stores nothing', async ({ request }) => {
  const point = await helpPoint(request, 'Khu phố 8');
  const slot = await firstSlot(request, point.id, vnDay(3), 9);
  const text = await request.post('/api/bookings', { headers: { ...from(), 'Content-Type': 'text/plain' }, data: 'hello' });
  expect(text.status()).toBe(415);
  const huge = await request.post('/api/bookings', { headers: from(), data: booking(point.id, slot.startsAt, { notes: 'x'.repeat(17 * 1024) }) });
  expect(huge.status()).toBe(413);
  const broken = await request.post('/api/bookings', { headers: { ...from(), 'Content-Type': 'application/json' }, data: Buffer.from('{"helpPointId": ') });
  expect(broken.status()).toBe(400);
  // 5 KB nested 2,500 levels deep: a problem, never a stack trace (the fuzz suite sends it to every route that reads JSON).
  const deep = await request.post('/api/bookings', { headers: { ...from(), 'Content-Type': 'application/json' }, data: Buffer.from('['.repeat(2500) + ']'.repeat(2500)) });
  expect(deep.headers()['content-type']).toBe('application/problem+json');
  expect(await deep.json()).toMatchObject({ status: 400, type: 'about:blank#tooDeep' });

  for (const bad of [{ fullName: '' }, { fullName: 'x'.repeat(200) }, { phone: '0212345678' }, { consent: false }, { people: 4 }, { helpPointId: 'abc' }]) {
    const response = await request.post('/api/bookings', { headers: from(), data: booking(point.id, slot.startsAt, bad) });
    expect(response.status(), JSON.stringify(bad)).toBe(422);
    expect((await response.json()).title).toBe('Thông tin chưa hợp lệ, hãy kiểm tra lại các trường được nêu.');
  }
  const closed = await request.post('/api/bookings', { headers: from(), data: booking(point.id, `${vnDay(3)}T01:05:00.000Z`) });
  expect(closed.status()).toBe(422);
  const outside = await request.post('/api/bookings', { headers: from(), data: booking(point.id, '2030-01-01T00:30:00.000Z') });
  expect(outside.status()).toBe(422);
  expect((await firstSlot(request, point.id, vnDay(3), 9)).seatsLeft).toBe(3);
});

test('too many bookings asked from one address get 429 with a Vietnamese message', async ({ request }) => {
  const point = await helpPoint(request, 'Khu phố 8');
  const headers = from();
  // A time the help point never opens: each ask counts, and nothing is booked.
  const asked = booking(point.id, '2030-01-01T00:30:00.000Z');
  let last = 0;
  for (let i = 0; i < 70 && last !== 429; i++) {
    last = (await request.post('/api/bookings', { headers, data: asked })).status();
  }
  expect(last).toBe(429);
  const response = await request.post('/api/bookings', { headers, data: asked });
  expect((await response.json()).title).toBe('Bạn thao tác quá nhanh. Hãy đợi một phút rồi thử lại.');
  expect(response.headers()['retry-after']).toBe('60');
});

test('an address under /api with no route, /api itself included, answers a 404 problem; no answer carries Next.js\'s internal headers', async ({ request }) => {
  for (const path of ['/api', '/api/', '/api/khong-co']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['content-type'], path).toBe('application/problem+json');
  }
  for (const path of ['/', '/en', '/book', '/guides/activate', '/staff/sign-in', '/api/health', '/khong-co']) {
    const headers = Object.keys((await request.get(path, { maxRedirects: 0 })).headers());
    expect(headers.filter((name) => name.startsWith('x-middleware-')), path).toEqual([]);
  }
});
