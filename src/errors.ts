/**
 * A problem the user can fix (missing report, bad config value, missing permission). Its message is
 * shown as-is: it must say what is wrong and how to fix it. Anything else thrown is a bug and is
 * reported as an internal error, still failing closed.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** Message of anything thrown, without a stack trace. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'string') return e;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}
