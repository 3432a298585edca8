/** The adapters that gather each local gate's facts (files, processes, HTTP). */
import type { GateType } from '../gates/types.js';
import type { CollectContext } from '../sources/types.js';
import { collectCoverage } from '../sources/coverage/index.js';
import { collectAudit } from '../sources/audit/index.js';
import { collectMigrations } from '../sources/migrations.js';
import { collectHttp } from '../sources/http.js';
import { collectCommand } from '../sources/command.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Collector = (gate: any, ctx: CollectContext) => Promise<unknown>;

export const COLLECTORS: Partial<Record<GateType, Collector>> = {
  coverage: collectCoverage,
  audit: collectAudit,
  migrations: collectMigrations,
  http: collectHttp,
  command: collectCommand,
};
