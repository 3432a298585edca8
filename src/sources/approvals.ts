/** The `approvals` gate's facts: the PR's reviews and CODEOWNERS, from the action's GitHub facts. */
import { UserError } from '../errors.js';
import type { ApprovalsFacts } from '../gates/approvals.js';
import type { Collector } from './types.js';

export const collect: Collector<'approvals', ApprovalsFacts> = async (_gate, ctx) => {
  if (!ctx.github)
    throw new UserError('the approvals gate needs GitHub: it is evaluated by the action on the pull request');
  return ctx.github.approvals;
};
