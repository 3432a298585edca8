/**
 * Streaming lcov parser (istanbul/nyc/c8, geninfo/gcov, coverage.py `coverage lcov`, lcov 2.x).
 *
 * Works on the raw bytes of each chunk: no per-line string or regex, so a 200 MB report of 20,000
 * files is read in bounded memory at close to the speed of a plain line read. Totals are computed
 * from the item records (DA, FN/FNDA, BRDA) exactly as `lcov --summary` does; the LF/LH, FNF/FNH,
 * BRF/BRH summary lines are used only for a file that has no item records of that kind.
 */
import { open } from 'node:fs/promises';
import { UserError } from '../../errors.js';
import type { MetricCounts } from '../../gates/coverage.js';
import {
  newDetail,
  type CoverageReport,
  type FileDetail,
  type FileRecord,
  type ParseOptions,
} from './types.js';

const NL = 10;
const CR = 13;
const COLON = 58;
const COMMA = 44;
const MINUS = 45;
const MAX_LINE = 50_000_000;
const MAX_LINE_BYTES = 16 << 20;

/** Next position after a number read by readUint (a module variable: no allocation per call). */
let nextPos = 0;

/** Reads an unsigned decimal at p; returns -1 when there is no digit. */
function readUint(buf: Buffer, p: number, end: number): number {
  let v = 0;
  const start = p;
  while (p < end) {
    const c = buf[p]!;
    if (c < 48 || c > 57) break;
    v = v * 10 + (c - 48);
    p++;
  }
  nextPos = p;
  return p === start ? -1 : v;
}

class LcovParser {
  lineNo = 0;
  records: FileRecord[] = [];
  private inRecord = false;
  private path = '';
  private recordLine = 0;
  private gen = 1;
  private seen = new Int32Array(1 << 12);
  private seenHit = new Int32Array(1 << 12);
  private hasDA = false;
  private lf = 0;
  private lh = 0;
  private sumLF = -1;
  private sumLH = -1;
  private fnNames = new Map<string, number>();
  private fnFound = 0;
  private fnHit = 0;
  private sumFNF = -1;
  private sumFNH = -1;
  private hasBR = false;
  private brFound = 0;
  private brHit = 0;
  private sumBRF = -1;
  private sumBRH = -1;
  private detail: FileDetail | null = null;

  constructor(
    private readonly display: string,
    private readonly detailFor: ReadonlySet<string> | undefined,
  ) {}

  fail(what: string): never {
    throw new UserError(
      `Coverage report ${this.display} is not valid lcov: line ${this.lineNo}: ${what}. ` +
        'Re-run the step that writes it; a report cut off while being written or copied looks like this.',
    );
  }

  private requireRecord(key: string): void {
    if (!this.inRecord) this.fail(`${key} record outside a file section (no SF: line before it)`);
  }

  /** One line, without its line break. */
  line(buf: Buffer, s: number, e: number): void {
    if (e > s && buf[e - 1] === CR) e--;
    if (s === e) return;
    const c0 = buf[s]!;
    const c1 = e - s > 1 ? buf[s + 1]! : 0;
    const c2 = e - s > 2 ? buf[s + 2]! : 0;
    switch (c0) {
      case 68: // D
        if (c1 === 65 && c2 === COLON) return this.da(buf, s + 3, e);
        break;
      case 66: // B
        if (c1 === 82) {
          if (c2 === 68 && buf[s + 3] === 65 && buf[s + 4] === COLON) return this.brda(buf, s + 5, e);
          if (c2 === 70 && buf[s + 3] === COLON)
            return void (this.sumBRF = this.summary(buf, s + 4, e, 'BRF'));
          if (c2 === 72 && buf[s + 3] === COLON)
            return void (this.sumBRH = this.summary(buf, s + 4, e, 'BRH'));
        }
        break;
      case 70: // F
        if (c1 === 78) {
          if (c2 === COLON) return this.fn(buf, s + 3, e);
          const c3 = buf[s + 3];
          if (c2 === 68 && c3 === 65 && buf[s + 4] === COLON) return this.fnda(buf, s + 5, e, false);
          if (c3 === COLON) {
            if (c2 === 70) return void (this.sumFNF = this.summary(buf, s + 4, e, 'FNF'));
            if (c2 === 72) return void (this.sumFNH = this.summary(buf, s + 4, e, 'FNH'));
            if (c2 === 65) return this.fnda(buf, s + 4, e, true); // lcov 2: FNA:index,count,name
            if (c2 === 76) return this.requireRecord('FNL'); // lcov 2: FNL:index,start,end
          }
        }
        break;
      case 76: // L
        if (c2 === COLON) {
          if (c1 === 70) return void (this.sumLF = this.summary(buf, s + 3, e, 'LF'));
          if (c1 === 72) return void (this.sumLH = this.summary(buf, s + 3, e, 'LH'));
        }
        break;
      case 83: // S
        if (c1 === 70 && c2 === COLON) return this.sf(buf, s + 3, e);
        break;
      case 84: // T
        if (c1 === 78 && c2 === COLON) return; // test name
        break;
      case 101: // e
        if (e - s === 13 && buf.toString('latin1', s, e) === 'end_of_record') {
          return this.endRecord();
        }
        break;
    }
    // Other `KEY:` lines (VER:, and keys of future lcov versions) carry nothing we count.
    let p = s;
    while (p < e && buf[p]! >= 65 && buf[p]! <= 90) p++;
    if (p > s && p < e && buf[p] === COLON) return;
    this.fail('a line that is not an lcov record (KEY:value or end_of_record)');
  }

