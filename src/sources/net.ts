/**
 * Shared by the network sources (http, metric): fetch errors in words, a size-limited body reader,
 * and hiding secret values (substituted `${{ env.NAME }}` values, header values) in anything shown.
 */
import { formatDuration } from '../util/duration.js';

/** Hides secret values in text that may be shown (errors, response bodies, redirect targets). */
export function redact(text: string, secrets: Set<string>): string {
  let out = text;
  // Longest first, so a secret containing another one is hidden whole.
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
  return out;
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  cause?: unknown;
}

// Duck-typed rather than `instanceof Error`: fetch's errors may come from another realm.
const asError = (e: unknown): ErrorLike | null =>
  e !== null && typeof e === 'object' ? (e as ErrorLike) : null;

/** Why a request got no answer, in words (never containing header values). */
export function describeError(e: unknown, timeoutMs: number): string {
  const err = asError(e);
  if (!err) return String(e);
  if (err.name === 'TimeoutError') return `timed out after ${formatDuration(timeoutMs)}`;
  if (err.name === 'AbortError') return 'stopped: the run deadline passed';
  const cause = asError(err.cause) ?? (typeof err.code === 'string' ? err : null);
  if (cause) {
    const code = typeof cause.code === 'string' ? cause.code : undefined;
    if (code === 'ECONNREFUSED')
      return 'connection refused (ECONNREFUSED): is the service running on that host and port?';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `host not found (${code})`;
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
      return `connection closed by the server (${code})`;
    if (cause.name === 'TimeoutError') return `timed out after ${formatDuration(timeoutMs)}`;
    const msg = String(cause.message ?? cause.name ?? 'request failed');
    return code ? `${msg} (${code})` : msg;
  }
  return String(err.message ?? err.name ?? 'request failed');
}

/** Reads a body to its end (latency is measured to the last byte), keeping at most `limit` characters. */
export async function readBody(
  body: AsyncIterable<Uint8Array> | null,
  limit: number,
): Promise<{ body: string; truncated: boolean }> {
  if (!body) return { body: '', truncated: false };
  const decoder = new TextDecoder();
  let text = '';
  let truncated = false;
  for await (const chunk of body) {
    if (truncated) continue;
    text += decoder.decode(chunk, { stream: true });
    if (text.length > limit) {
      text = text.slice(0, limit);
      truncated = true;
    }
  }
  if (!truncated) text += decoder.decode();
  return { body: text, truncated };
}
