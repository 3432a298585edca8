/**
 * Secret values a run must never show: values substituted from `${{ env.* }}`, environment
 * variables with secret-like names passed to a command, migrations or http gate, and the password
 * of any `scheme://user:password@host` URL among them. Collected while the facts are gathered;
 * every text shipgate writes (comment, job summary, outputs, log, check run) goes through redact().
 *
 * Values shorter than 4 characters are not treated as secrets (masking "1" or "on" would blank out
 * ordinary text); literal values in the config are committed to the repository, so they are not
 * secret either, unless their variable name says they are.
 */

/** Variable names whose values are secrets by convention. */
const SECRET_NAME =
  /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?|DATABASE_URL|_DSN)$/i;
/** `scheme://user:password@host`: the password part. */
const URL_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:([^\s@/]+)@/gi;

export const REDACTED = '***';

export class Secrets {
  private readonly values = new Set<string>();
  private ordered: string[] | null = null;

  /** Adds a value (and the password of a URL inside it); returns the values that are new. */
  add(value: string | undefined | null): string[] {
    if (!value) return [];
    const fresh: string[] = [];
    const put = (v: string) => {
      if (v.length < 4 || this.values.has(v)) return;
      this.values.add(v);
      fresh.push(v);
      // Percent-encoded and decoded forms of a URL password are both what a tool may print.
      try {
        const decoded = decodeURIComponent(v);
        if (decoded !== v && decoded.length >= 4 && !this.values.has(decoded)) {
          this.values.add(decoded);
          fresh.push(decoded);
        }
      } catch {
        // not percent-encoded
      }
    };
    put(value);
    for (const m of value.matchAll(URL_PASSWORD)) put(m[1]!);
    // As it appears inside JSON (the `result` output) when it holds quotes or backslashes.
    for (const v of [...fresh]) {
      const json = JSON.stringify(v).slice(1, -1);
      if (json !== v && !this.values.has(json)) {
        this.values.add(json);
        fresh.push(json);
      }
    }
    if (fresh.length) this.ordered = null;
    return fresh;
  }

  /** Adds the values of variables with secret-like names, and URL passwords in any value. */
  addFromEnv(env: NodeJS.ProcessEnv): string[] {
    const fresh: string[] = [];
    for (const [name, value] of Object.entries(env)) {
      if (!value) continue;
      if (SECRET_NAME.test(name)) fresh.push(...this.add(value));
      else for (const m of value.matchAll(URL_PASSWORD)) fresh.push(...this.add(m[1]!));
    }
    return fresh;
  }

  get size(): number {
    return this.values.size;
  }

  /** The text with every secret (longest first) and every URL password replaced by `***`. */
  redact(text: string): string {
    if (!text) return text;
    let out = text.replace(URL_PASSWORD, (m: string, pw: string) => m.replace(`:${pw}@`, `:${REDACTED}@`));
    if (!this.values.size) return out;
    this.ordered ??= [...this.values].sort((a, b) => b.length - a.length);
    for (const s of this.ordered) if (out.includes(s)) out = out.split(s).join(REDACTED);
    return out;
  }

  /** A copy of plain data (objects, arrays) with every string redacted. */
  redactDeep<T>(value: T): T {
    return this.walk(value) as T;
  }

  private walk(value: unknown): unknown {
    if (typeof value === 'string') return this.redact(value);
    if (Array.isArray(value)) return value.map((v) => this.walk(v));
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.walk(v);
      return out;
    }
    return value;
  }
}
