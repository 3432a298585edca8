import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/errors.js';
import { readJunit } from '../../src/sources/junit.js';
import { FIXTURES, jestJunit, playwrightJunit, pytestJunit } from './tools.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipgate-junit-'));
});

function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function problem(path: string, display = 'report.xml'): Promise<string> {
  try {
    await readJunit(path, display);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('expected the report to be refused');
}

describe('JUnit XML written by the real tools', () => {
  it('reads jest-junit: failures named, skipped counted, test.todo not counted as run', async () => {
    const r = await readJunit(jestJunit({ pass: 3, fail: 2, skip: 1, todo: 1 }), 'junit.xml');
    expect(r).toMatchObject({ tool: 'jest-junit', tests: 6, passed: 3, failed: 2, skipped: 1, unmarked: 1 });
    expect(r.failures).toEqual([
      { name: 'cart applies <discount> & "tax" 0', kind: 'failure' },
      { name: 'cart applies <discount> & "tax" 1', kind: 'failure' },
    ]);
  });

  it('reads pytest --junitxml: xfail and skip are skipped, a fixture error is an error', async () => {
    const r = await readJunit(pytestJunit({ failing: true }), 'pytest.xml');
    expect(r).toMatchObject({ tool: 'pytest', tests: 7, passed: 2, failed: 3, skipped: 2 });
    expect(r.failures).toEqual([
      { name: 'test_cart › test_discount', kind: 'failure' },
      { name: 'test_cart.TestCheckout › test_pays', kind: 'failure' },
      { name: 'test_cart › test_orders', kind: 'error' },
    ]);
  });

  it("reads Playwright's junit reporter: a test passing on retry passes, one failing twice fails", async () => {
    const r = await readJunit(playwrightJunit(), 'e2e.xml');
    expect(r).toMatchObject({ tool: 'Playwright', tests: 4, passed: 2, failed: 1, skipped: 1 });
    expect(r.failures).toEqual([{ name: 'cart.spec.js › cart › applies discount', kind: 'failure' }]);
  });

  it('reads recorded Maven Surefire reports: error and failure, @Disabled skipped, flaky rerun passed', async () => {
    const cart = await readJunit(join(FIXTURES, 'tests/surefire-TEST-com.acme.CartTest.xml'), 'cart.xml');
    expect(cart).toMatchObject({
      tool: 'Maven Surefire',
      tests: 4,
      passed: 1,
      failed: 2,
      skipped: 1,
      flaky: 0,
    });
    expect(cart.failures).toEqual([
      { name: 'com.acme.CartTest › appliesDiscount', kind: 'failure' },
      { name: 'com.acme.CartTest › checksOut', kind: 'error' },
    ]);
    const payment = await readJunit(join(FIXTURES, 'tests/surefire-TEST-com.acme.PaymentTest.xml'), 'p.xml');
    expect(payment).toMatchObject({ tests: 2, passed: 2, failed: 0, flaky: 1 });
  });
});

describe('reports that cannot be trusted are refused, naming the file', () => {
  const surefire = () => readFileSync(join(FIXTURES, 'tests/surefire-TEST-com.acme.CartTest.xml'), 'utf8');

  it('a truncated report', async () => {
    const t = surefire();
    const msg = await problem(file('cut.xml', t.slice(0, Math.floor(t.length / 2))), 'reports/cut.xml');
    expect(msg).toMatch(/^Test report reports\/cut\.xml cannot be used: it is incomplete XML/);
  });

  it('a report cut right after a complete test case', async () => {
    const t = surefire();
    const msg = await problem(file('cut2.xml', t.slice(0, t.indexOf('</testcase>') + 11)));
    expect(msg).toMatch(/report\.xml cannot be used: .*(incomplete|ends inside <testsuite>)/);
  });

  it('a coverage report passed as a test report', async () => {
    const msg = await problem(
      file('cov.xml', '<?xml version="1.0"?><coverage line-rate="1"><packages/></coverage>'),
    );
    expect(msg).toContain(
      'its root element is <coverage>, not <testsuites> or <testsuite>: it is not a JUnit XML report',
    );
  });

  it('JSON, HTML and an empty document', async () => {
    expect(await problem(file('a.json', '{"numFailedTests": 0}'))).toMatch(
      /not well-formed XML|holds no XML element/,
    );
    expect(await problem(file('b.html', '<!DOCTYPE html><html><body>ok</body></html>'))).toContain(
      'root element is <html>',
    );
    expect(await problem(file('c.xml', '<?xml version="1.0"?>\n'))).toContain('holds no XML element');
  });

  it('a suite that declares more failures than it holds (a failure element renamed away)', async () => {
    const t = surefire().replace('<failure message', '<failurX message').replace('</failure>', '</failurX>');
    const msg = await problem(file('renamed.xml', t));
    expect(msg).toContain(
      '<testsuite name="com.acme.CartTest"> declares 2 failures and errors but holds 1 <failure> or <error> element',
    );
  });

  it('a suite that declares more tests or skips than it holds', async () => {
    expect(await problem(file('t.xml', '<testsuite tests="3"><testcase name="a"/></testsuite>'))).toContain(
      'declares tests="3" but holds 1 test case',
    );
    expect(await problem(file('s.xml', '<testsuite skipped="1"><testcase name="a"/></testsuite>'))).toContain(
      'declares skipped="1" but holds 0 skipped test cases',
    );
    expect(
      await problem(file('n.xml', '<testsuite tests="many"><testcase name="a"/></testsuite>')),
    ).toContain('tests="many", which is not a count');
  });

  it('test cases outside a suite, and an undefined entity', async () => {
    expect(await problem(file('o.xml', '<testsuites><testcase name="a"/></testsuites>'))).toContain(
      '<testcase> inside <testsuites>',
    );
    expect(await problem(file('e.xml', '<testsuite><testcase name="&secret;"/></testsuite>'))).toMatch(
      /not well-formed XML/,
    );
  });

  it('a missing file and a directory', async () => {
    expect(await problem(join(dir, 'nope.xml'), 'nope.xml')).toBe('Test report nope.xml does not exist.');
    expect(await problem(dir, 'reports')).toBe('Test report reports is a directory, not a file.');
  });
});
