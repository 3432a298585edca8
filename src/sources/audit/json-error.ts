/**
 * Where and why a text is not valid JSON. JSON.parse's messages on Node 20 do not always carry a
 * position ("Unexpected token '}', "…" is not valid JSON"), so on failure we rescan the text with a
 * small validator that stops at the first error. Only called after JSON.parse has failed.
 */
export interface JsonProblem {
  /** 0-based offset of the first bad character (text length when the text ends too early). */
  offset: number;
  line: number;
  column: number;
  reason: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

export function locateJsonError(text: string): JsonProblem | null {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const fail = (reason: string): never => {
    throw new Stop(i, i >= n ? `the text ends too early (truncated?): ${reason}` : reason);
  };
  // Names JSON's own punctuation, and only the kind of any other character: never the content.
  const describe = () => {
    if (i >= n) return 'end of text';
    const c = text[i]!;
    if ('{}[],:"'.includes(c)) return JSON.stringify(c);
    if (/\s/.test(c)) return 'white space';
    if (/[0-9]/.test(c)) return 'a digit';
    if (/[A-Za-z]/.test(c)) return 'a letter';
    return 'another character';
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail(`expected ${word}, found ${describe()}`);
      i++;
    }
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= n) fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail('control character inside a string');
      if (c === 0x5c) {
        i++;
        const e = text[i];
        if (e === 'u') {
          for (let k = 1; k <= 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) {
              i += k;
              fail('bad \\u escape in a string');
            }
          }
          i += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
        else fail('bad escape in a string');
      } else i++;
    }
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (/[1-9]/.test(text[i] ?? '')) while (/[0-9]/.test(text[i] ?? '')) i++;
    else fail(`bad number, found ${describe()}`);
    if (text[i] === '.') {
      i++;
      if (!/[0-9]/.test(text[i] ?? '')) fail('bad number: digit expected after "."');
      while (/[0-9]/.test(text[i] ?? '')) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!/[0-9]/.test(text[i] ?? '')) fail('bad number: digit expected in the exponent');
      while (/[0-9]/.test(text[i] ?? '')) i++;
    }
  };
  // Iterative over containers so deeply nested input cannot overflow the stack.
  const value = () => {
    const stack: ('{' | '[')[] = [];
    for (;;) {
      ws();
      const c = text[i];
      if (c === '{') {
        i++;
        ws();
        if (text[i] === '}') i++;
        else {
          stack.push('{');
          if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe()}`);
          string();
          ws();
          if (text[i] !== ':') fail(`expected ":" after a property name, found ${describe()}`);
          i++;
          continue;
        }
      } else if (c === '[') {
        i++;
        ws();
        if (text[i] === ']') i++;
        else {
          stack.push('[');
          continue;
        }
      } else if (c === '"') string();
      else if (c === 't') literal('true');
      else if (c === 'f') literal('false');
      else if (c === 'n') literal('null');
      else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
      else fail(`expected a value, found ${describe()}`);
      // After a value: close containers or move to the next element.
      for (;;) {
        const top = stack[stack.length - 1];
        if (!top) return;
        ws();
        if (text[i] === ',') {
          i++;
          if (top === '{') {
            ws();
            if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe()}`);
            string();
            ws();
            if (text[i] !== ':') fail(`expected ":" after a property name, found ${describe()}`);
            i++;
          }
          break;
        }
        if ((top === '{' && text[i] === '}') || (top === '[' && text[i] === ']')) {
          i++;
          stack.pop();
          continue;
        }
        fail(`expected "," or "${top === '{' ? '}' : ']'}", found ${describe()}`);
      }
    }
  };
  try {
    value();
    ws();
    if (i < n) fail(`unexpected ${describe()} after the end of the JSON value`);
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const before = text.slice(0, e.offset);
    const line = before.split('\n').length;
    const column = e.offset - before.lastIndexOf('\n');
    return { offset: e.offset, line, column, reason: e.reason };
  }
}
