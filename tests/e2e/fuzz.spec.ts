import { type APIRequestContext, type APIResponse, expect, request as playwrightRequest, test } from '@playwright/test';
import { vnDay } from './booking-helpers';

/**
 * Hostile input to every route handler, every page that reads its address,
 * and every form's server action: each answer must be a clear 4xx (or a
 * normal answer), never a 500, and nothing may be stored from a refused
 * request. Requests carry this site's Origin: the origin rule is tested
 * elsewhere, this is about reading input.
 */

const NFD_NAME = 'Nguyễn Thị Hường'.normalize('NFD');
const TEXT = ['', ' ', '\u0000', 'a\u0000b', '\u0007\u001b[31m\u0008', '\u007f\u0085', NFD_NAME, NFD_NAME.normalize('NFC'), '😀👩‍👩‍👧 Hoa', "' OR '1'='1' --", '1; DROP TABLE bookings;--', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '../../etc/passwd', '\uD800', '\u202Eabc', 'x'.repeat(3000)];
const NUMBERS = ['0', '-1', '1.5', '1e3', '0x10', 'NaN', 'Infinity', '2147483648', '99999999999', '9999999999999', '9'.repeat(40), ' 7', 'abc', '\u0000', '1\u0000'];
const DATES = ['0000-01-01', '0001-01-01', '9999-12-31', '2026-02-30', '2026-13-01', '2026-00-10', '1999-12-31', '2101-01-01', '26-11-2026', '2026-1-1', '+02026-01-01', '2026-11-26T00:00:00Z', '0000-01-01T00:00:00Z', 'abc', '\u0000'];
const INSTANTS = ['0000-01-01T00:00:00Z', '0001-01-01T00:30:00.000Z', '9999-12-31T23:59:59Z', '2026-02-30T00:30:00Z', '2026-13-01T00:00:00Z', 'NaN', '', '\u0000', '1e99'];
/** Raw path segments, sent as they are: malformed percent-encoding and escaped control characters. */
const SEGMENTS = ['%', '%ZZ', '%E0%A4%A', '%C0%AF', '%FF', '%00', 'a%00b', '%0D%0A', '..%2F..%2F', '%F0%9F%98%80', ...NUMBERS.slice(0, 12).map((v) => encodeURIComponent(v)), encodeURIComponent('<script>'), encodeURIComponent(NFD_NAME)];
const ALL = [...new Set([...TEXT.slice(0, 10), '\uD800', ...NUMBERS.slice(1, 8), ...DATES.slice(0, 4)])];

/** A value for an address; a lone surrogate, which has no UTF-8, goes as the bytes a careless encoder would send. */
const enc = (value: string) => encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '')) + (/[\uD800-\uDFFF]/.test(value) ? '%ED%A0%80' : '');

type Kind = 'text' | 'id' | 'date' | 'instant' | 'any';

/** The few of each kind sent to every page's and form's field, where there are many. */
const CORE: Record<Kind, string[]> = {
  text: ['', '\u0000', 'a\u0000b', '\u0007\u001b[31m\u0008', NFD_NAME, '😀👩‍👩‍👧 Hoa', "' OR '1'='1' --", '<script>alert(1)</script>', '\uD800', 'x'.repeat(3000)],
  id: ['0', '-1', '1.5', '1e3', '2147483648', '99999999999', '9'.repeat(40), 'abc'],
  date: ['0000-01-01', '0001-01-01', '9999-12-31', '2026-02-30', '2026-13-01', '26-11-2026', '\u0000'],
  instant: ['0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-02-30T00:30:00Z', 'NaN', '\u0000'],
  any: ['\u0000', NFD_NAME, '😀', '<script>alert(1)</script>', '-1', '99999999999', '0001-01-01', '2026-02-30'],
};

const VALUES: Record<Kind, string[]> = { text: TEXT, id: NUMBERS, date: DATES, instant: INSTANTS, any: ALL };

const RESET = /ECONNRESET|EPIPE|socket hang up/;

/** One request sent; a connection the server dropped counts as 599. */
type Tried = { endpoint: string; method: string; url: string; status: number; problem?: string };

