/**
 * Streaming SARIF 2.1 reader for the `sarif` gate. The file is tokenized by @streamparser/json (a
 * maintained streaming JSON parser without dependencies; JSON.parse would hold a whole scanner
 * output of many MB in memory) and only the fields the gate reads are built (json-select.ts):
 * each result is handed over when complete and reduced to a compact record.
 *
 * Read from a result: its rule (ruleId / rule.id, ruleIndex / rule.index, in the driver or an
 * extension), level (else the rule's defaultConfiguration.level, else SARIF's default "warning";
 * "none" for kinds other than "fail"), security severity (`properties.security-severity` of the
 * result, else of its rule; CodeQL, Trivy and others write it), suppressions, baselineState, and
 * the first location. Message texts are never kept: scanners quote source code and secrets in them.
 */
import { createReadStream } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';
import type { SarifLevel, SarifResult, SarifRunInfo } from '../gates/sarif.js';
import { JsonGrammarError, SelectiveJsonReader, type Json, type Selection } from './json-select.js';

export interface SarifReport {
  runs: SarifRunInfo[];
  results: SarifResult[];
}

export interface SarifReadOptions {
  signal?: AbortSignal;
  /** Workspace: absolute file URIs inside it are shown relative to it. */
  cwd?: string;
}

type Obj = { [k: string]: Json };

class ShapeError extends Error {}

const LEVELS = new Set(['none', 'note', 'warning', 'error']);

interface RuleInfo {
  id: string | null;
  level: string | null;
  severity: number | null;
}

interface PendingResult {
  ruleId: string | null;
  ruleIndex: number | null;
  component: number | null;
  level: string | null;
  kind: string;
  severity: number | null;
  suppressed: boolean;
  absent: boolean;
  location: string | null;
}

const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: Json | undefined): string | null => (typeof v === 'string' ? v : null);
const int = (v: Json | undefined): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;

function severityOf(props: Json | undefined, where: () => string): number | null {
  if (!isObj(props)) return null;
  const raw = props['security-severity'];
  if (raw === undefined || raw === null) return null;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isFinite(n) || n < 0 || n > 10) {
    throw new ShapeError(
      `${where()} has security-severity ${JSON.stringify(raw).slice(0, 30)}, not a score from 0 to 10`,
    );
  }
  return n;
}

function ruleInfo(rule: Json, where: () => string): RuleInfo {
  if (!isObj(rule)) throw new ShapeError(`${where()} is not an object`);
  const dc = rule.defaultConfiguration;
  const level = isObj(dc) ? str(dc.level) : null;
  if (level !== null && !LEVELS.has(level))
    throw new ShapeError(`${where()} has default level "${level.slice(0, 20)}"`);
  return { id: str(rule.id), level, severity: severityOf(rule.properties, where) };
}

function rulesOf(component: Json, where: string): RuleInfo[] {
  if (!isObj(component)) throw new ShapeError(`${where} is not an object`);
  const rules = component.rules;
  if (rules === undefined) return [];
  if (!Array.isArray(rules)) throw new ShapeError(`${where}.rules is not an array`);
  return rules.map((r, i) => ruleInfo(r, () => `${where}.rules[${i}]`));
}

function locationOf(result: Obj, cwd: string | undefined): string | null {
  const locs = result.locations;
  if (!Array.isArray(locs) || !isObj(locs[0])) return null;
  const phys = locs[0].physicalLocation;
  if (!isObj(phys)) return null;
  const art = phys.artifactLocation;
  let uri = isObj(art) ? str(art.uri) : null;
  if (uri === null) return null;
  if (uri.startsWith('file:')) {
    try {
      uri = fileURLToPath(uri);
      if (cwd) {
        const rel = relative(cwd, uri);
        if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) uri = rel.split(sep).join('/');
      }
    } catch {
      // keep the URI as written
    }
  } else {
    try {
      uri = decodeURIComponent(uri);
    } catch {
      // keep the URI as written
    }
  }
  const region = phys.region;
  const line = isObj(region) ? int(region.startLine) : null;
  return line ? `${uri}:${line}` : uri;
}

function pendingResult(r: Json, where: () => string, cwd: string | undefined): PendingResult {
  if (!isObj(r)) throw new ShapeError(`${where()} is not an object`);
  const rule = isObj(r.rule) ? r.rule : null;
  const ruleId = str(r.ruleId) ?? (rule ? str(rule.id) : null);
  const ruleIndex = int(r.ruleIndex) ?? (rule ? int(rule.index) : null);
  if (r.ruleIndex !== undefined && int(r.ruleIndex) === null && r.ruleIndex !== -1) {
    throw new ShapeError(`${where()} has ruleIndex ${JSON.stringify(r.ruleIndex).slice(0, 20)}`);
  }
  const tc = rule && isObj(rule.toolComponent) ? int(rule.toolComponent.index) : null;
  const level = r.level === undefined ? null : str(r.level);
  if (r.level !== undefined && (level === null || !LEVELS.has(level))) {
    throw new ShapeError(
      `${where()} has level ${JSON.stringify(r.level).slice(0, 20)}, not none, note, warning or error`,
    );
  }
  const kind = r.kind === undefined ? 'fail' : str(r.kind);
  if (kind === null) throw new ShapeError(`${where()} has a kind that is not a string`);
  const sup = r.suppressions;
  if (sup !== undefined && !Array.isArray(sup))
    throw new ShapeError(`${where()} has suppressions that are not an array`);
  // A suppression counts unless it is only under review or was rejected (SARIF §3.35.3).
  const suppressed =
    Array.isArray(sup) &&
    sup.length > 0 &&
    sup.some((s) => isObj(s) && (s.status === undefined || s.status === null || s.status === 'accepted'));
  return {
    ruleId,
    ruleIndex,
    component: tc,
    level,
    kind,
    severity: severityOf(r.properties, where),
    suppressed,
    absent: r.baselineState === 'absent',
    location: locationOf(r, cwd),
  };
}