  private summary(buf: Buffer, p: number, e: number, key: string): number {
    this.requireRecord(key);
    const v = readUint(buf, p, e);
    if (v < 0 || nextPos !== e) this.fail(`${key} needs a count`);
    return v;
  }

  private sf(buf: Buffer, p: number, e: number): void {
    if (this.inRecord) {
      this.fail(
        `SF: starts a new file, but the section of ${this.path} (line ${this.recordLine}) has no end_of_record`,
      );
    }
    if (p === e) this.fail('SF: without a file path');
    this.inRecord = true;
    this.path = buf.toString('utf8', p, e);
    this.recordLine = this.lineNo;
    this.detail = this.detailFor?.has(this.path) ? newDetail() : null;
  }

  private da(buf: Buffer, p: number, e: number): void {
    this.requireRecord('DA');
    const line = readUint(buf, p, e);
    if (line < 0 || buf[nextPos] !== COMMA) this.fail('DA needs "line,count"');
    p = nextPos + 1;
    const neg = buf[p] === MINUS;
    if (neg) p++;
    let count = readUint(buf, p, e);
    if (count < 0 || (nextPos !== e && buf[nextPos] !== COMMA)) this.fail('DA needs "line,count"');
    if (neg) count = 0; // lcov treats negative counts (a gcov quirk) as 0
    if (line > MAX_LINE) this.fail(`line number ${line} is implausible`);
    this.hasDA = true;
    if (line >= this.seen.length) this.grow(line);
    if (this.seen[line] !== this.gen) {
      this.seen[line] = this.gen;
      this.lf++;
    }
    if (count > 0 && this.seenHit[line] !== this.gen) {
      this.seenHit[line] = this.gen;
      this.lh++;
    }
    if (this.detail) this.detail.lines.set(line, (this.detail.lines.get(line) ?? 0) + count);
  }

  private grow(line: number): void {
    let n = this.seen.length;
    while (n <= line) n *= 2;
    const a = new Int32Array(n);
    a.set(this.seen);
    this.seen = a;
    const b = new Int32Array(n);
    b.set(this.seenHit);
    this.seenHit = b;
  }

  private brda(buf: Buffer, p: number, e: number): void {
    this.requireRecord('BRDA');
    const line = readUint(buf, p, e);
    if (line < 0 || buf[nextPos] !== COMMA) this.fail('BRDA needs "line,block,branch,taken"');
    const mid = nextPos + 1;
    // block and branch are opaque (lcov 2 allows an expression); taken follows the last comma.
    let q = e - 1;
    while (q > mid && buf[q] !== COMMA) q--;
    if (q <= mid) this.fail('BRDA needs "line,block,branch,taken"');
    let taken = 0;
    if (!(buf[q + 1] === MINUS && q + 2 === e)) {
      taken = readUint(buf, q + 1, e);
      if (taken < 0 || nextPos !== e) this.fail('BRDA taken count must be a number or "-"');
    }
    this.hasBR = true;
    this.brFound++;
    if (taken > 0) this.brHit++;
    if (this.detail) {
      const key = `${line},${buf.toString('latin1', mid, q)}`;
      this.detail.branches.set(key, (this.detail.branches.get(key) ?? 0) + taken);
    }
  }

  private fn(buf: Buffer, p: number, e: number): void {
    this.requireRecord('FN');
    const start = readUint(buf, p, e);
    if (start < 0 || buf[nextPos] !== COMMA) this.fail('FN needs "line,name"');
    p = nextPos + 1;
    // lcov 2: FN:start,end,name
    const end = readUint(buf, p, e);
    if (end >= 0 && buf[nextPos] === COMMA) p = nextPos + 1;
    if (p >= e) this.fail('FN without a function name');
    const name = buf.toString('latin1', p, e);
    if (!this.fnNames.has(name)) {
      this.fnNames.set(name, 0);
      this.fnFound++;
    }
  }

