/**
 * The adapters that gather each local gate's facts (files, processes, HTTP). Loaded on demand:
 * a run only pays the start-up cost of the sources its gates use (ncc emits each as a chunk).
 */
import type { GateType } from '../gates/types.js';
import type { CollectContext } from '../sources/types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Collector = (gate: any, ctx: CollectContext) => Promise<unknown>;

export const COLLECTORS: Partial<Record<GateType, () => Promise<Collector>>> = {
  coverage: async () => (await import('../sources/coverage/index.js')).collectCoverage,
  audit: async () => (await import('../sources/audit/index.js')).collectAudit,
  migrations: async () => (await import('../sources/migrations.js')).collectMigrations,
  http: async () => (await import('../sources/http.js')).collectHttp,
  command: async () => (await import('../sources/command.js')).collectCommand,
};
