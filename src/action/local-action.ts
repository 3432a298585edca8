/**
 * `@github/local-action` runs `src/main.ts` and shows what the action did by stubbing the
 * `@actions/core` installed beside itself; it never reads GITHUB_OUTPUT. shipgate does not use
 * `@actions/core` (see runtime.ts), so under local-action it loads that stubbed module from
 * local-action's install folder and routes its runner calls through it.
 * Loaded only when local-action is detected, so a real run pays nothing for it.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { useCore, type CoreLike } from './runtime.js';

/**
 * Connects the runtime to the `@actions/core` that local-action stubbed (the one resolved from its
 * working directory, which is local-action's own install folder). Returns false, changing nothing,
 * when there is none.
 */
export async function connectLocalAction(cwd: string = process.cwd()): Promise<boolean> {
  let path: string;
  try {
    path = createRequire(join(cwd, 'local-action.cjs')).resolve('@actions/core');
  } catch {
    return false;
  }
  const mod = (await import(/* webpackIgnore: true */ pathToFileURL(path).href)) as Partial<CoreLike> & {
    default?: Partial<CoreLike>;
  };
  const names = [
    'getInput',
    'info',
    'debug',
    'warning',
    'error',
    'setSecret',
    'setOutput',
    'setFailed',
  ] as const;
  const pick = (m: Partial<CoreLike> | undefined) =>
    m && names.every((n) => typeof m[n] === 'function') ? m : undefined;
  const core = pick(mod) ?? pick(mod.default);
  if (!core) return false;
  useCore(core as CoreLike);
  return true;
}
