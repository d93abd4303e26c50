import { SpreadsheetError } from './limits';

/** What a scan reports: elements by their local name (without a namespace prefix), and the text between them. */
export interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

/** A tag, a comment or a processing instruction longer than this is no spreadsheet's. */
const MAX_MARKUP = 64 * 1024;
const TAG = /<(\/?)(?:[^\s/>:]+:)?([^\s/>:]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /(?:[^\s=:]+:)?([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string) {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()];
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/**
 * Scans XML as it arrives, a piece at a time, without building a document:
 * text is handed on as it comes (a huge text holds no memory here), and only
 * an unfinished tag is kept until the next piece. Enough XML for the parts of
 * an .xlsx file; a document type declaration, which they never have, is
 * refused rather than expanded.
 */
export class XmlScanner {
  private rest = '';

  constructor(private readonly handler: XmlHandler) {}

  write(piece: string) {
    const text = this.rest + piece;
    let at = 0;
    for (;;) {
      const lt = text.indexOf('<', at);
      if (lt < 0) {
        // An entity cut in two waits for its end.
        const amp = text.lastIndexOf('&');
        const keep = amp >= at && amp > text.length - 12 && !text.includes(';', amp) ? amp : text.length;
        if (keep > at) this.handler.text(decode(text.slice(at, keep)));
        this.rest = text.slice(keep);
        return;
      }
      if (lt > at) this.handler.text(decode(text.slice(at, lt)));
      const end = this.markup(text, lt);
      if (end < 0) {
        if (text.length - lt > MAX_MARKUP) throw new SpreadsheetError('unreadable');
        this.rest = text.slice(lt);
        return;
      }
      at = end;
    }
  }

  /** The document ended: nothing may be left unfinished. */
  end() {
    if (this.rest.trim() !== '') throw new SpreadsheetError('unreadable');
  }

  /** Hands on the markup starting at `lt` and returns where it ends, or -1 when it is not all here yet. */
  private markup(text: string, lt: number): number {
    const closer = (open: string, close: string) => (text.startsWith(open, lt) ? text.indexOf(close, lt + open.length) : -2);
    const cdata = closer('<![CDATA[', ']]>');
    if (cdata !== -2) {
      if (cdata >= 0) this.handler.text(text.slice(lt + 9, cdata));
      return cdata < 0 ? -1 : cdata + 3;
    }
    for (const [open, close] of [['<!--', '-->'], ['<?', '?>']]) {
      const found = closer(open, close);
      if (found !== -2) return found < 0 ? -1 : found + close.length;
    }
    if (text.startsWith('<!', lt)) throw new SpreadsheetError('unreadable');
    TAG.lastIndex = lt;
    const tag = TAG.exec(text);
    // Not a whole tag: the rest of it is still to come (or it is no tag, which the limit or the end will tell).
    if (!tag) return -1;
    const [, closing, name, attributeText, selfClosing] = tag;
    if (closing) this.handler.close(name);
    else {
      const attributes: Record<string, string> = {};
      for (const [, key, double, single] of attributeText.matchAll(ATTRIBUTE)) attributes[key] = decode(double ?? single);
      this.handler.open(name, attributes);
      if (selfClosing) this.handler.close(name);
    }
    return TAG.lastIndex;
  }
}
