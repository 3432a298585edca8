/**
 * `shipgate init`'s recognisers: one checklist item (its text, the code blocks that follow it and
 * the headings above it) -> the gates that can check it, or a note on what such a gate would still
 * need, or nothing (the item stays a sign-off item). Pure: no I/O.
 *
 * Hand-written on purpose: no library classifies deployment-checklist phrasing, and the rules must
 * be conservative and explainable. A recogniser proposes a gate only when the item states what the
 * gate checks (a threshold, a URL, a command, a tool); anything it would have to invent that could
 * make a gate pass silently (migration paths, allowed hours, an endpoint) is not invented: the item
 * stays a sign-off and the note says what to add. Values it may guess are the ones whose guess fails
 * closed (a report path that does not exist is an `error`), and they are listed as "to fill in".
 */

export interface ItemInput {
  /** The item's id in the checklist (`<heading-slug>/<item-slug>`). */
  id: string;
  /** The item's text as shown (Markdown removed). */
  text: string;
  /** The item's source line as written (inline code spans are read from it). */
  source: string;
  /** Contents of the code blocks inside or right after the item. */
  code: readonly string[];
  /** Texts of the headings above the item, outermost first; then the texts of parent items. */
  headings: readonly string[];
}

export type MigrationTool = 'prisma' | 'knex' | 'node-pg-migrate' | 'django' | 'rails' | 'flyway' | 'atlas';

/** What recognisers know about the whole file and the project. */
export interface FileContext {
  /** Every code block of the file, with the texts of the headings above it. */
  code: readonly { text: string; headings: readonly string[] }[];
  /** The migration tool the file names (in text or code), when exactly one is named. */
  migrationTool?: MigrationTool | undefined;
  /** Gate types the config schema knows (recognisers for other types propose nothing). */
  types: ReadonlySet<string>;
  /** Names of the CI jobs found in the project's workflows (check-run names), if any. */
  checkNames?: readonly string[] | undefined;
  /** The group every unassigned item falls back to; gates that take people name it. */
  fallbackGroup: string;
}

/** Something the user still has to fill in, at `key` (a dotted path inside the gate). */
export interface FillIn {
  key: string;
  note: string;
}

export interface GateProposal {
  kind: 'gate';
  /** Preferred gate id (made unique by the caller). */
  id: string;
  /** The gate's config, with `type` and `title`. */
  gate: Record<string, unknown>;
  /** One line: what the gate checks, for the summary init prints. */
  summary: string;
  fill: FillIn[];
  /** Groups the gate names (created with a placeholder person when the config has none). */
  groups: string[];
}

/** The item looks checkable, but a gate would need something the file does not say. */
export interface Hint {
  kind: 'hint';
  type: string;
  note: string;
}

export type Recognition = GateProposal | Hint;

const ROLE_WORDS =
  /\b(lead|leads|officer|manager|owner|engineer|director|admin|administrator|architect|dba|cto|ceo|cfo|ciso|vp|head|reviewer|qa|sre|on-call|compliance|legal|security team|product)\b/i;

/** Inline code spans of an item's text. */
function inlineCode(md: string): string[] {
  return [...md.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!.trim());
}

/** A gate id from free text: lower case, [a-z0-9-], at most 40 characters. */
export function slugId(text: string): string {
  const s = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return /^[a-z0-9]/.test(s) ? s : 'gate';
}

function title(item: ItemInput): string {
  const t = item.text
    .replace(/\s+/g, ' ')
    .replace(/\s*_{3,}.*$/, '')
    .replace(/[:\s]+$/, '');
  return (t || 'Checklist item').slice(0, 200);
}