test('no input answers 500, and nothing is stored from a refused request', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const origin = baseURL!;
  let address = 0;
  const client = () => ({ 'X-Forwarded-For': `10.230.${Math.floor(++address / 250) % 250}.${address % 250}` });
  const anon = await playwrightRequest.newContext({ baseURL: origin, extraHTTPHeaders: { Origin: origin }, maxRedirects: 0 });
  const staff = await playwrightRequest.newContext({ baseURL: origin, extraHTTPHeaders: { Origin: origin, 'X-Forwarded-For': '10.231.0.1' } });
  await signIn(staff, 'admin', 'demo-admin-2026');
  const staffNoFollow = await playwrightRequest.newContext({ baseURL: origin, extraHTTPHeaders: { Origin: origin, 'X-Forwarded-For': '10.231.0.1' }, storageState: await staff.storageState(), maxRedirects: 0 });

  const tried: Tried[] = [];
  const jobs: (() => Promise<void>)[] = [];
  /** Queues one request; its answer is recorded under the endpoint's name. */
  const send = (endpoint: string, method: string, url: string, run: () => Promise<APIResponse>) =>
    jobs.push(async () => {
      // A connection reset before any answer is retried once, as browsers do: the
      // client may have reused a kept-alive connection the server was closing. An
      // input that makes the server drop the connection fails both times.
      const response = await run().catch((error: Error) => (RESET.test(error.message) ? run() : Promise.reject(error))).catch((error: Error) => error);
      if (response instanceof Error) {
        tried.push({ endpoint, method, url: url.slice(0, 160), status: 599, problem: response.message.split('\n')[0] });
        return;
      }
      const entry: Tried = { endpoint, method, url: url.slice(0, 160), status: response.status() };
      if (url.startsWith('/api/') && response.status() >= 400 && response.status() < 500) {
        const type = response.headers()['content-type'] ?? '';
        const body = type.includes('json') ? await response.json().catch(() => ({})) : {};
        // A Vietnamese title: at least one letter with a Vietnamese diacritic.
        if (!type.includes('application/problem+json') || !/[À-ỹ]/.test(String(body.title ?? ''))) entry.problem = `${type} ${JSON.stringify(body).slice(0, 120)}`;
      }
      tried.push(entry);
    });

  // What the fuzzing must not change: one slot's free seats and the outcome export.
  const points = (await (await anon.get('/api/help-points?ward=bim-son')).json()).helpPoints as { id: number; hamlet: string }[];
  const point = points.find((p) => p.hamlet === 'Khu phố 8')!;
  const day = vnDay(5);
  const seatsAt = async () => ((await (await anon.get(`/api/help-points/${point.id}/slots?date=${day}`)).json()).slots as { startsAt: string; seatsLeft: number }[])[7];
  const slotBefore = await seatsAt();
  const exportLines = async () => (await (await staff.get('/api/staff/outcomes?format=csv')).text()).split('\n').length;
  const exportBefore = await exportLines();

  // --- Route handlers: path parameters, query values, bodies ---
  for (const segment of SEGMENTS) {
    send('GET /api/help-points/[id]/slots', 'GET', `/api/help-points/${segment}/slots?date=${day}`, () => anon.get(`/api/help-points/${segment}/slots?date=${day}`));
    send('GET /api/bookings/[code]', 'GET', `/api/bookings/${segment}`, () => anon.get(`/api/bookings/${segment}`, { headers: { Authorization: 'Bearer x' } }));
    send('POST /api/bookings/[code]/cancel', 'POST', `/api/bookings/${segment}/cancel`, () => anon.post(`/api/bookings/${segment}/cancel`, { headers: { Authorization: 'Bearer x' } }));
    send('GET /api/bookings/[code]/calendar', 'GET', `/api/bookings/${segment}/calendar`, () => anon.get(`/api/bookings/${segment}/calendar?t=x`));
    send('GET /api/* (no route)', 'GET', `/api/${segment}`, () => anon.get(`/api/${segment}`));
  }
  const queries: [string, string, Kind, APIRequestContext][] = [
    ['GET /api/help-points', '/api/help-points?ward=', 'any', anon],
    ['GET /api/help-points/[id]/slots', `/api/help-points/${point.id}/slots?date=`, 'date', anon],
    ['GET /api/bookings/[code]/calendar', '/api/bookings/ACD-479/calendar?t=', 'text', anon],
    ['GET /api/health', '/api/health?x=', 'text', anon],
    ...['hamlet', 'case', 'step', 'status', 'blocker', 'group', 'from', 'to', 'q', 'format'].map(
      (field) => ['GET /api/staff/outcomes', `/api/staff/outcomes?${field}=`, field === 'hamlet' ? 'id' : field === 'from' || field === 'to' ? 'date' : field === 'q' ? 'text' : 'any', staff] as [string, string, Kind, APIRequestContext],
    ),
    ['GET /api/staff/campaign/report', '/api/staff/campaign/report?ward=', 'id', staff],
    ['GET /api/staff/campaign/report', '/api/staff/campaign/report?day=', 'date', staff],
    ['GET /api/staff/campaign/report', '/api/staff/campaign/report?locale=', 'text', staff],
    ...['hamlet', 'status', 'q', 'page', 'format'].map(
      (field) => ['GET /api/staff/people', `/api/staff/people?${field}=`, field === 'hamlet' || field === 'page' ? 'id' : field === 'q' ? 'text' : 'any', staff] as [string, string, Kind, APIRequestContext],
    ),
  ];
  for (const [endpoint, prefix, kind, context] of queries) {
    for (const value of (endpoint.includes('outcomes') ? CORE : VALUES)[kind]) send(endpoint, 'GET', prefix + value, () => context.get(prefix + enc(value)));
    for (const raw of ['%', '%ZZ', '%E0%A4%A', '%00']) send(endpoint, 'GET', prefix + raw, () => context.get(prefix + raw));
  }
  send('GET /api/staff/outcomes', 'GET', '/api/staff/outcomes?from=2026-12-01&to=2026-11-01', () => staff.get('/api/staff/outcomes?from=2026-12-01&to=2026-11-01'));

  // JSON bodies: each field of a booking in turn, with everything else valid but consent refused, so none may be stored.
  const base = { helpPointId: point.id, startsAt: slotBefore.startsAt, fullName: 'Trần Văn Fuzz', phone: '0912 345 670', people: 1, need: 'ready', notes: '', consent: false, locale: 'vi' };
  const fieldValues: Record<string, unknown[]> = {
    helpPointId: [...NUMBERS, -1, 0, 1.5, 2147483648, 1e21, null, true, [1], { id: 1 }],
    startsAt: [...INSTANTS, 0, null, []],
    fullName: [...TEXT, 123, null, ['a'], { a: 1 }],
    phone: [...TEXT.slice(0, 12), '+84 9999999999999999', 912345678],
    people: [...NUMBERS, 0, -1, 1.5, 4, 1e308],
    need: [...TEXT.slice(0, 10), null],
    notes: [...TEXT, 'dòng 1\ndòng 2\tcột'],
    consent: ['on\u0000', 'true', 1, 'yes'],
    locale: ['xx', '\u0000', 'vi\u0000'],
  };
  const bookingBodies: unknown[] = [
    ...Object.entries(fieldValues).flatMap(([field, values]) => values.map((value) => ({ ...base, [field]: value }))),
    [], [base], 'text', 42, null, {}, { ...base, extra: 'x'.repeat(20_000) }, { ...base, ['a\u0000']: 1 }, { __proto__: { consent: true }, ...base },
  ];
  for (const body of bookingBodies) {
    send('POST /api/bookings', 'POST', `/api/bookings ${JSON.stringify(body).slice(0, 80)}`, () => anon.post('/api/bookings', { headers: { ...client(), 'Content-Type': 'application/json' }, data: JSON.stringify(body) }));
  }
  const rawBodies: [string, string][] = [
    ['application/json', ''], ['application/json', '{'], ['application/json', '{"a":'.repeat(5000)], ['application/json', '[' .repeat(10_000)], ['application/json', 'x'.repeat(40_000)],
    ['application/json', '\u0000'], ['application/json; charset=latin1', '{"fullName":"\xff"}'], ['text/plain', JSON.stringify(base)], ['application/x-www-form-urlencoded', 'fullName=a&consent=on'],
    ['multipart/form-data; boundary=x', '--x\r\n'], ['', JSON.stringify(base)], ['application/json', '"\\ud800"'], ['application/json', '{"helpPointId":1e400}'],
    // 5 KB nested 2,500 levels deep, which once answered 500 with a stack trace.
    ['application/json', '['.repeat(2500) + ']'.repeat(2500)], ['application/json', '{"a":'.repeat(2500) + '1' + '}'.repeat(2500)],
  ];
  for (const [type, body] of rawBodies) {
    for (const [endpoint, path, context] of [['POST /api/bookings', '/api/bookings', anon], ['POST /api/staff/sync', '/api/staff/sync', staff], ['POST /api/staff/follow-up/import', '/api/staff/follow-up/import', staffNoFollow], ['POST /api/staff/sign-out', '/api/staff/sign-out', anon]] as const) {
      send(endpoint, 'POST', `${path} ${type} ${body.slice(0, 40)}`, () => context.post(path, { headers: { ...client(), ...(type ? { 'Content-Type': type } : {}) }, data: body }));
    }
  }
  const record = (patch: Record<string, unknown>) => ({ id: crypto.randomUUID(), kind: 'outcome', createdAt: new Date().toISOString(), data: { hamletId: 'x' }, ...patch });
  const syncBodies: unknown[] = [
    { userId: 2147483648, records: [record({})] }, { userId: 1, records: [] }, { userId: 1, records: Array.from({ length: 21 }, () => record({})) },
    { userId: '1', records: [record({})] }, { userId: 1, records: {} }, { userId: 1, records: [record({ id: 'x\u0000' })] },
    ...INSTANTS.map((createdAt) => ({ userId: 1, records: [record({ createdAt })] })),
    ...['kind', 'id'].flatMap((field) => TEXT.slice(0, 8).map((value) => ({ userId: 1, records: [record({ [field]: value })] }))),
    ...NUMBERS.map((bookingId) => ({ userId: 1, records: [record({ kind: 'arrival', data: { bookingId } })] })),
    [], null, 'x',
  ];
  for (const body of syncBodies) send('POST /api/staff/sync', 'POST', `/api/staff/sync ${JSON.stringify(body).slice(0, 80)}`, () => staff.post('/api/staff/sync', { data: body }));
  for (const name of ['-', 'a.exe', 'list.xlsx', 'list.csv', '\u0000.csv', `${NFD_NAME}.csv`]) {
    for (const content of ['', 'a,b\n1,2', '\u0000\u0000', 'PK\u0003\u0004garbage']) {
      send('POST /api/staff/follow-up/import', 'POST', `/api/staff/follow-up/import ${name}`, () =>
        staffNoFollow.post('/api/staff/follow-up/import', { multipart: { file: { name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) } } }),
      );
    }
  }

  // --- Pages that read their address ---
  const pages: [string, Kind, APIRequestContext][] = [
    ['/booking/{}', 'any', anon], ['/booking/ACD-479?t={}', 'text', anon], ['/booking/{}/move', 'any', anon], ['/booking/ACD-479/move?t=x&day={}', 'date', anon],
    ['/waitlist/{}?t=x', 'id', anon], ['/waitlist/1?t={}', 'text', anon],
    ['/b/{}', 'any', anon], ['/b/ACD479{}', 'text', anon], ['/en/b/{}', 'text', anon], ['/w/{}', 'id', anon], ['/w/1-{}', 'text', anon],
    ['/book?ward={}', 'text', anon], ['/book?ward=bim-son&hamlet={}', 'id', anon], [`/book?ward=bim-son&point={}`, 'id', anon], ['/book?day={}', 'date', anon], ['/book?need={}', 'text', anon],
    [`/book/details?point={}&start=${slotBefore.startsAt}`, 'id', anon], [`/book/details?point=${point.id}&start={}`, 'instant', anon],
    ['/guides/{}', 'any', anon], ['/guides/{}/print', 'text', anon], ['/en/guides/{}', 'text', anon], ['/start/{}', 'any', anon], ['/start/{}/{}', 'text', anon], ['/report?guide={}', 'text', anon], ['/{}', 'any', anon],
    ['/kiosk/{}', 'text', anon], ['/kiosk/book?day={}', 'date', anon], ['/kiosk/book/details?start={}', 'instant', anon], ['/kiosk/start/{}', 'text', anon],
    ['/staff/bookings/{}', 'id', staffNoFollow], ['/staff/bookings/1?error={}', 'text', staffNoFollow], ['/staff/help-points/{}', 'id', staffNoFollow], [`/staff/help-points/${point.id}?day={}`, 'date', staffNoFollow],
    ['/staff/accounts/{}', 'id', staffNoFollow], ['/staff/accounts/1?done={}&error={}', 'text', staffNoFollow], ['/staff/follow-up/import/{}', 'id', staffNoFollow],
    ['/staff/today?day={}', 'date', staffNoFollow], ['/staff/today?q={}', 'text', staffNoFollow], ['/staff/audit?day={}', 'date', staffNoFollow], ['/staff/audit?hamlet={}', 'id', staffNoFollow],
    ...['hamlet', 'case', 'step', 'status', 'blocker', 'group', 'from', 'to', 'q', 'page'].map((field) => [`/staff/lists?${field}={}`, field === 'hamlet' || field === 'page' ? 'id' : field === 'from' || field === 'to' ? 'date' : 'any', staffNoFollow] as [string, Kind, APIRequestContext]),
    ['/staff/follow-up?hamlet={}', 'id', staffNoFollow], ['/staff/follow-up?status={}&q={}', 'text', staffNoFollow], ['/staff/follow-up?saved={}', 'id', staffNoFollow], ['/staff/follow-up?page={}', 'id', staffNoFollow],
    ['/staff/walk-in?person={}', 'id', staffNoFollow], ['/staff/people?page={}', 'id', staffNoFollow], ['/staff/people/{}', 'id', staffNoFollow], ['/staff/campaign?day={}', 'date', staffNoFollow],
    ['/staff/campaign?ward={}', 'id', staffNoFollow], ['/staff/campaign?hamlet={}', 'id', staffNoFollow], ['/staff/campaign/report?ward={}', 'id', staffNoFollow], ['/staff/campaign/report?day={}', 'date', staffNoFollow],
    ['/staff/campaign/targets?edit={}', 'id', staffNoFollow], ['/staff/campaign/targets?error={}&saved={}', 'text', staffNoFollow], ['/staff/campaign/population?imported={}', 'id', staffNoFollow],
    ['/staff/check-in?code={}', 'text', staffNoFollow], ['/staff/self-reports?error={}', 'text', staffNoFollow], ['/staff/kiosks?error={}&revoked={}', 'text', staffNoFollow],
    ['/staff/posters?point={}', 'id', staffNoFollow], ['/staff/posters/cards?point={}', 'id', staffNoFollow], ['/staff?denied={}', 'text', staffNoFollow], ['/en/staff/today?day={}', 'date', staffNoFollow],
  ];
  for (const [template, kind, context] of pages) {
    const endpoint = `GET ${template.replace(/\?.*/, '')}${template.includes('?') ? `?${template.split('?')[1].replace(/=\{\}/g, '=')}` : ''}`;
    const inPath = template.split('?')[0].includes('{}');
    const values = [...CORE[kind].map(enc), ...(inPath ? SEGMENTS.slice(0, 6) : ['%ZZ', '%00'])];
    for (const value of values) {
      const url = template.replaceAll('{}', value);
      send(endpoint, 'GET', url, () => context.get(url, { headers: client() }));
    }
  }

  // --- Forms and their server actions, with and without the Next-Action header ---
  const formPages: [string, APIRequestContext][] = [
    ['/booking/resend', anon], ['/report', anon], [`/book/details?point=${point.id}&start=${encodeURIComponent(slotBefore.startsAt)}`, anon], ['/staff/sign-in', anon],
    ['/staff/today', staffNoFollow], ['/staff/walk-in', staffNoFollow], ['/staff/password', staffNoFollow], ['/staff/privacy', staffNoFollow], ['/staff/accounts/new', staffNoFollow],
    [`/staff/help-points/${point.id}`, staffNoFollow], ['/staff/campaign/targets', staffNoFollow], ['/staff/campaign/population', staffNoFollow], ['/staff/kiosks', staffNoFollow],
    ['/staff/follow-up', staffNoFollow], ['/staff/self-reports', staffNoFollow], ['/staff/check-in', staffNoFollow], ['/staff/people', staffNoFollow],
  ];
  const found = (await Promise.all(formPages.map(async ([path, context]) => (await formsOn(context, path)).map((form) => ({ ...form, path, context }))))).flat();
  // One form per action: a list's rows each carry the same one.
  const forms = [...new Map(found.map((form) => [form.actionId, form])).values()];
  expect(forms.length, 'forms found on the pages').toBeGreaterThan(10);
  const formValues = [...CORE.text, '-1', '99999999999', '0001-01-01', '2026-02-30'];
  for (const form of forms) {
    const endpoint = `POST ${form.path.replace(/\?.*/, '')} (${form.actionName})`;
    // A number in every cell of the population table would be saved: that form gets text only.
    for (const value of form.path.includes('population') ? CORE.text.slice(1) : formValues) {
      const fields = Object.fromEntries(form.fields.map((name) => [name, value]));
      // Without the header: the plain form post a browser without JavaScript makes.
      send(`${endpoint} form`, 'POST', `${form.path} ${form.actionName} ${JSON.stringify(value).slice(0, 30)}`, () =>
        form.context.post(form.path, { headers: client(), multipart: { ...form.hidden, ...fields } }),
      );
      // With the header: the call the page's script makes, its arguments encoded as React encodes them.
      const encoded: Record<string, string> = { 0: JSON.stringify(form.stateful ? [{ version: 0, values: {} }, '$K1'] : ['$K1']) };
      for (const [name, v] of Object.entries(fields)) encoded[`1_${name}`] = v;
      send(`${endpoint} action`, 'POST', `${form.path} Next-Action ${JSON.stringify(value).slice(0, 30)}`, () =>
        form.context.post(form.path, { headers: { ...client(), 'Next-Action': form.actionId, Accept: 'text/x-component' }, multipart: encoded }),
      );
    }
    // Arguments no page sends: none, the wrong kind, a forged state, and bodies React cannot decode at all.
    for (const args of ['[]', '["$K1"]', '[null,"$K1"]', '[{"version":"x","values":null,"slot":1},"$K1"]', '["x","y"]', '{}', 'not json', '{"a":', '\u0000']) {
      send(`${endpoint} action`, 'POST', `${form.path} Next-Action args ${args}`, () =>
        form.context.post(form.path, { headers: { ...client(), 'Next-Action': form.actionId, Accept: 'text/x-component' }, multipart: { 0: args } }),
      );
      send(`${endpoint} action`, 'POST', `${form.path} Next-Action text ${args}`, () =>
        form.context.post(form.path, { headers: { ...client(), 'Next-Action': form.actionId, Accept: 'text/x-component', 'Content-Type': 'text/plain;charset=UTF-8' }, data: args }),
      );
    }
    // The hidden fields that name the action, forged.
    const forged = Object.fromEntries(Object.keys(form.hidden).map((name) => [name, 'not json']));
    send(`${endpoint} form`, 'POST', `${form.path} forged hidden fields`, () => form.context.post(form.path, { headers: client(), multipart: { ...form.hidden, ...forged } }));
  }
  for (const id of ['', 'x', '0'.repeat(42), '\u0000']) {
    send('POST (unknown Next-Action)', 'POST', `/ Next-Action ${id}`, () => anon.post('/', { headers: { 'Next-Action': encodeURIComponent(id) }, multipart: { 0: '[]' } }));
  }

  const started = Date.now();
  await runAll(jobs, 8);
  const seconds = (Date.now() - started) / 1000;

  const table = new Map<string, { inputs: number; '4xx': number; other: number; '5xx': number }>();
  for (const t of tried) {
    const row = table.get(t.endpoint) ?? { inputs: 0, '4xx': 0, other: 0, '5xx': 0 };
    row.inputs += 1;
    if (t.status >= 500) row['5xx'] += 1;
    else if (t.status >= 400) row['4xx'] += 1;
    else row.other += 1;
    table.set(t.endpoint, row);
  }
  console.log(`Fuzz: ${tried.length} inputs to ${table.size} endpoints in ${seconds.toFixed(1)} s`);
  console.table(Object.fromEntries([...table].sort(([a], [b]) => a.localeCompare(b))));

  const failures = tried.filter((t) => t.status >= 500);
  for (const failure of failures) console.log(`${failure.status} ${failure.endpoint}: ${JSON.stringify(failure.url)}${failure.problem ? ` (${failure.problem})` : ''}`);
  expect(failures.slice(0, 30), `${failures.length} answers of 500 or more`).toEqual([]);
  const unclear = tried.filter((t) => t.problem);
  expect(unclear.slice(0, 20), 'API refusals that are not a Vietnamese problem+json').toEqual([]);

  // Nothing stored: the slot's seats, the day's bookings page and the outcome export are as before.
  expect((await seatsAt()).seatsLeft).toBe(slotBefore.seatsLeft);
  expect(await exportLines()).toBe(exportBefore);
  await Promise.all([anon.dispose(), staff.dispose(), staffNoFollow.dispose()]);
});

