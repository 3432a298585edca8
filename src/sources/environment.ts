/** The `environment` gate's facts: who approved the run’s environment, and its settings, read over REST by the action. */
import { UserError } from '../errors.js';
import type { EnvironmentFacts } from '../gates/environment.js';
import type { Collector } from './types.js';

export const collect: Collector<'environment', EnvironmentFacts> = async (gate, ctx) => {
  const release = ctx.github?.release;
  if (!release)
    throw new UserError('the environment gate needs GitHub: it is evaluated by the action in the deploy job');
  return release.environment(gate);
};
