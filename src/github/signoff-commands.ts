/**
 * Reads the `/signoff`, `/na` and `/waive` commands of gathered comments. The Markdown parser is loaded only when a
 * comment mentions `/signoff` at all: most runs (no comments, or none with a command) never pay
 * its start-up cost.
 */
import type { CommentFact } from '../gates/types.js';

export async function withSignoffCommands(comments: Omit<CommentFact, 'commands'>[]): Promise<CommentFact[]> {
  const mentions = (body: string) => /\/(signoff|na)\b/i.test(body);
  const waives = (body: string) => /\/waive/i.test(body);
  if (!comments.some((c) => mentions(c.body) || waives(c.body)))
    return comments.map((c) => ({ ...c, commands: [] }));
  const { commandLines, parseSignoffCommands } = await import('../gates/signoff-commands.js');
  const { parseWaiveCommands } = await import('../gates/waivers.js');
  return comments.map((c) => ({
    ...c,
    commands: mentions(c.body) ? parseSignoffCommands(c.body) : [],
    ...(waives(c.body) ? { waives: parseWaiveCommands(commandLines(c.body)) } : {}),
  }));
}