async function runAll(jobs: (() => Promise<void>)[], concurrency: number) {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < jobs.length) await jobs[next++]();
  }));
}

type Form = { actionId: string; actionName: string; stateful: boolean; hidden: Record<string, string>; fields: string[] };

const decodeHtml = (text: string) => text.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const attribute = (tag: string, name: string) => {
  const match = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return match ? decodeHtml(match[1]) : undefined;
};

/**
 * The server-action forms of a page as React renders them for a browser
 * without JavaScript: the hidden fields that name the action (`$ACTION_ID_…`
 * for a plain action, `$ACTION_REF_…` with its bound state for one used with
 * useActionState) and the names of the fields people fill in.
 */
async function formsOn(context: APIRequestContext, path: string): Promise<Form[]> {
  const html = await (await context.get(path)).text();
  const forms: Form[] = [];
  for (const [, body] of html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)) {
    const hidden: Record<string, string> = {};
    const fields = new Set<string>();
    for (const [tag] of body.matchAll(/<(?:input|select|textarea|button)\b[^>]*>/g)) {
      const name = attribute(tag, 'name');
      if (!name) continue;
      if (name.startsWith('$ACTION')) hidden[name] = attribute(tag, 'value') ?? '';
      else if (!/type="(submit|button)"/.test(tag) || attribute(tag, 'value')) fields.add(name);
    }
    const plain = Object.keys(hidden).find((name) => name.startsWith('$ACTION_ID_'));
    const bound = Object.entries(hidden).find(([name]) => /^\$ACTION_\d+:0$/.test(name));
    const actionId = plain ? plain.slice('$ACTION_ID_'.length) : bound ? (JSON.parse(bound[1]) as { id: string }).id : undefined;
    if (!actionId) continue;
    forms.push({ actionId, actionName: `${[...fields].slice(0, 3).join(',')}`, stateful: !plain, hidden, fields: [...fields] });
  }
  return forms;
}

/** Signs in with the sign-in page's own form, as a browser without JavaScript would. */
async function signIn(context: APIRequestContext, login: string, password: string) {
  const [form] = await formsOn(context, '/staff/sign-in');
  const response = await context.post('/staff/sign-in', { multipart: { ...form.hidden, login, password } });
  expect(response.url()).toMatch(/\/staff\/today$/);
}
