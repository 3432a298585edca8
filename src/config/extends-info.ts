/**
 * What `extends` brought into a loaded config, kept beside the config object (not in it: the config
 * stays exactly the schema's shape). A small module of its own, so the engine can ask without
 * loading the config parser.
 */
import type { ShipgateConfig } from './schema-types.generated.js';

/** What `extends` brought in: which gates are locked, and which could not be read. */
export interface ExtendsInfo {
  /** `owner/repo/path@ref`, as written. */
  source: string;
  /** Ids of the shared gates (after the merge, those the repository did not replace). */
  shared: Set<string>;
  locked: Set<string>;
  /** Set when the shared config could not be read: these gates are `error`, the others still run. */
  unavailable?: { error: string; gates: string[] };
}

export const EXTENDS_INFO = new WeakMap<object, ExtendsInfo>();

/** The `extends` details of a loaded config, if it has `extends`. */
export function extendsInfo(config: ShipgateConfig): ExtendsInfo | undefined {
  return EXTENDS_INFO.get(config);
}
