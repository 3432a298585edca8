/**
 * Escaping for everything user-written that goes into the PR comment or job summary: titles,
 * reasons, names, file paths, command output. After escaping, a string renders as the same text
 * and cannot open HTML, break a table or a <details> block, start Markdown formatting, or mention
 * anyone (`@org/everyone` is defused with a zero-width space after the `@`).
 */

const MD_PUNCT = /[\\`*_{}[\]()#+!|~<>&"'=:-]/g;

/** One line of inline text, safe in a paragraph, heading, list item or table cell. */
export function escapeInline(text: string): string {
  return text
    .replace(/[\r\n\t\f\v\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(MD_PUNCT, (c) => ENTITY[c] ?? `\\${c}`)
    .replace(/@/g, '@&#8203;')
    .trim()
    .replace(/^(\d+)\./, '$1\\.'); // "1. x" would start an ordered list in a paragraph or list item
}

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;',
  ':': '&#58;',
};

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
    .replace(/[&<>"']/g, (c) => ENTITY[c]!)
    .replace(/@/g, '@&#8203;');
}

/** Inline code that its content cannot close; one line, control characters removed. */
export function codeSpan(text: string): string {
  const clean = text.replace(/[\r\n\t\f\v\u2028\u2029]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
  let longest = 0;
  for (const m of clean.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') || /^ .* $/.test(clean) ? ' ' : '';
  return `${fence}${pad}${clean || ' '}${pad}${fence}`;
}
