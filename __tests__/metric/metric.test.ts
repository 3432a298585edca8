import { describe, expect, it } from '@jest/globals';
import type { MetricGate } from '../../src/config/schema-types.generated.js';
import { evaluateMetric } from '../../src/gates/metric.js';
import type { EvalContext } from '../../src/gates/types.js';
import { readPrometheusAnswer } from '../../src/sources/metric.js';
import { resolvePointer } from '../../src/util/json-pointer.js';

const ok = (body: unknown, status = 200) => ({
  status,
  statusText: 'OK',
  body: JSON.stringify(body),
  truncated: false,
});
const vector = (...values: [Record<string, string>, string][]) => ({
  status: 'success',
  data: { resultType: 'vector', result: values.map(([metric, v]) => ({ metric, value: [1, v] })) },
});
const ctx = {
  gateId: 'm',
  now: new Date(),
  mode: 'cli',
  pr: null,
  groups: {},
  teams: {},
} as unknown as EvalContext;

describe('reading a Prometheus answer', () => {
  it.each([
    ['a one-series vector', vector([{ job: 'api' }, '0.004']), { value: 0.004, labels: { job: 'api' } }],
    ['a scalar', { status: 'success', data: { resultType: 'scalar', result: [1, '3'] } }, { value: 3 }],
    ['+Inf', vector([{}, '+Inf']), { value: Infinity }],
  ])('%s is a number', (_name, body, want) => {
    expect(readPrometheusAnswer(ok(body), [])).toEqual(want);
  });
  it.each([
    ['no series', vector(), 'the query returned no series'],
    [
      'two series',
      vector([{ code: '200' }, '1'], [{ code: '500' }, '2']),
      'the query returned 2 series ({code="200"}, {code="500"}), expected one',
    ],
    ['NaN', vector([{}, 'NaN']), 'the query returned NaN'],
    ['a matrix', { status: 'success', data: { resultType: 'matrix', result: [] } }, 'range vector (matrix)'],
    [
      'a PromQL error',
      { status: 'error', errorType: 'bad_data', error: '1:5: parse error: unclosed left parenthesis' },
      'the query is not valid PromQL: 1:5: parse error',
    ],
    ['JSON that is not a query result', { hello: 1 }, 'not a Prometheus query result'],
  ])('%s is an error naming it', (_name, body, want) => {
    const got = readPrometheusAnswer(ok(body), []);
    expect('error' in got && got.error).toContain(want);
  });
  it('401 without JSON says which header was not accepted', () => {
    const got = readPrometheusAnswer(
      { status: 401, statusText: 'Unauthorized', body: 'no', truncated: false },
      ['Authorization'],
    );
    expect(got).toEqual({
      error:
        'Prometheus answered 401 Unauthorized: the credentials in the Authorization header were not accepted (expired or wrong token?)',
    });
  });
});

describe('evaluating a metric', () => {
  const g = { type: 'metric', prometheus: { url: 'https://p' }, query: 'q', max: 0.01 } as MetricGate;
  const facts = (value: number | null, error?: string) => ({
    source: 'prometheus' as const,
    target: 'https://p',
    query: 'q',
    value,
    ...(error ? { error } : {}),
  });
  it('passes within bounds, fails outside, errors without a value', () => {
    expect(evaluateMetric(g, facts(0.01), ctx)).toMatchObject({
      status: 'pass',
      summary: '0.01 (max 0.01)',
      value: 0.01,
    });
    expect(evaluateMetric(g, facts(0.0123456), ctx)).toMatchObject({
      status: 'fail',
      summary: '0.01235, above max 0.01',
    });
    expect(evaluateMetric({ ...g, min: 0.5 } as MetricGate, facts(0.2), ctx).summary).toBe(
      '0.2, above max 0.01 and below min 0.5',
    );
    expect(evaluateMetric(g, facts(null, 'no series'), ctx)).toMatchObject({
      status: 'error',
      summary: 'could not measure: no series',
    });
  });
});

describe('JSON Pointer', () => {
  const doc = { a: { 'b/c': [1, { '~x': true }] }, '': 'empty' };
  it('follows RFC 6901', () => {
    expect(resolvePointer(doc, '')).toEqual({ found: true, value: doc });
    expect(resolvePointer(doc, '/a/b~1c/1/~0x')).toEqual({ found: true, value: true });
    expect(resolvePointer(doc, '/')).toEqual({ found: true, value: 'empty' });
    expect(resolvePointer(doc, '/a/b~1c/01')).toEqual({ found: false, missing: '/a/b~1c/01' });
    expect(resolvePointer(doc, '/a/b~1c/-')).toEqual({ found: false, missing: '/a/b~1c/-' });
    expect(resolvePointer({}, '/constructor')).toEqual({ found: false, missing: '/constructor' });
  });
});