  private fnda(buf: Buffer, p: number, e: number, withIndex: boolean): void {
    this.requireRecord(withIndex ? 'FNA' : 'FNDA');
    if (withIndex) {
      if (readUint(buf, p, e) < 0 || buf[nextPos] !== COMMA) this.fail('FNA needs "index,count,name"');
      p = nextPos + 1;
    }
    const count = readUint(buf, p, e);
    if (count < 0 || buf[nextPos] !== COMMA || nextPos + 1 >= e) this.fail('FNDA needs "count,name"');
    const name = buf.toString('latin1', nextPos + 1, e);
    const prev = this.fnNames.get(name);
    if (prev === undefined) {
      this.fnFound++;
      if (count > 0) this.fnHit++;
      this.fnNames.set(name, count);
    } else {
      if (prev === 0 && count > 0) this.fnHit++;
      this.fnNames.set(name, prev + count);
    }
  }

  private endRecord(): void {
    if (!this.inRecord) this.fail('end_of_record without a file section (no SF: line before it)');
    const counts: MetricCounts = {
      lines: this.hasDA ? { found: this.lf, hit: this.lh } : fromSummary(this.sumLF, this.sumLH),
      functions:
        this.fnNames.size > 0
          ? { found: this.fnFound, hit: this.fnHit }
          : fromSummary(this.sumFNF, this.sumFNH),
      branches: this.hasBR ? { found: this.brFound, hit: this.brHit } : fromSummary(this.sumBRF, this.sumBRH),
    };
    for (const c of Object.values(counts)) {
      if (c.hit > c.found) this.fail(`the section of ${this.path} says more items were hit than exist`);
    }
    const rec: FileRecord = { path: this.path, counts };
    if (this.detail) {
      for (const [name, n] of this.fnNames) this.detail.functions.set(name, n);
      rec.detail = this.detail;
    }
    this.records.push(rec);
    this.inRecord = false;
    this.detail = null;
    this.gen++;
    this.hasDA = false;
    this.lf = this.lh = 0;
    this.sumLF = this.sumLH = this.sumFNF = this.sumFNH = this.sumBRF = this.sumBRH = -1;
    this.fnNames.clear();
    this.fnFound = this.fnHit = 0;
    this.hasBR = false;
    this.brFound = this.brHit = 0;
  }

  finish(): void {
    if (this.inRecord) {
      this.lineNo++;
      this.fail(
        `the file ends inside the section of ${this.path} (started at line ${this.recordLine}) without end_of_record, so the report is truncated`,
      );
    }
  }
}

function fromSummary(found: number, hit: number): { found: number; hit: number } {
  return found > 0 ? { found, hit: Math.max(0, hit) } : { found: 0, hit: 0 };
}

/** Parses an lcov tracefile, streaming. `display` names the file in error messages. */
export async function parseLcov(
  file: string,
  display: string,
  opts: ParseOptions = {},
): Promise<CoverageReport> {
  const parser = new LcovParser(display, opts.detailFor);
  // One buffer, reused for every read (a partial last line is moved to its front): memory stays
  // flat in the report's size, where a stream allocates a new chunk per read and leaves them to the
  // garbage collector (`npm run bench`: peak RSS of a 200 MB / 47,000-file report).
  let buf = Buffer.allocUnsafe(1 << 20);
  let kept = 0;
  const fh = await open(file, 'r');
  try {
    for (;;) {
      if (opts.signal?.aborted)
        throw new UserError(`Stopped reading coverage report ${display}: the run's deadline passed.`);
      if (kept === buf.length) {
        // One line fills the whole buffer: grow it, up to the longest line we accept.
        if (buf.length >= MAX_LINE_BYTES)
          throw new UserError(
            `Coverage report ${display} is not valid lcov: a line longer than 16 MB near line ${parser.lineNo + 1}.`,
          );
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, kept);
        buf = bigger;
      }
      const { bytesRead } = await fh.read(buf, kept, buf.length - kept, null);
      if (bytesRead === 0) break;
      const end = kept + bytesRead;
      const view = buf.subarray(0, end);
      let pos = 0;
      for (;;) {
        const nl = view.indexOf(NL, pos);
        if (nl < 0) break;
        parser.lineNo++;
        parser.line(buf, pos, nl);
        pos = nl + 1;
      }
      buf.copy(buf, 0, pos, end);
      kept = end - pos;
    }
  } finally {
    await fh.close();
  }
  if (kept > 0) {
    parser.lineNo++;
    parser.line(buf, 0, kept);
  }
  parser.finish();
  return { file, format: 'lcov', records: parser.records };
}
