/** The `checks` gate's facts: the commit's check runs and statuses, from the action's GitHub facts. */
import { UserError } from '../errors.js';
import type { ChecksFacts } from '../gates/checks.js';
import type { Collector } from './types.js';

export const collect: Collector<'checks', ChecksFacts> = async (_gate, ctx) => {
  const gh = ctx.github;
  if (!gh)
    throw new UserError('the checks gate needs GitHub: it is evaluated by the action on the pull request');
  if (gh.checksError) throw new UserError(gh.checksError);
  const wait = ctx.wait ?? { round: 0, waitedMs: 0, over: false };
  return { sha: gh.checksSha, checks: await gh.checks(), waitedMs: wait.waitedMs, waitOver: wait.over };
};
