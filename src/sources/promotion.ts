/** The `promotion` gate's facts: the latest deployment of each `after:` environment, read over REST by the action. */
import { UserError } from '../errors.js';
import type { PromotionFacts } from '../gates/promotion.js';
import type { Collector } from './types.js';

export const collect: Collector<'promotion', PromotionFacts> = async (gate, ctx) => {
  const release = ctx.github?.release;
  if (!release)
    throw new UserError('the promotion gate needs GitHub: it is evaluated by the action in the deploy job');
  return release.promotion(gate);
};
