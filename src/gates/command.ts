/**
 * `command` gate: a shell command exits 0. Pure: judges how the command ended; the source runs it.
 * A command that could not be judged (timed out, not found, stopped by the run deadline) is an
 * `error`; a command that ran and exited non-zero (or was killed) is a `fail`.
 */
import type { CommandGate } from '../config/schema-types.generated.js';
import { formatDuration, parseDuration } from '../util/duration.js';
import type { Detail, EvalContext, GateOutcome } from './types.js';
import type { GateLogic } from './types.js';
import { sampleProblems } from './sample-check.js';

export interface CommandFacts {
  /** The command line as configured. */
  command: string;
  /** Working directory, as shown to the user (relative to the repository root when inside it). */
  cwd: string;
  shell: string;
  exitCode: number | null;
  /** Signal that ended the command (SIGTERM / SIGKILL after a timeout, or from outside). */
  signal: string | null;
  timedOut: boolean;
  /** The run's deadline stopped it. */
  aborted: boolean;
  timeoutMs: number;
  durationMs: number;
  /** Last 50 lines of stdout and stderr, interleaved as printed. */
  output: string;
}

export const DEFAULT_COMMAND_TIMEOUT = '10m';

export function commandTimeoutMs(gate: CommandGate): number {
  return parseDuration(gate.timeout ?? DEFAULT_COMMAND_TIMEOUT) ?? 600_000;
}

/** The command for one-line messages: its first line, at most 80 characters. */
function label(command: string): string {
  const lines = command.trim().split(/\r?\n/);
  let first = lines[0] ?? '';
  const more = lines.length > 1;
  if (first.length > 80) first = `${first.slice(0, 77)}...`;
  else if (more) first = `${first} ...`;
  return `"${first}"`;
}

/** The missing command's name, from bash ("x: command not found") or dash ("x: not found"). */
function missingCommand(output: string): string | null {
  const m = /(?:^|\n)(?:[^\n]*?: )?(?:line \d+: |\d+: )?([^\s:]+): (?:command )?not found\s*$/m.exec(output);
  return m ? m[1]! : null;
}

export function evaluateCommand(gate: CommandGate, facts: CommandFacts, _ctx: EvalContext): GateOutcome {
  const cmd = label(facts.command);
  const took = formatDuration(facts.durationMs);
  const details: Detail[] = [
    { kind: 'text', text: `Ran ${cmd} with ${facts.shell} in ${facts.cwd} (${took}).` },
  ];
  if (facts.output.trim() !== '') {
    details.push({ kind: 'text', text: 'Last lines of output:' }, { kind: 'code', text: facts.output });
  } else details.push({ kind: 'text', text: 'It printed nothing.' });

  if (facts.timedOut)
    return {
      status: 'error',
      summary: `${cmd} timed out after ${formatDuration(facts.timeoutMs)} and was stopped; raise timeout (now ${gate.timeout ?? `${DEFAULT_COMMAND_TIMEOUT}, the default`}) or make it faster`,
      details,
    };
  if (facts.aborted)
    return {
      status: 'error',
      summary: `${cmd} was stopped after ${took} (the run was cancelled or its deadline passed)`,
      details,
    };
  if (facts.exitCode === 0) return { status: 'pass', summary: `${cmd} exited 0 in ${took}`, details };
  if (facts.exitCode === 127) {
    const name = missingCommand(facts.output);
    return {
      status: 'error',
      summary: `${cmd}: command not found${name ? `: ${name}` : ''} (exit 127); install it or fix PATH in the job`,
      details,
    };
  }
  if (facts.exitCode === 126)
    return {
      status: 'error',
      summary: `${cmd} could not be run (exit 126: found but not executable); check its permissions (chmod +x)`,
      details,
    };
  if (facts.exitCode === null)
    return {
      status: 'fail',
      summary: `${cmd} was killed by ${facts.signal ?? 'a signal'} after ${took}`,
      details,
    };
  return { status: 'fail', summary: `${cmd} exited ${facts.exitCode}`, details };
}

export function explainCommand(gate: CommandGate): string[] {
  const env = Object.keys(gate.env ?? {});
  return [
    `Runs: ${gate.run}`,
    `Shell: ${gate.shell ?? 'bash (sh when bash is missing)'}; working directory: ${gate.cwd ?? '. (repository root)'}.`,
    `Environment: the job's${env.length ? `, plus ${env.join(', ')}` : ''}.`,
    `Timeout: ${formatDuration(commandTimeoutMs(gate))}${gate.timeout ? '' : ' (default)'}; on timeout the whole process group is killed and the gate is an error.`,
    'Passes when it exits 0; the last 50 lines of its output are shown in the details.',
  ];
}

export const gate: GateLogic<'command', CommandFacts> = {
  evaluate: evaluateCommand,
  explain: explainCommand,
  check: (g) => (g.sample ? sampleProblems(g.sample as unknown as Record<string, unknown>) : []),
};
