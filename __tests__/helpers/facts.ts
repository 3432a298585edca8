// Plain fake facts for the pure gate tests (no network, no mocks).
import type { CommentFact, EvalContext, PrFacts } from '../../src/gates/types.js';
import { parseSignoffCommands } from '../../src/gates/signoff-commands.js';

export function pr(over: Partial<PrFacts> = {}): PrFacts {
  return {
    number: 42,
    title: 'Add checkout flow',
    url: 'https://github.com/acme/shop/pull/42',
    author: 'dev-dana',
    authorIsBot: false,
    baseRef: 'main',
    baseSha: 'b'.repeat(40),
    headSha: 'h'.repeat(40),
    headPushedAt: '2026-11-20T10:00:00Z',
    comments: [],
    files: [],
    ...over,
  };
}

let nextId = 1;
export function comment(author: string, body: string, over: Partial<CommentFact> = {}): CommentFact {
  const id = nextId++;
  return {
    id: `IC_${id}`,
    databaseId: id,
    author,
    authorIsBot: author.endsWith('[bot]'),
    body,
    createdAt: '2026-11-20T11:00:00Z',
    lastEditedAt: null,
    editor: null,
    commands: parseSignoffCommands(body),
    url: `https://github.com/acme/shop/pull/42#issuecomment-${id}`,
    ...over,
  };
}

export function ctx(over: Partial<EvalContext> = {}): EvalContext {
  return {
    gateId: 'gate',
    now: new Date('2026-11-23T10:00:00Z'),
    mode: 'action',
    pr: pr(),
    groups: {},
    teams: {},
    ...over,
  };
}
