/** A measured number as people read it: up to 4 significant digits, no exponent for everyday sizes. */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : v < 0 ? '-Inf' : 'NaN';
  if (v === 0) return '0';
  const abs = Math.abs(v);
  return abs >= 1e-4 && abs < 1e9 ? String(Number(v.toPrecision(4))) : v.toPrecision(4);
}