/** Up to this many locations are kept per group of identical results. */
const LOCATIONS_KEPT = 5;

/**
 * Results are counted as they arrive, grouped by everything the gate judges (rule, level,
 * severity, suppression, baseline state, tool): memory grows with the number of rules, not of
 * results. A result that arrives before its run's tool (unusual) waits for the end of the run.
 */
class RunState {
  tool: string;
  driverRules: RuleInfo[] = [];
  extensionRules: RuleInfo[][] = [];
  driverSeen = false;
  pending: PendingResult[] = [];
  counted = 0;
  private byId: Map<string | null, RuleInfo> | undefined;

  constructor(
    readonly index: number,
    private readonly groups: Map<string, SarifResult>,
    private readonly ids: Map<string, string>,
  ) {
    this.tool = `run ${index + 1}`;
  }

  add(p: PendingResult, n: number): void {
    if (!this.driverSeen) {
      this.pending.push(p);
      return;
    }
    const where = `run ${this.index + 1} result ${n}`;
    const rules = p.component === null ? this.driverRules : this.extensionRules[p.component];
    if (rules === undefined)
      throw new ShapeError(`${where} names tool extension ${p.component}, which the run does not have`);
    let rule: RuleInfo | undefined;
    if (p.ruleIndex !== null) {
      rule = rules[p.ruleIndex];
      if (!rule)
        throw new ShapeError(
          `${where} has ruleIndex ${p.ruleIndex}, but the tool lists ${rules.length} rules`,
        );
      // SARIF allows hierarchical ids: ruleId "CA2000/sub" for rule "CA2000".
      if (
        p.ruleId !== null &&
        rule.id !== null &&
        p.ruleId !== rule.id &&
        !p.ruleId.startsWith(`${rule.id}/`)
      ) {
        throw new ShapeError(
          `${where} has ruleId "${p.ruleId.slice(0, 60)}" but its ruleIndex points at rule "${rule.id.slice(0, 60)}"`,
        );
      }
    } else if (p.ruleId !== null) {
      this.byId ??= new Map([...this.extensionRules.flat(), ...this.driverRules].map((r) => [r.id, r]));
      rule = this.byId.get(p.ruleId);
    }
    const named = p.ruleId ?? rule?.id ?? null;
    if (named === null) throw new ShapeError(`${where} names no rule (no ruleId, rule.id or ruleIndex)`);
    const ruleId = this.ids.get(named) ?? (this.ids.set(named, named), named);
    const level = (p.level ?? (p.kind !== 'fail' ? 'none' : (rule?.level ?? 'warning'))) as SarifLevel;
    const severity = p.severity ?? rule?.severity ?? null;
    const key = `${this.index}\u0000${ruleId}\u0000${level}\u0000${severity}\u0000${p.suppressed}\u0000${p.absent}`;
    let group = this.groups.get(key);
    if (!group) {
      group = {
        ruleId,
        level,
        securitySeverity: severity,
        suppressed: p.suppressed,
        absent: p.absent,
        tool: this.tool,
        count: 0,
        locations: [],
      };
      this.groups.set(key, group);
    }
    group.count++;
    if (p.location !== null && group.locations.length < LOCATIONS_KEPT) group.locations.push(p.location);
    this.counted++;
  }

  /** The tool is known: results that came before it are counted now. */
  resolvePending(): void {
    this.driverSeen = true;
    const waiting = this.pending;
    this.pending = [];
    waiting.forEach((p, i) => this.add(p, i + 1));
  }
}

const RULE: Selection = { id: true, defaultConfiguration: true, properties: true };
const RESULT: Selection = {
  ruleId: true,
  ruleIndex: true,
  level: true,
  kind: true,
  rule: true,
  suppressions: true,
  baselineState: true,
  properties: true,
  locations: { '*': { physicalLocation: { artifactLocation: { uri: true }, region: { startLine: true } } } },
};

