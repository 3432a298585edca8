/**
 * Parses the `now` input / `--now` option: an ISO 8601 date-time WITH an offset or Z, so the
 * instant does not depend on the machine's time zone (JavaScript's Date would also take "1").
 */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

export function parseInstant(text: string): Date | null {
  if (!ISO_INSTANT.test(text.trim())) return null;
  const d = new Date(text.trim().replace(' ', 'T'));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "2026-11-20 14:05 UTC" for people reading the checklist (GitHub gives ISO instants). */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
