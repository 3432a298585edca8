export const id = 7081;
export const ids = [7081];
export const modules = {

/***/ 7081:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gate = exports.NAMED_FAILURES = void 0;
exports.testsLimits = testsLimits;
exports.evaluate = evaluate;
exports.explain = explain;
/** Failed tests named in the details; the rest are counted. */
exports.NAMED_FAILURES = 20;
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** Percent for display, truncated so 99.999 never reads as 100. */
function pct(p) {
    const t = Math.floor(p * 100 + 1e-9) / 100;
    return `${t.toFixed(2).replace(/\.?0+$/, '')}%`;
}
function testsLimits(gate) {
    return {
        // max-failures alone says how many may fail; the 100% default would contradict it.
        minPassRate: gate['min-pass-rate'] ?? (gate['max-failures'] === undefined ? 100 : 0),
        maxFailures: gate['max-failures'] ?? Infinity,
        minTests: gate['min-tests'] ?? 1,
        maxSkipped: gate['max-skipped'] ?? Infinity,
    };
}
function evaluate(gate, facts, _ctx) {
    const limits = testsLimits(gate);
    const sum = (k) => facts.reports.reduce((n, r) => n + r[k], 0);
    const passed = sum('passed');
    const failed = sum('failed');
    const skipped = sum('skipped');
    const flaky = sum('flaky');
    const unmarked = sum('unmarked');
    const ran = passed + failed;
    const rate = ran === 0 ? 0 : (passed / ran) * 100;
    const details = [];
    details.push({
        kind: 'table',
        columns: ['Report', 'Written by', 'Ran', 'Passed', 'Failed', 'Skipped'],
        rows: facts.reports.map((r) => [
            r.path,
            r.tool ?? 'JUnit XML',
            String(r.passed + r.failed),
            String(r.passed),
            String(r.failed),
            String(r.skipped),
        ]),
    });
    const notes = [];
    if (flaky > 0)
        notes.push(`${plural(flaky, 'test')} passed only when rerun (flaky); counted as passed.`);
    if (unmarked > 0) {
        notes.push(`${plural(unmarked, 'test case')} beyond the counts the suites declare, without an outcome (jest's test.todo), did not run and are not counted.`);
    }
    if (notes.length > 0)
        details.push({ kind: 'list', items: notes });
    if (failed > 0) {
        const named = facts.failures.slice(0, exports.NAMED_FAILURES);
        const several = facts.reports.length > 1;
        details.push({ kind: 'text', text: 'Failed tests:' });
        const items = named.map((f) => `${f.name}${f.kind === 'error' ? ' (error)' : ''}${several ? ` — ${f.report}` : ''}`);
        if (failed > named.length)
            items.push(`… and ${failed - named.length} more: see the reports or the job log`);
        details.push({ kind: 'list', items });
        details.push({
            kind: 'text',
            text: 'Failure messages are not copied here (they can hold values from the environment): read them in the test step’s log or the report.',
        });
    }
    const problems = [];
    if (ran < limits.minTests) {
        problems.push(ran === 0
            ? `no test ran (${plural(skipped, 'skipped test')}); at least ${limits.minTests} must`
            : `only ${plural(ran, 'test')} ran, fewer than min-tests ${limits.minTests}`);
    }
    if (failed > limits.maxFailures)
        problems.push(`${plural(failed, 'test')} failed (max-failures ${limits.maxFailures})`);
    if (ran > 0 && rate < limits.minPassRate) {
        problems.push(`${failed} of ${ran} failed: pass rate ${pct(rate)}, below ${pct(limits.minPassRate)}`);
    }
    if (skipped > limits.maxSkipped)
        problems.push(`${plural(skipped, 'test')} skipped (max-skipped ${limits.maxSkipped})`);
    const skippedText = skipped > 0 ? `, ${skipped} skipped` : '';
    const inReports = facts.reports.length > 1 ? ` in ${facts.reports.length} reports` : '';
    if (problems.length > 0) {
        return { status: 'fail', summary: capitalise(problems.join('; ')) + skippedText, details };
    }
    return {
        status: 'pass',
        summary: failed === 0
            ? `All ${plural(ran, 'test')} passed${skippedText}${inReports}`
            : `${passed} of ${ran} tests passed (${pct(rate)}, min ${pct(limits.minPassRate)})${skippedText}${inReports}`,
        details,
    };
}
function capitalise(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
function explain(gate) {
    const reports = Array.isArray(gate.report) ? gate.report : [gate.report];
    const l = testsLimits(gate);
    return [
        `Reads the JUnit XML report(s) ${reports.join(', ')} (each path or glob must match at least one file; all are merged).`,
        'A file that is not complete JUnit XML, or whose suites declare other counts than the test cases they hold, is an error.',
        gate['max-age']
            ? `A report last modified more than ${gate['max-age']} before now is refused (error).`
            : 'The age of the reports is not checked (no max-age).',
        `Passes when at least ${l.minTests} test(s) ran (skipped ones do not count), at least ${pct(l.minPassRate)} of them passed` +
            (Number.isFinite(l.maxFailures) ? `, at most ${l.maxFailures} failed` : '') +
            (Number.isFinite(l.maxSkipped) ? `, at most ${l.maxSkipped} were skipped` : '') +
            '.',
    ];
}
exports.gate = { evaluate, explain };


/***/ })

};

//# sourceMappingURL=7081.index.js.map