/** Reads one SARIF file; anything but complete SARIF 2.1 is a UserError naming `display`. */
export async function readSarif(
  path: string,
  display: string,
  opts: SarifReadOptions = {},
): Promise<SarifReport> {
  const out: SarifReport = { runs: [], results: [] };
  const groups = new Map<string, SarifResult>();
  const ids = new Map<string, string>();
  const states = new Map<number, RunState>();
  const state = (i: number): RunState => {
    let r = states.get(i);
    if (!r) states.set(i, (r = new RunState(i, groups, ids)));
    return r;
  };
  const reader = new SelectiveJsonReader({
    version: true,
    runs: {
      '*': {
        tool: {
          // driver (an object) and extensions (an array of components)
          each: {
            name: true,
            version: true,
            rules: { '*': RULE },
            '*': { name: true, rules: { '*': RULE } },
          },
          emit: (value, key, at) => {
            const run = state(at[2] as number);
            if (key === 'driver') {
              if (!isObj(value)) throw new ShapeError(`run ${run.index + 1} tool.driver is not an object`);
              const name = str(value.name);
              if (name) run.tool = str(value.version) ? `${name} ${str(value.version)}` : name;
              run.driverRules = rulesOf(value, `run ${run.index + 1} tool.driver`);
              run.resolvePending();
            } else if (key === 'extensions') {
              if (!Array.isArray(value))
                throw new ShapeError(`run ${run.index + 1} tool.extensions is not an array`);
              run.extensionRules = value.map((e, j) =>
                rulesOf(e, `run ${run.index + 1} tool.extensions[${j}]`),
              );
            }
          },
        },
        invocations: { '*': { executionSuccessful: true } },
        results: {
          each: RESULT,
          emit: (value, key, at) => {
            opts.signal?.throwIfAborted();
            const run = state(at[2] as number);
            const n = Number(key) + 1;
            run.add(
              pendingResult(value, () => `run ${run.index + 1} result ${n}`, opts.cwd),
              n,
            );
          },
        },
      },
    },
  });

  /** Checks what was kept of the document once it is all read. */
  const finish = (root: Json | undefined): string | null => {
    if (!isObj(root)) return 'it is not a JSON object';
    const version = root.version;
    if (typeof version !== 'string' || !/^2\.1\.0(?:$|-)/.test(version)) {
      return `it says version ${version === undefined ? '(none)' : JSON.stringify(version).slice(0, 20)}, not SARIF 2.1.0`;
    }
    const runs = root.runs;
    if (runs === undefined) return 'it has no "runs" array';
    if (!Array.isArray(runs)) return '"runs" is not an array';
    if (runs.length === 0) return 'it holds no run: the scanner wrote no results';
    for (const [i, run] of runs.entries()) {
      if (!isObj(run)) return `run ${i + 1} is not an object`;
      if (run.results !== undefined && !Array.isArray(run.results))
        return `run ${i + 1} has "results" that is not an array`;
      const st = state(i);
      if (run.tool !== undefined && !isObj(run.tool)) return `run ${i + 1} "tool" is not an object`;
      if (!Array.isArray(run.results)) {
        return `run ${i + 1} (${st.tool}) has no "results" array, which SARIF writes when the scan did not complete`;
      }
      const invocations = run.invocations;
      if (
        Array.isArray(invocations) &&
        invocations.some((x) => isObj(x) && x.executionSuccessful === false)
      ) {
        return `run ${i + 1} (${st.tool}) says its invocation did not succeed (executionSuccessful: false)`;
      }
      if (!st.driverSeen) st.resolvePending();
      out.runs.push({ tool: st.tool, results: st.counted });
    }
    out.results = [...groups.values()];
    return null;
  };

  let problem: string | null = null;
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  let first = true;
  try {
    for await (const chunk of stream) {
      opts.signal?.throwIfAborted();
      let buf = chunk as Buffer;
      if (first) {
        first = false;
        if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
      }
      reader.write(buf);
    }
    reader.end();
    problem = finish(reader.result());
  } catch (e) {
    stream.destroy();
    if ((e as Error)?.name === 'AbortError') throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`SARIF report ${display} does not exist.`);
    if (code === 'EISDIR') throw new UserError(`SARIF report ${display} is a directory, not a file.`);
    if (code) throw new UserError(`SARIF report ${display} cannot be read (${code}).`);
    if (e instanceof ShapeError) problem = e.message;
    else if (e instanceof JsonGrammarError) {
      problem = /ends in the middle/.test(e.message)
        ? 'it is incomplete JSON: the file ends in the middle of the document'
        : `it is not valid JSON (${e.message})`;
    } else problem = jsonProblem((e as Error).message ?? String(e));
  }
  if (problem !== null) {
    throw new UserError(
      `SARIF report ${display} cannot be used: ${problem}. Let the scanner write it in an earlier step of this job, and let it finish.`,
    );
  }
  return out;
}

/** The tokenizer's message without the values it quotes (they are file content). */
function jsonProblem(message: string): string {
  if (/ended in the middle/.test(message))
    return 'it is incomplete JSON: the file ends in the middle of the document';
  const char = /absolute position "(\d+)"/.exec(message);
  if (char) return `it is not valid JSON (unexpected character at byte ${char[1]})`;
  return 'it is not valid JSON';
}
