import { describe, expect, it } from '@jest/globals';
import { parseSignoffCommands } from '../../src/gates/signoff-commands.js';

const gates = (body: string) =>
  parseSignoffCommands(body)
    .filter((c) => !c.malformed)
    .map((c) => `${c.revoke ? 'revoke ' : ''}${c.gate}`);

describe('sign-off commands are read from the Markdown as GitHub renders it', () => {
  it.each([
    ['a line of a paragraph', 'Looks good.\n/signoff rollback-plan', ['rollback-plan']],
    ['a revoke', '/signoff revoke rollback-plan', ['revoke rollback-plan']],
    ['any case, trailing spaces', '  /SignOff Rollback-Plan  ', ['rollback-plan']],
    ['a list item', '- /signoff rollback-plan', ['rollback-plan']],
    ['several commands', '/signoff a\n\n/signoff b', ['a', 'b']],
  ])('counts %s', (_what, body, expected) => {
    expect(gates(body)).toEqual(expected);
  });

  it.each([
    ['a fenced block', '```\n/signoff rollback-plan\n```'],
    ['a tilde fence', '~~~md\n/signoff rollback-plan\n~~~'],
    ['an indented code block', 'Type this:\n\n    /signoff rollback-plan'],
    ['inline code', '`/signoff rollback-plan`'],
    ['a block quote', '> /signoff rollback-plan'],
    ['a lazy block quote line', '> quoting you:\n/signoff rollback-plan'],
    ['a nested quote in a list', '- > /signoff rollback-plan'],
    ['an HTML comment', '<!--\n/signoff rollback-plan\n-->'],
    ['an HTML comment with blank lines', '<!--\n\n/signoff rollback-plan\n\n-->'],
    ['an inline HTML comment', 'ok <!-- \n/signoff rollback-plan\n --> done'],
    ['a details block', '<details>\n<summary>hidden</summary>\n\n/signoff rollback-plan\n\n</details>'],
    ['nested details', '<details>\n\n<details>\n\n</details>\n\n/signoff rollback-plan\n\n</details>'],
    ['an unclosed details block', '<details>\n\nanything\n\n/signoff rollback-plan'],
    ['inline details', 'see <details><summary>x</summary>\n/signoff rollback-plan</details>'],
    ['emphasis', '*/signoff rollback-plan*'],
    ['a link', '[/signoff rollback-plan](https://example.com)'],
    ['a heading', '# /signoff rollback-plan'],
    ['the middle of a sentence', 'please /signoff rollback-plan'],
  ])('ignores a command in %s', (_what, body) => {
    expect(gates(body)).toEqual([]);
  });

  it('counts a command after a closed details block', () => {
    expect(gates('<details>\n\n/signoff a\n\n</details>\n\n/signoff b')).toEqual(['b']);
  });

  it('keeps malformed commands apart, with what was written', () => {
    expect(parseSignoffCommands('/signoff\n\n/na')).toEqual([
      { gate: '', ids: [], revoke: false, text: '/signoff', malformed: true },
      { gate: '', ids: [], revoke: false, text: '/na', malformed: true },
    ]);
  });

  it('reads several ids on one line, and /na with its reason', () => {
    expect(
      parseSignoffCommands(
        '/signoff database-setup security/pen-test, #rls\n\n/signoff revoke a b\n\n/na notes/x not used by this service\n\n/na notes',
      ),
    ).toEqual([
      {
        gate: 'database-setup',
        ids: ['database-setup', 'security/pen-test', 'rls'],
        revoke: false,
        text: '/signoff database-setup security/pen-test, #rls',
      },
      { gate: 'a', ids: ['a', 'b'], revoke: true, text: '/signoff revoke a b' },
      {
        gate: 'notes/x',
        ids: ['notes/x'],
        revoke: false,
        na: { reason: 'not used by this service' },
        text: '/na notes/x not used by this service',
      },
      { gate: 'notes', ids: ['notes'], revoke: false, na: { reason: '' }, text: '/na notes' },
    ]);
    // Inside code or a quote, never a command.
    expect(parseSignoffCommands('`/na notes x`\n\n> /signoff a b')).toEqual([]);
  });
});
