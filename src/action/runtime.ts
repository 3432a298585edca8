/**
 * The GitHub Actions runner protocol (inputs, outputs, job summary, log commands), implemented
 * directly on its documented file and workflow commands. @actions/core does the same but pulls in
 * an HTTP stack (undici) that costs ~65 ms of start-up on every run; this file is all we need of it.
 * https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions
 */
import { Secrets } from '../util/secrets.js';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

/**
 * The part of `@actions/core`'s interface this file stands in for. A debugger that observes
 * actions through `@actions/core` (`@github/local-action`) gets every input, log line, output and
 * the verdict through it once `useCore` is called; on a runner it is never set.
 */
export interface CoreLike {
  getInput(name: string): string;
  info(message: string): void;
  debug(message: string): void;
  warning(message: string): void;
  error(
    message: string,
    props?: {
      title?: string | undefined;
      file?: string | undefined;
      startLine?: number | undefined;
      startColumn?: number | undefined;
    },
  ): void;
  setSecret(secret: string): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
}

let core: CoreLike | undefined;

/** Secret values of this run: masked in the log by the runner, redacted from everything written. */
const secrets = new Secrets();

/** Registers secret values: `::add-mask::` for each, and redacted from every later write. */
export function addSecret(value: string | undefined | null) {
  for (const v of secrets.add(value)) mask(v);
}

/** Registers the secret-like variables of an environment passed to a gate (see util/secrets.ts). */
export function addSecretsFromEnv(env: NodeJS.ProcessEnv) {
  for (const v of secrets.addFromEnv(env)) mask(v);
}

/** Text with this run's secrets replaced by `***`. */
export function redact(text: string): string {
  return secrets.redact(text);
}

/** Plain data with this run's secrets replaced by `***` in every string. */
export function redactDeep<T>(value: T): T {
  return secrets.redactDeep(value);
}

/** Routes everything below through `c` (or back to the runner's file commands with `undefined`). */
export function useCore(c: CoreLike | undefined) {
  core = c;
}

/** `INPUT_<NAME>` as the runner sets it (spaces become underscores, hyphens are kept). */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  if (core && env === process.env) return core.getInput(name).trim();
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, props: Record<string, string | number | undefined>, message: string) {
  const p = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  process.stdout.write(`::${name}${p ? ' ' + p : ''}::${escapeData(message)}${EOL}`);
}

export function info(raw: string) {
  const message = redact(raw);
  if (core) return core.info(message);
  process.stdout.write(message + EOL);
}

export function debug(raw: string) {
  const message = redact(raw);
  if (core) return core.debug(message);
  command('debug', {}, message);
}

export function warning(raw: string) {
  const message = redact(raw);
  if (core) return core.warning(message);
  command('warning', {}, message);
}

export interface AnnotationProps {
  title?: string;
  file?: string;
  line?: number;
  col?: number;
}

export function error(raw: string, props: AnnotationProps = {}) {
  const message = redact(raw);
  if (core) {
    const { title, file, line: startLine, col: startColumn } = props;
    return core.error(message, { title, file, startLine, startColumn });
  }
  command('error', { title: props.title, file: props.file, line: props.line, col: props.col }, message);
}

export function mask(secret: string) {
  if (secret && core) return core.setSecret(secret);
  if (secret) process.stdout.write(`::add-mask::${escapeData(secret)}${EOL}`);
}

function appendFileCommand(variable: string, text: string) {
  const file = process.env[variable];
  if (!file) return false;
  appendFileSync(file, text, 'utf8');
  return true;
}

/** Writes an output through the GITHUB_OUTPUT file (multi-line safe, with a random delimiter). */
export function setOutput(name: string, raw: string) {
  const value = redact(raw);
  if (core) return core.setOutput(name, value);
  // The delimiter only has to be absent from the value (checked below), so it needs no crypto
  // module (loading node:crypto costs ~4 ms of start-up).
  const fresh = () => `ghadelimiter_${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  let delimiter = fresh();
  while (value.includes(delimiter)) delimiter = fresh();
  if (!appendFileCommand('GITHUB_OUTPUT', `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`)) {
    warning(`GITHUB_OUTPUT is not set: output ${name} could not be written`);
  }
}

/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY). */
export function appendSummary(raw: string): boolean {
  const markdown = redact(raw);
  return appendFileCommand('GITHUB_STEP_SUMMARY', markdown.endsWith('\n') ? markdown : markdown + EOL);
}

/** Marks the step failed with a message (set once, by the verdict). */
export function setFailed(raw: string) {
  const message = redact(raw);
  if (core) return core.setFailed(message);
  process.exitCode = 1;
  error(message);
}
