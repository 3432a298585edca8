/**
 * Escaping for everything user-written that goes into the PR comment or job summary: titles,
 * reasons, names, file paths, command output. After escaping, a string renders as the same text
 * and cannot open HTML, break a table or a <details> block, start Markdown formatting, or mention
 * anyone (`@org/everyone` is defused with a zero-width space after the `@`). Only what could
 * change the rendering is escaped, so the raw Markdown stays readable too.
 */

/**
 * One line of inline text, safe in a paragraph, heading, list item or table cell, and still readable
 * as raw Markdown (e-mail notifications show the raw text): a character is escaped only where it
 * could mean something — `<` before a tag, `&` before an entity, `_` at a word edge, `#`, `>`, `-`,
 * `+`, `=` or `1.` at the start, `:` only when it would close an emoji `:code:`; `*`, `~`, `[`, `]`,
 * `|` and backticks always; `\` before punctuation. A mention is defused with a zero-width space.
 */
export function escapeInline(text: string, atLineStart = true): string {
  const s = oneLineOf(text);
  let out = '';
  const chars = [...s];
  const defuse = autolinksToDefuse(s, chars);
  chars.forEach((c, i) => {
    const prev = chars[i - 1] ?? '';
    const next = chars[i + 1] ?? '';
    out += defuse.has(i) ? `\\${c}` : escapeChar(c, prev, next, s, i, chars);
  });
  return atLineStart ? escapeStart(out) : out;
}

function oneLineOf(text: string): string {
  return text
    .replace(/[\r\n\t\f\v\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
}

const WORD = /[\p{L}\p{N}]/u;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;

function escapeChar(c: string, prev: string, next: string, _s: string, i: number, chars: string[]): string {
  switch (c) {
    case '\\':
      return next === '' || ASCII_PUNCT.test(next) ? '\\\\' : c;
    case '`':
    case '*':
    case '~':
    case '[':
    case ']':
    case '|':
      return `\\${c}`;
    case '_':
      // Inside a word (snake_case) an underscore cannot start or end emphasis.
      return WORD.test(prev) && WORD.test(next) ? c : '\\_';
    case '<':
      return /[A-Za-z/!?]/.test(next) ? '&lt;' : c;
    case '&':
      return /^&(#\d|#x[0-9a-f]|[A-Za-z][A-Za-z0-9]*;)/i.test(chars.slice(i, i + 34).join('')) ? '&amp;' : c;
    case ':':
      // `:rocket:` becomes an emoji on GitHub.
      return /^:[a-z0-9_+-]+:/i.test(chars.slice(i, i + 40).join('')) ? '&#58;' : c;
    case '@':
      return '@\u200b';
    default:
      return c;
  }
}

/**
 * GFM turns `https://…`, `http://…`, `ftp://…` and `www.…` into a link that runs to the next
 * whitespace and swallows the backslashes (and entities) written there, so `\*` inside such a URL
 * is a live `*` again and the link text shows the backslash. Where such a run holds anything that
 * needs escaping, the autolink itself is broken instead (`https\://`, `www\.`): the text reads the
 * same, just not as a link. A URL with nothing to escape stays a clickable link.
 */
function autolinksToDefuse(s: string, chars: string[]): Set<number> {
  const defuse = new Set<number>();
  if (!/(?:https?|ftp):\/\/|www\./i.test(s)) return defuse;
  for (let i = 0; i < chars.length; i++) {
    const ahead = chars.slice(i, i + 8).join('');
    const proto = /^(?:https?|ftp):\/\//i.exec(ahead);
    if (!proto && !/^www\./i.test(ahead)) continue;
    let needs = false;
    for (let k = i; k < chars.length && !/\s/u.test(chars[k]!); k++) {
      if (escapeChar(chars[k]!, chars[k - 1] ?? '', chars[k + 1] ?? '', s, k, chars) !== chars[k]) {
        needs = true;
        break;
      }
    }
    // The character that makes it a URL: the `:` of the scheme or the `.` after `www`.
    if (needs) defuse.add(proto ? i + proto[0].length - 3 : i + 3);
  }
  return defuse;
}

/** What would start a block at the beginning of a line (heading, quote, list, setext underline). */
function escapeStart(s: string): string {
  if (/^[#>+=-]/.test(s)) return `\\${s}`;
  return s.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * shipgate's own sentences (gate summaries, details text, messages): like escapeInline, except that
 * `code` between a pair of backticks is kept as a code span, which is how those sentences mark
 * commands, ids and file names. A code span is inert (no HTML, no mention, no formatting), so it is
 * safe whatever it holds (`inTable`: for a table cell, see codeSpan).
 */
export function escapeProse(text: string, inTable = false): string {
  const s = oneLineOf(text);
  const parts = s.split(/(?<!`)(`[^`]+`)(?!`)/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return codeSpan(part.slice(1, -1), inTable);
      const e = escapeInline(part);
      // escapeInline trims; keep the white space around code spans as written (an invisible
      // U+FEFF is white space to JavaScript too, and must not turn into a visible space).
      const lead = i > 0 ? (/^\s/u.exec(part)?.[0] ?? '') : '';
      const trail = i < parts.length - 1 ? (/\s$/u.exec(part)?.[0] ?? '') : '';
      return e ? lead + e + trail : lead || trail;
    })
    .join('')
    .replace(/^(?=[#>+=-])/, '\\')
    .trim();
}

/** A URL for a Markdown link target: only http(s), with characters that could end the link encoded. */
export function safeUrl(url: string): string | null {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return null;
  return url.replace(
    /[()<>"'`|\\[\]\u0000-\u001f\u007f]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** A fenced code block that its content cannot close, whatever backticks it contains. */
export function codeBlock(text: string): string {
  const clean = text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
  let longest = 2;
  for (const m of clean.matchAll(/`+|~+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${clean.replace(/\n+$/, '')}\n${fence}`;
}

/**
 * One line of text inside raw HTML (the `<summary>` of a details block), where Markdown is not
 * parsed, so backslash escapes would show: only HTML-escaped, with mentions defused.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/[\r\n\t\f\v\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .replace(/&(?=#\d|#x[0-9a-f]|[a-z][a-z0-9]*;)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/@/g, '@\u200b');
}

/**
 * Inline code that its content cannot close; one line, control characters removed. In a table
 * cell `|` must be written `\|` (GFM splits cells before it reads code spans); anywhere else a
 * backslash in a code span shows, so it is escaped only `inTable`.
 */
export function codeSpan(text: string, inTable = false): string {
  let clean = text.replace(/[\r\n\t\f\v\u2028\u2029]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
  if (inTable) clean = clean.replace(/\|/g, '\\|');
  let longest = 0;
  for (const m of clean.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') || /^ .* $/.test(clean) ? ' ' : '';
  return `${fence}${pad}${clean || ' '}${pad}${fence}`;
}