/** All recognitions for an item, gates first in the order they should be linked. */
export function recognise(item: ItemInput, file: FileContext): Recognition[] {
  const out: Recognition[] = [];
  const text = item.text.replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();
  const context = item.headings.join(' / ').toLowerCase();
  // Items under "Alerts" headings describe alert rules to configure ("High error rates (>5%)",
  // "Failed health checks"), not conditions the deploy must meet.
  const aboutAlerts = /\balert/.test(context) || /^(alert|alerts)\b/.test(lower);
  for (const r of RECOGNISERS) {
    if (aboutAlerts && r.skipUnderAlerts) continue;
    const got = r.run(item, text, lower, file);
    if (got) out.push(...(Array.isArray(got) ? got : [got]));
  }
  const gates = out.filter(
    (r): r is GateProposal => r.kind === 'gate' && file.types.has(String(r.gate.type)),
  );
  for (const g of gates) if (!g.gate.title) g.gate.title = title(item);
  // A hint for a type the schema does not have says nothing the user can act on today.
  const hints = out.filter(
    (r): r is Hint => r.kind === 'hint' && (file.types.has(r.type) || r.type === 'command'),
  );
  return [...gates, ...hints];
}

interface Recogniser {
  name: string;
  skipUnderAlerts?: boolean;
  run: (
    item: ItemInput,
    text: string,
    lower: string,
    file: FileContext,
  ) => Recognition | Recognition[] | null;
}

const RECOGNISERS: Recogniser[] = [
  { name: 'signoff-role', run: signoffRole },
  { name: 'approvals', run: approvals },
  { name: 'tests', run: testsPassing },
  { name: 'coverage', run: coverage },
  { name: 'audit', run: audit },
  { name: 'sarif', run: sarif },
  { name: 'migrations', run: migrations },
  { name: 'window', run: windowGate },
  { name: 'http', run: http, skipUnderAlerts: true },
  { name: 'metric', run: metric, skipUnderAlerts: true },
  { name: 'command', run: command },
  { name: 'env', run: env },
  { name: 'dns', run: dns },
  { name: 'fresh', run: fresh },
];

// --- sign-offs by named roles ------------------------------------------------------------------

