// Loaded by `npm run test:crash` only (NODE_OPTIONS=--import): once the file
// named by CRASH_TEST_FAULT appears, the server runs out of heap by its own
// fault, the way a bug would make it: in one go ("burst", as a reader building
// a sheet's rows × columns did), or by a leak while it goes on answering
// ("leak"). An exception escaping outside any request would not do: Next.js's
// server logs it and goes on.
import fs from 'node:fs';

const trigger = process.env.CRASH_TEST_FAULT;
// NODE_OPTIONS reaches the supervisor too; only the server, which it spawned with an IPC channel, breaks.
if (trigger && process.channel) {
  setInterval(() => {
    let fault;
    try {
      fault = fs.readFileSync(trigger, 'utf8');
      fs.rmSync(trigger);
    } catch {
      return; // not asked yet, or another server took this fault
    }
    const hoard = [];
    const grow = () => hoard.push(new Array(250_000).fill(hoard.length));
    if (fault === 'burst') for (;;) grow();
    setInterval(grow, 5);
  }, 50).unref();
}
