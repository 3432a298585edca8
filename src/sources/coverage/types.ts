/** Parser-level types shared by the coverage report parsers. */
import type { CoverageFormat, MetricCounts } from '../../gates/coverage.js';

/**
 * Item-level data of one file, kept only for files that must be merged with another listing of the
 * same file (so a 20,000-file report is not held in memory). Keys identify an item within the
 * format; values are hit counts.
 */
export interface FileDetail {
  lines: Map<number, number>;
  branches: Map<string, number>;
  functions: Map<string, number>;
  statements: Map<string, number>;
}

/** One file as listed by a report (a report may list the same file more than once). */
export interface FileRecord {
  /** The path as the report names it (joined with the Cobertura `<source>` when there is one). */
  path: string;
  counts: MetricCounts;
  /** Present when the parser was asked for detail on this path and the format has it. */
  detail?: FileDetail;
}

export interface CoverageReport {
  /** Absolute path of the report file. */
  file: string;
  format: CoverageFormat;
  records: FileRecord[];
  /**
   * Totals the report itself states (Cobertura root line-rate/branch-rate and counts, Clover
   * project metrics, JaCoCo report counters, istanbul summary `total`), for cross-checks.
   */
  declared?: MetricCounts & { lineRate?: number; branchRate?: number };
}

export interface ParseOptions {
  /** Report paths (as FileRecord.path) whose item-level detail is wanted. */
  detailFor?: ReadonlySet<string>;
  signal?: AbortSignal;
}

export function newDetail(): FileDetail {
  return { lines: new Map(), branches: new Map(), functions: new Map(), statements: new Map() };
}
