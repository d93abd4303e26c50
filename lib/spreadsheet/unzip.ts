import zlib from 'node:zlib';
import { SPREADSHEET_LIMITS as LIMITS, SpreadsheetError } from './limits';

interface Entry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

const unreadable = () => new SpreadsheetError('unreadable');

/**
 * The parts of a zip file (an .xlsx is one), each inflated as it is read, a
 * chunk at a time. The sizes the zip declares are not trusted: the bytes
 * actually inflated are counted, for each part and for all together, and
 * inflating stops as soon as they pass the limit.
 */
export class Unzip {
  private readonly entries = new Map<string, Entry>();
  private inflated = 0;

  constructor(private readonly bytes: Buffer) {
    const end = this.endOfDirectory();
    let at = bytes.readUInt32LE(end + 16);
    for (let count = bytes.readUInt16LE(end + 10); count > 0; count--) {
      if (at + 46 > end || bytes.readUInt32LE(at) !== 0x02014b50) throw unreadable();
      const nameEnd = at + 46 + bytes.readUInt16LE(at + 28);
      this.entries.set(bytes.toString('utf8', at + 46, nameEnd), {
        method: bytes.readUInt16LE(at + 10),
        compressedSize: bytes.readUInt32LE(at + 20),
        localOffset: bytes.readUInt32LE(at + 42),
      });
      at = nameEnd + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    }
  }

  has(name: string) {
    return this.entries.has(name);
  }

  /** A part's bytes as they inflate; refuses the file once they pass the limits. */
  async *read(name: string): AsyncGenerator<Buffer> {
    const entry = this.entries.get(name);
    if (!entry) throw unreadable();
    let size = 0;
    for await (const chunk of this.raw(entry)) {
      size += chunk.length;
      this.inflated += chunk.length;
      if (size > LIMITS.entryBytes || this.inflated > LIMITS.inflatedBytes) throw new SpreadsheetError('too-much-data');
      yield chunk;
    }
  }

  private async *raw({ method, compressedSize, localOffset }: Entry): AsyncGenerator<Buffer> {
    const { bytes } = this;
    if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== 0x04034b50) throw unreadable();
    const start = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
    const data = bytes.subarray(start, start + compressedSize);
    if (data.length !== compressedSize) throw unreadable();
    if (method === 0) {
      for (let at = 0; at < data.length; at += 64 * 1024) yield data.subarray(at, at + 64 * 1024);
    } else if (method === 8) {
      const inflate = zlib.createInflateRaw();
      inflate.end(data);
      // Leaving the loop early (a limit passed) destroys the stream, and with it what it had not yet inflated.
      for await (const chunk of inflate) yield chunk as Buffer;
    } else throw unreadable();
  }

  /** The end-of-directory record: within the last 64 KB, after an optional comment. */
  private endOfDirectory() {
    const { bytes } = this;
    for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
      if (bytes.readUInt32LE(at) === 0x06054b50) return at;
    }
    throw unreadable();
  }
}
