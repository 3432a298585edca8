export const id = 6645;
export const ids = [6645];
export const modules = {

/***/ 6645:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gate = void 0;
exports.evaluatePromotion = evaluatePromotion;
exports.explainPromotion = explainPromotion;
const duration_js_1 = __webpack_require__(6518);
const time_js_1 = __webpack_require__(6043);
const RANK = { pass: 0, pending: 1, fail: 2 };
const short = (sha) => sha.slice(0, 7);
function evaluatePromotion(gate, facts, ctx) {
    const after = gate.after.join(', ');
    if (facts.rollback)
        return {
            status: 'skipped',
            summary: `rollback: the promotion order (after ${after}) is not enforced for this deploy (input rollback: true)`,
        };
    const soakMs = gate.soak ? ((0, duration_js_1.parseDuration)(gate.soak) ?? 0) : 0;
    const rows = [];
    const reasons = [];
    for (const { name, latest } of facts.environments) {
        let status;
        let text;
        if (!latest) {
            status = 'fail';
            text = `${name} was never deployed: deploy ${short(facts.sha)} to ${name} first`;
        }
        else if (latest.sha !== facts.sha) {
            status = 'fail';
            text = `the latest ${name} deployment is ${short(latest.sha)}, not this commit ${short(facts.sha)}: deploy ${short(facts.sha)} to ${name} first`;
        }
        else if (latest.state !== 'success') {
            const running = ['queued', 'pending', 'in_progress'].includes(latest.state ?? '');
            status = running ? 'pending' : 'fail';
            text = `the ${name} deployment of ${short(facts.sha)} is ${latest.state ?? 'without a status'}${running ? ' (not finished yet)' : ''}`;
        }
        else {
            const up = ctx.now.getTime() - Date.parse(latest.stateAt ?? latest.createdAt);
            if (soakMs && up < soakMs) {
                status = 'pending';
                text = `${name} has been up for ${(0, duration_js_1.formatDuration)(Math.max(0, up))} of the ${gate.soak} soak: retry in ${(0, duration_js_1.formatDuration)(soakMs - up)}`;
            }
            else {
                status = 'pass';
                text = `${name} runs ${short(facts.sha)} successfully${soakMs ? ` for ${(0, duration_js_1.formatDuration)(up)}` : ''}`;
            }
        }
        reasons.push({ status, text });
        rows.push([
            name,
            latest ? short(latest.sha) : 'none',
            latest?.state ?? '',
            latest?.stateAt ? (0, time_js_1.formatTimestamp)(latest.stateAt) : '',
            text,
        ]);
    }
    const worst = reasons.reduce((w, r) => (RANK[r.status] > RANK[w] ? r.status : w), 'pass');
    const status = worst;
    const details = [
        {
            kind: 'table',
            columns: ['Environment', 'Latest deployment', 'State', 'Since', 'Result'],
            rows,
        },
    ];
    if (status === 'pass')
        return {
            status,
            summary: `${short(facts.sha)} was promoted through ${after}${gate.soak ? ` (soaked ${gate.soak})` : ''}`,
            details,
        };
    return {
        status,
        summary: reasons
            .filter((r) => r.status !== 'pass')
            .map((r) => r.text)
            .join('; '),
        details,
    };
}
function explainPromotion(gate) {
    return [
        `The latest deployment of each of ${gate.after.join(', ')} must be this commit with the status success${gate.soak ? `, for at least ${gate.soak}` : ''}.`,
        'A rollback deploy (action input rollback: true) skips this gate and says so.',
    ];
}
exports.gate = {
    evaluate: evaluatePromotion,
    explain: explainPromotion,
};


/***/ })

};

//# sourceMappingURL=6645.index.js.map