/** A role named by the item: "Development Lead: ____ Date: ___", "Approved by the DBA", "QA sign-off". */
export function roleOf(text: string): string | null {
  const patterns = [
    /^([A-Za-z][A-Za-z/&' -]{1,40}?)\s*:\s*_{3,}/,
    /\b(?:approved|signed off|sign-off|signoff|sign off|reviewed and approved)\s+(?:by|from)\s+(?:the\s+|a\s+|an\s+)?([A-Za-z][A-Za-z/&' -]{1,40}?)(?:[.,;(]|$)/i,
    /^(?:the\s+)?([A-Za-z][A-Za-z/&' -]{1,40}?)\s+(?:approval|sign-off|signoff|sign off)\b/i,
  ];
  for (const p of patterns) {
    const m = p.exec(text);
    const role = m?.[1]?.trim();
    if (role && ROLE_WORDS.test(role)) return role;
  }
  return null;
}

function signoffRole(item: ItemInput, text: string, _lower: string, file: FileContext): Recognition | null {
  const role = roleOf(text);
  if (!role) return null;
  const group = slugId(role);
  if (group === file.fallbackGroup) return null; // the fallback signs it anyway
  return {
    kind: 'gate',
    id: group,
    gate: { type: 'manual', title: `${role.replace(/\s+/g, ' ')} sign-off`, signoff: [group] },
    summary: `sign-off by the ${group} group`,
    fill: [],
    groups: [group],
  };
}

function approvals(_item: ItemInput, _text: string, lower: string): Recognition | null {
  const n = /\b(\d{1,2})\s+(?:approvals?|approving reviews?|reviewers?|code reviews?)\b/.exec(lower);
  const reviewed =
    /\b(?:code|pr|pull request)\s+(?:review(?:ed)?\s+)?(?:and\s+)?(?:approved|review(?:ed)? and approved)\b/.test(
      lower,
    ) || /\bcode review (?:completed|done|passed)\b/.test(lower);
  if (!n && !reviewed) return null;
  const gate: Record<string, unknown> = { type: 'approvals', title: '', min: n ? Number(n[1]) : 1 };
  if (/code ?owners?/.test(lower)) gate.codeowners = true;
  return {
    kind: 'gate',
    id: 'approvals',
    gate,
    summary: `${gate.min} approving review(s)${gate.codeowners ? ' incl. code owners' : ''}`,
    fill: [],
    groups: [],
  };
}

// --- test evidence -------------------------------------------------------------------------------

const COVERAGE_METRIC: Record<string, 'lines' | 'branches' | 'functions' | 'statements'> = {
  line: 'lines',
  lines: 'lines',
  branch: 'branches',
  branches: 'branches',
  function: 'functions',
  functions: 'functions',
  statement: 'statements',
  statements: 'statements',
};

/** "coverage 90%+", "90%+ coverage", "branch coverage >= 80%", "coverage at least 85.5 %". */
export function coverageThresholds(
  lower: string,
): Partial<Record<'lines' | 'branches' | 'functions' | 'statements', number>> | null {
  if (!/\bcoverage\b/.test(lower)) return null;
  const min: Partial<Record<'lines' | 'branches' | 'functions' | 'statements', number>> = {};
  const num = String.raw`(\d{1,3}(?:\.\d+)?)\s*%`;
  const before = new RegExp(
    String.raw`${num}\s*\+?\s*(?:or (?:more|higher|above)\s+)?(?:(line|lines|branch|branches|function|functions|statement|statements)\s+)?(?:test\s+)?coverage`,
    'g',
  );
  const after = new RegExp(
    String.raw`(?:(line|lines|branch|branches|function|functions|statement|statements)\s+)?coverage\s*(?:is\s+|of\s+|at\s+|above\s+|over\s+|at least\s+|>=?\s*|≥\s*|:\s*|(?:must be|should be)\s+(?:at least\s+|above\s+)?)?${num}`,
    'g',
  );
  for (const m of lower.matchAll(before)) min[COVERAGE_METRIC[m[2] ?? 'lines']!] = Number(m[1]);
  for (const m of lower.matchAll(after)) min[COVERAGE_METRIC[m[1] ?? 'lines']!] = Number(m[2]);
  for (const [k, v] of Object.entries(min)) if (!(v >= 0 && v <= 100)) delete min[k as keyof typeof min];
  return Object.keys(min).length ? min : null;
}

function coverage(_item: ItemInput, _text: string, lower: string): Recognition | null {
  const min = coverageThresholds(lower);
  if (!min) {
    if (/\bcoverage\b/.test(lower) && /\b(met|meets|threshold|target|maintained)\b/.test(lower))
      return {
        kind: 'hint',
        type: 'coverage',
        note: 'a coverage gate needs the threshold, e.g. "coverage 90%+"',
      };
    return null;
  }
  return {
    kind: 'gate',
    id: 'coverage',
    gate: { type: 'coverage', title: '', report: 'coverage/lcov.info', min },
    summary: `coverage ${Object.entries(min)
      .map(([k, v]) => `${k} ≥ ${v}%`)
      .join(', ')}`,
    fill: [
      {
        key: 'report',
        note: 'path of the coverage report your CI job writes (lcov, Cobertura, JaCoCo, istanbul)',
      },
    ],
    groups: [],
  };
}

function testsPassing(
  _item: ItemInput,
  _text: string,
  lower: string,
  file: FileContext,
): Recognition[] | null {
  const passing =
    /\b(?:tests?|test suites?|specs)\b[^.;]*?\b(?:pass|passing|passes|passed|green|succeed(?:ing|s)?)\b/.test(
      lower,
    ) || /\b(?:ci|build|pipeline|(?<!health )checks)\b[^.;]*?\b(?:green|passing|passes|passed)\b/.test(lower);
  if (!passing) return null;
  const out: Recognition[] = [];
  const rate = /\(?\b(\d{1,3}(?:\.\d+)?)\s*%\s*(?:pass(?:ing)?|pass rate)?\)?/.exec(
    lower.replace(/\d{1,3}(?:\.\d+)?\s*%\s*\+?\s*(?:\w+\s+)?coverage/g, ''),
  );
  if (rate && file.types.has('tests') && Number(rate[1]) <= 100) {
    out.push({
      kind: 'gate',
      id: 'test-report',
      gate: { type: 'tests', title: '', report: 'reports/junit.xml', 'min-pass-rate': Number(rate[1]) },
      summary: `JUnit report with a pass rate of at least ${rate[1]}%`,
      fill: [
        {
          key: 'report',
          note: 'path of the JUnit XML your test job writes (jest-junit, pytest --junitxml, Surefire)',
        },
      ],
      groups: [],
    });
    return out;
  }
  const names = file.checkNames?.length ? [...file.checkNames] : ['test'];
  out.push({
    kind: 'gate',
    id: 'tests',
    gate: { type: 'checks', title: '', require: names },
    summary: `CI checks ${names.map((n) => `"${n}"`).join(', ')} succeeded`,
    fill: file.checkNames?.length
      ? [{ key: 'require', note: 'the CI jobs found in .github/workflows; keep the ones that run the tests' }]
      : [
          {
            key: 'require',
            note: 'names of the CI checks that run the tests (check runs or commit statuses; globs allowed)',
          },
        ],
    groups: [],
  });
  return out;
}

const SEVERITY_WORDS: Record<string, 'critical' | 'high' | 'moderate' | 'low'> = {
  critical: 'critical',
  high: 'high',
  moderate: 'moderate',
  medium: 'moderate',
  low: 'low',
};

function audit(item: ItemInput, _text: string, lower: string): Recognition | null {
  const code = [...inlineCode(item.source), ...item.code].join('\n').toLowerCase();
  const tool = /\b(?:npm|yarn|pnpm)\s+(?:npm\s+)?audit\b|\bosv-scanner\b/.test(code + ' ' + lower);
  const vulns = /\bvulnerabilit(?:y|ies)\b/.test(lower) && !/\bscan/.test(lower);
  const stated = /\b(no|zero|0|without|addressed|resolved|fixed|patched|none)\b/.test(lower);
  if (!tool && !(vulns && stated) && !/\bdependency audit\b/.test(lower)) return null;
  const max: Record<string, number> = {};
  const sev =
    /\b(?:no|zero|0)\s+((?:(?:critical|high|moderate|medium|low)(?:\s*(?:,|or|and|\/)\s*)?)+)\s*(?:severity\s+)?(?:or higher\s+)?(?:vulnerabilit|advisor|issues|cves?)/.exec(
      lower,
    );
  if (sev)
    for (const w of sev[1]!.match(/critical|high|moderate|medium|low/g) ?? []) max[SEVERITY_WORDS[w]!] = 0;
  const gate: Record<string, unknown> = { type: 'audit', title: '', report: 'audit.json' };
  if (Object.keys(max).length) gate.max = max;
  return {
    kind: 'gate',
    id: 'audit',
    gate,
    summary: `dependency audit: ${
      Object.keys(max).length
        ? Object.keys(max)
            .map((s) => `no ${s}`)
            .join(', ')
        : 'no critical or high'
    } advisories`,
    fill: [
      {
        key: 'report',
        note: 'path of the audit JSON the job writes first, e.g. npm audit --json > audit.json',
      },
    ],
    groups: [],
  };
}

function sarif(_item: ItemInput, _text: string, lower: string): Recognition | null {
  const scan =
    /\b(?:security|vulnerability|code|static|sast|dast)\s+(?:scanning|scans?|analysis)\b|\bsast\b|\bcodeql\b|\bsemgrep\b|\btrivy\b/.test(
      lower,
    );
  if (!scan || !/\b(?:completed|complete|done|passed|passing|clean|no\b|performed|run)\b/.test(lower))
    return null;
  return {
    kind: 'gate',
    id: 'scan',
    gate: { type: 'sarif', title: '', report: 'results.sarif' },
    summary: 'SARIF scan results within limits',
    fill: [
      { key: 'report', note: 'path of the SARIF file your scanner writes (CodeQL, Semgrep, Trivy, ESLint)' },
    ],
    groups: [],
  };
}

// --- migrations, windows -----------------------------------------------------------------------

const TOOL_PATTERNS: [MigrationTool, RegExp][] = [
  ['prisma', /\bprisma\s+(?:migrate|db)\b|\bprisma\/migrations\b|\bprisma schema\b/i],
  ['knex', /\bknex\s+migrate\b|\bknexfile\b/i],
  ['node-pg-migrate', /\bnode-pg-migrate\b/i],
  ['django', /\bmanage\.py\s+(?:migrate|showmigrations)\b|\bdjango\b/i],
  ['rails', /\b(?:rails|rake)\s+db:migrate\b/i],
  ['flyway', /\bflyway\b/i],
  ['atlas', /\batlas\s+migrate\b/i],
];

/** The migration tool a whole checklist names, when it names exactly one. */
export function migrationToolOf(markdown: string): MigrationTool | undefined {
  const found = TOOL_PATTERNS.filter(([, p]) => p.test(markdown)).map(([t]) => t);
  return found.length === 1 ? found[0] : undefined;
}

function migrations(item: ItemInput, _text: string, lower: string, file: FileContext): Recognition | null {
  if (!/\bmigrations?\b/.test(lower)) return null;
  if (!/\b(?:applied|apply|pending|executed|execute|deployed|up[- ]to[- ]date)\b/.test(lower)) return null;
  if (/\b(?:rollback|roll back|revert|rolled back|created|written|tested on)\b/.test(lower)) return null;
  const status = item.code
    .flatMap((c) => c.split('\n'))
    .map((l) => l.trim())
    .find((l) => /\bmigrat\w*[:\s]+status\b|\bshowmigrations\b/.test(l) && !l.startsWith('#'));
  if (file.migrationTool)
    return {
      kind: 'gate',
      id: 'migrations',
      gate: { type: 'migrations', title: '', tool: file.migrationTool },
      summary: `no pending migrations (${file.migrationTool} status)`,
      fill: [
        {
          key: 'tool',
          note: `runs ${file.migrationTool}'s status command: the job needs the database URL in its env`,
        },
      ],
      groups: [],
    };
  if (status)
    return {
      kind: 'gate',
      id: 'migrations',
      gate: { type: 'migrations', title: '', status },
      summary: `no pending migrations (${status} exits 0)`,
      fill: [],
      groups: [],
    };
  return {
    kind: 'hint',
    type: 'migrations',
    note: 'a migrations gate needs your tool (tool: prisma, knex, django, rails, flyway, atlas, node-pg-migrate) or a status command',
  };
}

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Allowed windows stated in the text: "Mon-Thu 09:00-16:00", "saturday 22:00 - 02:00". */
export function windowRules(lower: string): string[] {
  const day = String.raw`(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?`;
  const time = String.raw`(\d{1,2}:\d{2})`;
  const re = new RegExp(
    String.raw`\b${day}(?:\s*(?:-|–|to|through)\s*${day})?\s*,?\s+(?:from\s+)?${time}\s*(?:-|–|to|until)\s*${time}`,
    'g',
  );
  const out: string[] = [];
  for (const m of lower.matchAll(re)) {
    if (!DAYS.includes(m[1]!) || (m[2] && !DAYS.includes(m[2]))) continue;
    const pad = (t: string) => t.padStart(5, '0');
    out.push(`${m[1]}${m[2] ? `-${m[2]}` : ''} ${pad(m[3]!)}-${pad(m[4]!)}`);
  }
  return out;
}

/** Freeze periods: "from 2026-12-20 to 2027-01-04", "2026-12-20 – 2027-01-04". */
export function freezePeriods(lower: string): { from: string; to: string }[] {
  const d = String.raw`(\d{4}-\d{2}-\d{2})`;
  const re = new RegExp(String.raw`${d}\s*(?:-|–|—|to|until|through)\s*${d}`, 'g');
  return [...lower.matchAll(re)].map((m) => ({ from: m[1]!, to: m[2]! })).filter((p) => p.from <= p.to);
}

function timeZoneOf(text: string): string | undefined {
  const iana = /\b([A-Z][a-z]+\/[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_]+)?)\b/.exec(text)?.[1];
  const zone = iana ?? (/\b(UTC|GMT)\b/.test(text) ? 'UTC' : undefined);
  if (!zone) return undefined;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}

function windowGate(_item: ItemInput, text: string, lower: string): Recognition | null {
  if (
    !/\b(?:code|change|deploy(?:ment)?|release)\s+freeze\b|\bfreeze\b|(?<!\bof\s)\b(?:maintenance|deploy(?:ment)?|release|change)\s+window\b/.test(
      lower,
    )
  )
    return null;
  const allow = windowRules(lower);
  const freeze = freezePeriods(lower).map((p) => ({ ...p, reason: text.slice(0, 120) }));
  if (!allow.length && !freeze.length)
    return {
      kind: 'hint',
      type: 'window',
      note: 'a window gate needs the allowed hours ("mon-thu 09:00-16:00") or the freeze dates (2026-12-20 to 2027-01-04)',
    };
  const gate: Record<string, unknown> = { type: 'window', title: '' };
  const zone = timeZoneOf(text);
  if (zone) gate.timezone = zone;
  if (allow.length) gate.allow = allow;
  if (freeze.length) gate.freeze = freeze;
  return {
    kind: 'gate',
    id: freeze.length && !allow.length ? 'freeze' : 'window',
    gate,
    summary:
      [
        allow.length ? `deploys only ${allow.join(', ')}` : '',
        freeze.length ? `frozen ${freeze.map((f) => `${f.from}–${f.to}`).join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ') + (zone ? ` (${zone})` : ''),
    fill: zone
      ? []
      : [
          {
            key: 'timezone',
            note: 'time zone of the window (IANA name, e.g. Europe/Berlin); UTC when unset',
          },
        ],
    groups: [],
  };
}

// --- running system ----------------------------------------------------------------------------

/** A latency budget: "< 500ms", "under 2s", "within 300 ms", "response time < 0.5 s". */
export function latencyMs(lower: string): number | null {
  const m =
    /(?:<=?|≤|under|below|within|less than|at most|max(?:imum)?)\s*(\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|sec|secs|seconds?)\b/.exec(
      lower,
    );
  if (!m) return null;
  const n = Number(m[1]);
  const ms = m[2]!.startsWith('m') ? n : n * 1000;
  return ms > 0 ? ms : null;
}

function urlsIn(item: ItemInput): string[] {
  const all = [item.source, ...item.code].join('\n');
  return [...all.matchAll(/\bhttps?:\/\/[^\s`'"<>)\]]+/g)].map((m) => m[0].replace(/[.,;:]+$/, ''));
}

function http(item: ItemInput, _text: string, lower: string): Recognition | null {
  const health =
    /\bhealth\s*(?:checks?|endpoints?|status)?\b.*\b(?:pass|passing|green|ok|healthy|respond|responding|200|up)\b|\bhealthy\b|\bhealth check\b/.test(
      lower,
    );
  const responding =
    /\b(?:endpoints?|api|site|service|app|application|url|server|homepage)\b[^.;]*\b(?:respond(?:s|ing)?|reachable|up|available|returns?|answer(?:s|ing)?)\b/.test(
      lower,
    );
  const smoke = /\bsmoke tests?\b/.test(lower);
  const maxMs = /\b(?:latency|response times?|p9\d|percentile|ttfb|respond(?:s|ing)?|answers?|loads?)\b/.test(
    lower,
  )
    ? latencyMs(lower)
    : null;
  if (!health && !responding && !smoke && maxMs === null) return null;
  const url = urlsIn(item)[0];
  if (!url) {
    const path = /(?:^|\s)(\/[a-z0-9_\-/.*]+)/.exec(lower)?.[1];
    return {
      kind: 'hint',
      type: 'http',
      note: `an http gate needs the full URL${path ? ` of ${path}` : ''}${maxMs !== null ? ` (max-ms: ${maxMs})` : ''}`,
    };
  }
  const expect: Record<string, unknown> = {};
  const status = /\b(?:status|returns?|http|answers?|responds? with)\s*(?:code\s*)?([1-5]\d\d)\b/.exec(
    lower,
  )?.[1];
  if (status) expect.status = Number(status);
  if (maxMs !== null) expect['max-ms'] = maxMs;
  const gate: Record<string, unknown> = { type: 'http', title: '', url };
  if (Object.keys(expect).length) gate.expect = expect;
  // "p95" / "95th percentile": several requests, their p95 compared with max-ms.
  if (maxMs !== null && /\bp9\d\b|\b9\dth percentile\b/.test(lower)) gate.samples = 20;
  return {
    kind: 'gate',
    id: maxMs !== null ? 'latency' : smoke ? 'smoke' : 'health',
    gate,
    summary: `${url} answers${status ? ` ${status}` : ''}${maxMs !== null ? ` within ${maxMs} ms${gate.samples ? ' (p95 of 20)' : ''}` : ''}`,
    fill: [],
    groups: [],
  };
}

function metric(_item: ItemInput, _text: string, lower: string): Recognition | null {
  const m =
    /\b(error rate|failure rate|cpu(?: usage)?|memory(?: usage)?|uptime|throughput|latency|response time)\b[^.;]*?(<|>|≤|≥|below|above|under|over)\s*(\d+(?:\.\d+)?)\s*(%|ms|s)?/.exec(
      lower,
    );
  if (!m) return null;
  return {
    kind: 'hint',
    type: 'metric',
    note: `a metric gate (after the deploy, in an environment's verify list) needs a Prometheus URL and query for ${m[1]} ${m[2]} ${m[3]}${m[4] ?? ''}`,
  };
}

// Commands that only look (tests, linters, type checks, status reads): safe to run as a gate.
const CHECK_COMMAND =
  /^(?:(?:npx|pnpm|yarn|bunx)\s+)?(?:(?:npm|pnpm|yarn)\s+(?:run\s+)?(?:test|lint|check|typecheck|type-check|verify|audit)\b|tsc\b.*--noEmit|eslint\b|prettier\b.*--check|jest\b|vitest\b|pytest\b|python3?\s+-m\s+pytest\b|go\s+(?:test|vet)\b|cargo\s+(?:test|clippy|check)\b|mvn\s+(?:-\S+\s+)*(?:test|verify)\b|\.\/gradlew\s+(?:test|check)\b|gradle\s+(?:test|check)\b|make\s+(?:test|check|lint)\b|terraform\s+(?:validate|plan)\b|prisma\s+(?:migrate\s+status|validate)\b|curl\s+(?:-[a-zA-Z]+\s+)*https?:\/\/|shellcheck\b|ruff\b|mypy\b)/;
// Words that make a command an action, never a check.
const ACTION_WORDS =
  /\b(?:deploy|apply|push|publish|release|rm|drop|delete|destroy|seed|reset|install|kill|restart|scale|rollout)\b|\bmigrate\s+(?:deploy|up|dev|latest)\b|(?:^|\s)-X\s*(?:POST|PUT|DELETE|PATCH)\b|>\s*\S/;

/** The check command in a line, or null when it is not one shipgate should run. */
export function checkCommand(line: string): string | null {
  const l = line.trim().replace(/^\$\s+/, '');
  if (!l || l.startsWith('#')) return null;
  if (ACTION_WORDS.test(l)) return null;
  // One plain command: chaining, pipes, substitution and redirection could hide anything after a
  // harmless start (`npm test && curl … | sh`).
  if (/[;&|`<>\n]|\$\(/.test(l)) return null;
  return CHECK_COMMAND.test(l) ? l : null;
}

function commandId(run: string): string {
  if (/\btsc\b|typecheck|type-check/.test(run)) return 'typecheck';
  if (/\blint|eslint|ruff|clippy|shellcheck|prettier/.test(run)) return 'lint';
  if (/\bcurl\b/.test(run)) return 'curl';
  if (/\btest|jest|vitest|pytest/.test(run)) return 'test-command';
  return 'command';
}

function command(item: ItemInput, _text: string, lower: string): Recognition | null {
  const candidates = [...inlineCode(item.source)];
  for (const block of item.code) {
    const lines = block.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
    // A block is a gate only when every line of it is a check; else it is a procedure.
    if (lines.length && lines.every((l) => checkCommand(l)))
      candidates.push(lines.map((l) => l.trim().replace(/^\$\s+/, '')).join(' && '));
    else if (lines.length)
      return {
        kind: 'hint',
        type: 'command',
        note: `the code block is not run as a gate: it is not only checks (${lines[0]!.trim().slice(0, 60)})`,
      };
  }
  const run = candidates.find((c) => c.split(' && ').every((p) => checkCommand(p)));
  if (run)
    return {
      kind: 'gate',
      id: commandId(run),
      gate: { type: 'command', title: '', run },
      summary: `\`${run}\` exits 0`,
      fill: [],
      groups: [],
    };
  if (
    /\btypescript\b.*\b(?:compil\w*|type)\b.*\b(?:errors?\s+(?:resolved|fixed)|passes|clean|no errors)\b|\btype[- ]?check(?:s|ing)?\s+(?:pass|passes|passing|clean)\b/.test(
      lower,
    )
  )
    return {
      kind: 'gate',
      id: 'typecheck',
      gate: { type: 'command', title: '', run: 'npx tsc --noEmit' },
      summary: '`npx tsc --noEmit` exits 0',
      fill: [{ key: 'run', note: 'the type check of your project (runs in the job, after npm ci)' }],
      groups: [],
    };
  return null;
}

// --- issue 11: env, dns, fresh -------------------------------------------------------------------

/**
 * Variables assigned in shell/dotenv code (`NAME=…`, `export NAME=…`), without those under a
 * comment saying they are optional.
 */
export function assignedVariables(code: string): string[] {
  const out: string[] = [];
  let optional = false;
  for (const raw of code.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#')) {
      if (/\boptional\b/i.test(line)) optional = true;
      else if (/\brequired\b/i.test(line)) optional = false;
      continue;
    }
    const m = /^(?:export\s+)?([A-Z][A-Z0-9_]*)\s*=/.exec(line);
    if (m && !optional && !out.includes(m[1]!)) out.push(m[1]!);
  }
  return out;
}

function env(item: ItemInput, _text: string, lower: string, file: FileContext): Recognition | null {
  if (!/\b(?:environment variables?|env(?:ironment)? vars?|\.env(?:\.\w+)?)\b/.test(lower)) return null;
  if (!/\b(?:set|configured|validated|defined|present|secured|provided|in place|added)\b/.test(lower))
    return null;
  let names = item.code.flatMap((c) => assignedVariables(c));
  if (!names.length)
    names = file.code
      .filter((c) => /\benv|variables?|config/i.test(c.headings.join(' ')))
      .flatMap((c) => assignedVariables(c.text));
  names = [...new Set(names)];
  if (!names.length)
    return {
      kind: 'hint',
      type: 'env',
      note: 'an env gate needs the variable names (require: [DATABASE_URL, …])',
    };
  return {
    kind: 'gate',
    id: 'env',
    gate: { type: 'env', title: '', require: names, placeholders: 'default' },
    summary: `set and not placeholders: ${names.join(', ')}`,
    fill: [
      {
        key: 'require',
        note: 'pass these into the shipgate step from your GitHub environment (env: NAME: ${{ secrets.NAME }})',
      },
    ],
    groups: [],
  };
}

function dns(item: ItemInput, text: string, lower: string): Recognition | null {
  if (!/\bdns\b/.test(lower)) return null;
  const host = /\b((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,})\b/i.exec(
    [text, ...item.code].join(' ').replace(/https?:\/\//g, ''),
  )?.[1];
  if (!host || /\.(?:md|ts|js|json|ya?ml|tsx|env)$/i.test(host))
    return { kind: 'hint', type: 'dns', note: 'a dns gate needs the host name (name: app.example.com)' };
  return {
    kind: 'gate',
    id: 'dns',
    gate: { type: 'dns', title: '', name: host.toLowerCase() },
    summary: `${host} resolves`,
    fill: [],
    groups: [],
  };
}

function fresh(_item: ItemInput, _text: string, lower: string): Recognition | null {
  if (
    !/\bbackups?\b/.test(lower) ||
    !/\b(?:verified|verification|completed|successful|taken|tested|confirm)\b/.test(lower)
  )
    return null;
  const age = /\b(?:within|in the last|last|under|<)\s*(\d+)\s*(h|hours?|d|days?)\b/.exec(lower);
  const maxAge = age ? `${age[1]}${age[2]!.startsWith('h') ? 'h' : 'd'}` : null;
  return {
    kind: 'hint',
    type: 'fresh',
    note: `a fresh gate${maxAge ? ` (max-age: ${maxAge})` : ''} needs where the backup time can be read (a file, a JSON URL or a command)${maxAge ? '' : ' and a max-age'}`,
  };
}
