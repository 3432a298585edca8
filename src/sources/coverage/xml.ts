/**
 * Streaming XML coverage parsers (saxes: ≈3× faster than sax with the same handlers, `npm run bench`): Cobertura (istanbul, coverage.py, and others), Clover
 * (istanbul, OpenClover) and JaCoCo. The kind is told by the root element and its first child, not
 * by the file name. Only one file's counters are held at a time.
 */
import { createReadStream, existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { SaxesParser } from 'saxes';
import { UserError } from '../../errors.js';
import type { CoverageCounter, CoverageFormat, MetricCounts } from '../../gates/coverage.js';
import {
  newDetail,
  type CoverageReport,
  type FileDetail,
  type FileRecord,
  type ParseOptions,
} from './types.js';

type Attrs = Record<string, string>;

interface Handler {
  open(name: string, attrs: Attrs, parent: string | undefined, grandparent: string | undefined): void;
  close(name: string): void;
  text?(t: string): void;
}

interface Sink {
  records: FileRecord[];
  declared: NonNullable<CoverageReport['declared']>;
  detailFor: ReadonlySet<string> | undefined;
  fail(what: string): never;
}

function int(v: string | undefined): number {
  if (v === undefined || v === '') return 0;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : 0;
}

function counter(found: number, hit: number): CoverageCounter {
  return { found, hit: Math.min(hit, found) };
}

function bump(map: Map<string, number>, key: string, n: number): void {
  map.set(key, Math.max(map.get(key) ?? 0, n));
}

// ---------------------------------------------------------------- Cobertura

function cobertura(sink: Sink, root: Attrs, reportDir: string): Handler {
  if (root['lines-valid'] !== undefined)
    sink.declared.lines = counter(int(root['lines-valid']), int(root['lines-covered']));
  if (root['branches-valid'] !== undefined) {
    sink.declared.branches = counter(int(root['branches-valid']), int(root['branches-covered']));
  }
  if (root['line-rate'] !== undefined) sink.declared.lineRate = Number(root['line-rate']);
  if (root['branch-rate'] !== undefined) sink.declared.branchRate = Number(root['branch-rate']);
  const sources: string[] = [];
  let sourceText: string | null = null;
  const resolved = new Map<string, string>();
  let cls: {
    path: string;
    lines: Set<number>;
    lineHit: number;
    brFound: number;
    brHit: number;
    fnFound: number;
    fnHit: number;
    detail: FileDetail | null;
  } | null = null;
  let method: { key: string; hit: boolean } | null = null;

  const resolve = (filename: string): string => {
    if (isAbsolute(filename) || sources.length === 0) return filename;
    const cached = resolved.get(filename);
    if (cached) return cached;
    // Several <source> roots: take the one where the file exists (as Cobertura consumers do).
    let pick = join(sources[0]!, filename);
    if (sources.length > 1) {
      for (const s of sources) {
        const candidate = join(isAbsolute(s) ? s : join(reportDir, s), filename);
        if (existsSync(candidate)) {
          pick = join(s, filename);
          break;
        }
      }
    }
    resolved.set(filename, pick);
    return pick;
  };

  return {
    open(name, a, parent, grand) {
      if (name === 'source') sourceText = '';
      else if (name === 'class') {
        if (a.filename === undefined || a.filename === '') sink.fail('<class> without a filename attribute');
        const path = resolve(a.filename.replace(/\\/g, '/'));
        cls = {
          path,
          lines: new Set(),
          lineHit: 0,
          brFound: 0,
          brHit: 0,
          fnFound: 0,
          fnHit: 0,
          detail: sink.detailFor?.has(path) ? newDetail() : null,
        };
      } else if (name === 'method' && cls) {
        method = {
          key: `${a.name ?? ''}${a.signature ?? ''}`,
          hit: int(a.hits) > 0 || Number(a['line-rate'] ?? 0) > 0,
        };
      } else if (name === 'line' && parent === 'lines' && cls) {
        const number = Number(a.number);
        if (!Number.isInteger(number) || number < 0) sink.fail(`<line> with number="${a.number ?? ''}"`);
        const hits = int(a.hits);
        if (grand === 'method') {
          if (method && hits > 0) method.hit = true;
          return;
        }
        if (grand !== 'class') return;
        if (!cls.lines.has(number)) {
          cls.lines.add(number);
          if (hits > 0) cls.lineHit++;
        }
        let bv = 0;
        let bc = 0;
        if (a.branch === 'true' && a['condition-coverage']) {
          const m = /\((\d+)\/(\d+)\)/.exec(a['condition-coverage']);
          if (!m) sink.fail(`<line number="${number}"> has a condition-coverage without "(covered/total)"`);
          bc = Number(m[1]);
          bv = Number(m[2]);
          cls.brFound += bv;
          cls.brHit += Math.min(bc, bv);
        }
        if (cls.detail) {
          cls.detail.lines.set(number, Math.max(cls.detail.lines.get(number) ?? 0, hits));
          for (let i = 0; i < bv; i++) bump(cls.detail.branches, `${number}#${i}`, i < bc ? 1 : 0);
        }
      }
    },
    close(name) {
      if (name === 'source' && sourceText !== null) {
        const s = sourceText.trim();
        if (s !== '') sources.push(s.replace(/\\/g, '/'));
        sourceText = null;
      } else if (name === 'method' && cls && method) {
        cls.fnFound++;
        if (method.hit) cls.fnHit++;
        if (cls.detail) bump(cls.detail.functions, method.key, method.hit ? 1 : 0);
        method = null;
      } else if (name === 'class' && cls) {
        const rec: FileRecord = {
          path: cls.path,
          counts: {
            lines: counter(cls.lines.size, cls.lineHit),
            branches: counter(cls.brFound, cls.brHit),
            functions: counter(cls.fnFound, cls.fnHit),
          },
        };
        if (cls.detail) rec.detail = cls.detail;
        sink.records.push(rec);
        cls = null;
      }
    },
    text(t) {
      if (sourceText !== null) sourceText += t;
    },
  };
}

// ---------------------------------------------------------------- Clover

function clover(sink: Sink): Handler {
  let skipDepth = 0; // inside <testproject>: test code, not counted
  let depth = 0;
  let file: {
    path: string;
    metrics: Attrs | null;
    lines: Map<number, number>;
    st: number;
    stHit: number;
    br: number;
    brHit: number;
    fn: number;
    fnHit: number;
    detail: FileDetail | null;
  } | null = null;
  const perLine = new Map<number, number>();

  return {
    open(name, a, parent) {
      depth++;
      if (skipDepth) return;
      if (name === 'testproject') {
        skipDepth = depth;
        return;
      }
      if (name === 'metrics' && parent === 'project') {
        sink.declared.statements = counter(int(a.statements), int(a.coveredstatements));
        sink.declared.branches = counter(int(a.conditionals), int(a.coveredconditionals));
        sink.declared.functions = counter(int(a.methods), int(a.coveredmethods));
      } else if (name === 'file') {
        const raw = (a.path || a.name || '').replace(/\\/g, '/');
        if (raw === '') sink.fail('<file> without a path or name attribute');
        file = {
          path: raw,
          metrics: null,
          lines: new Map(),
          st: 0,
          stHit: 0,
          br: 0,
          brHit: 0,
          fn: 0,
          fnHit: 0,
          detail: sink.detailFor?.has(raw) ? newDetail() : null,
        };
        perLine.clear();
      } else if (file && name === 'metrics' && parent === 'file') {
        file.metrics = a;
      } else if (file && name === 'line') {
        const num = Number(a.num);
        if (!Number.isInteger(num) || num < 0) sink.fail(`<line> with num="${a.num ?? ''}"`);
        const count = int(a.count);
        const ordinal = perLine.get(num) ?? 0;
        perLine.set(num, ordinal + 1);
        const d = file.detail;
        if (a.type === 'method') {
          file.fn++;
          if (count > 0) file.fnHit++;
          if (d) bump(d.functions, `${num}#${a.signature ?? a.name ?? ordinal}`, count > 0 ? 1 : 0);
          return;
        }
        file.lines.set(num, Math.max(file.lines.get(num) ?? 0, count));
        if (d) d.lines.set(num, Math.max(d.lines.get(num) ?? 0, count));
        if (a.type === 'cond') {
          const t = int(a.truecount) > 0 ? 1 : 0;
          const f = int(a.falsecount) > 0 ? 1 : 0;
          file.br += 2;
          file.brHit += t + f;
          if (d) {
            bump(d.branches, `${num}#${ordinal}t`, t);
            bump(d.branches, `${num}#${ordinal}f`, f);
          }
        } else {
          file.st++;
          if (count > 0) file.stHit++;
          if (d) bump(d.statements, `${num}#${ordinal}`, count > 0 ? 1 : 0);
        }
      }
    },
    close(name) {
      if (skipDepth) {
        if (depth === skipDepth) skipDepth = 0;
        depth--;
        return;
      }
      depth--;
      if (name === 'file' && file) {
        let hitLines = 0;
        for (const c of file.lines.values()) if (c > 0) hitLines++;
        const m = file.metrics;
        // The file's own <metrics> are authoritative (istanbul writes cond lines differently from
        // OpenClover); the <line> elements are the fallback.
        const counts: MetricCounts = {
          lines: counter(file.lines.size, hitLines),
          statements:
            m?.statements !== undefined
              ? counter(int(m.statements), int(m.coveredstatements))
              : counter(file.st, file.stHit),
          branches:
            m?.conditionals !== undefined
              ? counter(int(m.conditionals), int(m.coveredconditionals))
              : counter(file.br, file.brHit),
          functions:
            m?.methods !== undefined
              ? counter(int(m.methods), int(m.coveredmethods))
              : counter(file.fn, file.fnHit),
        };
        const rec: FileRecord = { path: file.path, counts };
        if (file.detail) rec.detail = file.detail;
        sink.records.push(rec);
        file = null;
      }
    },
  };
}

// ---------------------------------------------------------------- JaCoCo

function jacoco(sink: Sink): Handler {
  let pkg = '';
  let cls: { source: string; name: string } | null = null;
  let method: { key: string; hit: boolean } | null = null;
  const methodsBySource = new Map<string, [string, boolean][]>();
  let file: { path: string; counts: MetricCounts; detail: FileDetail | null } | null = null;
  const TYPES: Record<string, 'lines' | 'branches' | 'functions'> = {
    LINE: 'lines',
    BRANCH: 'branches',
    METHOD: 'functions',
  };

  return {
    open(name, a, parent) {
      if (name === 'package') {
        pkg = (a.name ?? '').replace(/\\/g, '/');
        methodsBySource.clear();
      } else if (name === 'class') {
        cls = { source: a.sourcefilename ?? '', name: a.name ?? '' };
      } else if (name === 'method' && cls) {
        method = { key: `${cls.name}.${a.name ?? ''}${a.desc ?? ''}`, hit: false };
      } else if (name === 'sourcefile') {
        if (!a.name) sink.fail('<sourcefile> without a name attribute');
        const path = pkg ? `${pkg}/${a.name}` : a.name;
        file = {
          path,
          counts: { lines: counter(0, 0), branches: counter(0, 0), functions: counter(0, 0) },
          detail: null,
        };
        if (sink.detailFor?.has(path)) {
          const d = newDetail();
          for (const [k, hit] of methodsBySource.get(a.name) ?? []) bump(d.functions, k, hit ? 1 : 0);
          file.detail = d;
        }
      } else if (name === 'counter') {
        const metric = TYPES[a.type ?? ''];
        if (!metric) return;
        const missed = int(a.missed);
        const covered = int(a.covered);
        if (parent === 'sourcefile' && file) file.counts[metric] = counter(missed + covered, covered);
        else if (parent === 'method' && method && metric === 'functions') method.hit = covered > 0;
        else if (parent === 'report') sink.declared[metric] = counter(missed + covered, covered);
      } else if (name === 'line' && file?.detail) {
        const nr = int(a.nr);
        const mi = int(a.mi);
        const ci = int(a.ci);
        const mb = int(a.mb);
        const cb = int(a.cb);
        if (mi + ci > 0) file.detail.lines.set(nr, Math.max(file.detail.lines.get(nr) ?? 0, ci));
        for (let i = 0; i < mb + cb; i++) bump(file.detail.branches, `${nr}#${i}`, i < cb ? 1 : 0);
      }
    },
    close(name) {
      if (name === 'method' && cls && method) {
        const list = methodsBySource.get(cls.source) ?? [];
        if (sink.detailFor) list.push([method.key, method.hit]);
        methodsBySource.set(cls.source, list);
        method = null;
      } else if (name === 'class') cls = null;
      else if (name === 'sourcefile' && file) {
        const rec: FileRecord = { path: file.path, counts: file.counts };
        if (file.detail) rec.detail = file.detail;
        sink.records.push(rec);
        file = null;
      }
    },
  };
}

// ---------------------------------------------------------------- driver

/** Parses a Cobertura, Clover or JaCoCo XML report, streaming. */
export async function parseXmlReport(
  file: string,
  display: string,
  reportDir: string,
  opts: ParseOptions = {},
): Promise<CoverageReport> {
  const parser = new SaxesParser({ position: true });
  const sink: Sink = {
    records: [],
    declared: {},
    detailFor: opts.detailFor,
    fail(what: string): never {
      throw new UserError(
        `Coverage report ${display} is not a valid coverage XML report: line ${parser.line}, column ${parser.column + 1}: ${what}. ` +
          'Re-run the step that writes it; a report cut off while being written or copied looks like this.',
      );
    },
  };
  let format: CoverageFormat | null = null;
  let handler: Handler | null = null;
  let rootAttrs: Attrs = {};
  let rootDone = false;
  const stack: string[] = [];

  parser.on('error', (err: Error) => {
    // saxes prefixes its messages with the position, which the sentence gives already.
    const what = err.message
      .split('\n')[0]!
      .replace(/^(?:[^:\s]*:)?\d+:\d+: /, '')
      .replace(/\.$/, '');
    const unclosed = /^unclosed tag: (\S+)/.exec(what);
    sink.fail(
      unclosed ? `the document ends before <${unclosed[1]}> is closed, so the report is truncated` : what,
    );
  });
  parser.on('opentag', (node) => {
    const name = node.name;
    const attrs = node.attributes as Attrs;
    if (stack.length === 0) {
      if (rootDone) sink.fail('a second root element');
      if (name === 'report') {
        format = 'jacoco';
        handler = jacoco(sink);
      } else if (name === 'coverage') {
        rootAttrs = attrs;
        if (attrs.clover !== undefined || attrs.generated !== undefined) {
          format = 'clover';
          handler = clover(sink);
        } else if (attrs['line-rate'] !== undefined || attrs['lines-valid'] !== undefined) {
          format = 'cobertura';
          handler = cobertura(sink, attrs, reportDir);
        }
      } else {
        sink.fail(`the root element is <${name}>, not a Cobertura or Clover <coverage> or a JaCoCo <report>`);
      }
    } else if (!handler && stack.length === 1) {
      // <coverage> without telling attributes: Clover has <project>, Cobertura <sources>/<packages>.
      if (name === 'project') {
        format = 'clover';
        handler = clover(sink);
      } else {
        format = 'cobertura';
        handler = cobertura(sink, rootAttrs, reportDir);
      }
    }
    handler?.open(name, attrs, stack[stack.length - 1], stack[stack.length - 2]);
    stack.push(name);
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    handler?.close(tag.name);
    if (stack.length === 0) rootDone = true;
  });
  parser.on('text', (t: string) => handler?.text?.(t));

  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      if (opts.signal?.aborted)
        throw new UserError(`Stopped reading coverage report ${display}: the run's deadline passed.`);
      parser.write(chunk);
    }
  } finally {
    stream.destroy();
  }
  parser.close();
  if (!rootDone) sink.fail('the document ends before its root element is closed, so the report is truncated');
  if (!format) sink.fail('the root <coverage> element is neither Cobertura nor Clover');
  return { file, format, records: sink.records, declared: sink.declared };
}
