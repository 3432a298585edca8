/**
 * Streaming JSON reading that builds only selected parts of the document, on the tokenizer of
 * @streamparser/json (lexing, UTF-8, escapes and numbers stay the library's).
 *
 * Hand-written on purpose: the library's own token parser builds every value of the document
 * (and drops the ones not selected), which on a 50 MB SARIF file took 4× as long as tokenizing it;
 * a SARIF reader needs some fifteen small fields per result. Here a selection tree says which
 * members to keep: everything else is only checked for JSON grammar and skipped. Selected array
 * elements can be handed out one at a time (`emit`), so they are not kept either.
 */
import { Tokenizer, TokenType } from '@streamparser/json';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** `true`: keep the whole value. An object: keep these members (`*` for any key or index). */
export type Selection = true | { [key: string]: Selection } | EmitEach;

/** Hand out each element of this array (or member of this object) when it is complete, and drop it. */
export interface EmitEach {
  emit: (value: Json, key: string | number, path: readonly (string | number)[]) => void;
  each: Selection;
}

export class JsonGrammarError extends Error {}

// Grammar states of an open container: what the next token may be.
const FIRST_KEY_OR_END = 0;
const KEY = 1;
const COLON = 2;
const VALUE = 3;
const FIRST_VALUE_OR_END = 4;
const COMMA_OR_END = 5;

interface Frame {
  /** The container being built, or null when this part of the document is skipped. */
  container: Json[] | { [k: string]: Json } | null;
  isArray: boolean;
  /** Selection for this container's members. */
  sel: Selection | null;
  key: string | number;
  /** Key of the member being read (objects), or index of the element (arrays). */
  member: string | number;
  state: number;
}

const isEmit = (s: Selection | null | undefined): s is EmitEach =>
  typeof s === 'object' && s !== null && typeof (s as EmitEach).emit === 'function';

function child(sel: Selection, key: string | number, isArray: boolean): Selection | null {
  if (sel === true) return true;
  if (isEmit(sel)) return sel.each;
  // Array elements are only ever selected all together ('*').
  if (isArray) return sel['*'] ?? null;
  return sel[key as string] ?? sel['*'] ?? null;
}

/** Reads a JSON document fed in chunks, keeping the selected parts; `result()` after `end()`. */
export class SelectiveJsonReader {
  private readonly tokenizer = new Tokenizer();
  private readonly stack: Frame[] = [];
  private top: Frame | undefined;
  // Skipped containers are only followed for grammar, on two plain number stacks (no objects
  // allocated per container): kind (1 array, 0 object) and grammar state per level.
  private skipDepth = 0;
  private readonly skipKinds: number[] = [];
  private readonly skipStates: number[] = [];
  private root: Json | undefined;
  private done = false;

  constructor(private readonly selection: Selection) {
    this.tokenizer.onToken = ({ token, value }) => this.token(token, value as Json);
  }

  write(chunk: Uint8Array | string): void {
    this.tokenizer.write(chunk);
  }

  end(): void {
    if (!this.done) {
      if (this.stack.length > 0 || this.skipDepth > 0 || this.root === undefined) {
        throw new JsonGrammarError('the document ends in the middle');
      }
    }
    if (!this.tokenizer.isEnded) this.tokenizer.end();
  }

  /** The selected parts of the document (undefined when it was empty). */
  result(): Json | undefined {
    return this.root;
  }

  /** Keys of the open containers, outermost first (for messages). */
  path(): (string | number)[] {
    return this.stack.map((f) => f.key);
  }

  private token(token: TokenType, value: Json): void {
    if (this.skipDepth > 0) return this.skipToken(token);
    if (this.done) throw new JsonGrammarError('there is more after the end of the document');
    const top = this.top;
    if (top === undefined) return this.value(token, value, this.selection, undefined);
    switch (top.state) {
      case VALUE:
        top.state = COMMA_OR_END;
        return this.value(
          token,
          value,
          top.container === null ? null : child(top.sel!, top.member, top.isArray),
          top,
        );
      case COMMA_OR_END:
        if (token === TokenType.COMMA) {
          if (top.isArray) {
            top.member = (top.member as number) + 1;
            top.state = VALUE;
          } else top.state = KEY;
          return;
        }
        if (token === (top.isArray ? TokenType.RIGHT_BRACKET : TokenType.RIGHT_BRACE)) return this.close();
        throw new JsonGrammarError(`expected "," or "${top.isArray ? ']' : '}'}"`);
      case FIRST_KEY_OR_END:
      case KEY:
        if (token === TokenType.STRING) {
          top.member = value as string;
          top.state = COLON;
          return;
        }
        if (token === TokenType.RIGHT_BRACE && top.state === FIRST_KEY_OR_END) return this.close();
        throw new JsonGrammarError('expected a member name');
      case COLON:
        if (token !== TokenType.COLON) throw new JsonGrammarError('expected ":"');
        top.state = VALUE;
        return;
      default:
        // FIRST_VALUE_OR_END
        if (token === TokenType.RIGHT_BRACKET) return this.close();
        top.state = VALUE;
        return this.token(token, value);
    }
  }

  private value(token: TokenType, value: Json, sel: Selection | null, parent: Frame | undefined): void {
    if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) {
      const isArray = token === TokenType.LEFT_BRACKET;
      if (sel === null) return this.skipOpen(isArray);
      this.stack.push({
        container: sel === null ? null : isArray ? [] : {},
        isArray,
        sel,
        key: parent ? parent.member : '$',
        member: isArray ? 0 : '',
        state: isArray ? FIRST_VALUE_OR_END : FIRST_KEY_OR_END,
      });
      this.top = this.stack[this.stack.length - 1];
      return;
    }
    if (
      token !== TokenType.STRING &&
      token !== TokenType.NUMBER &&
      token !== TokenType.TRUE &&
      token !== TokenType.FALSE &&
      token !== TokenType.NULL
    ) {
      throw new JsonGrammarError('expected a value');
    }
    this.store(sel === null ? undefined : value, parent);
  }

  private skipOpen(isArray: boolean): void {
    this.skipKinds[this.skipDepth] = isArray ? 1 : 0;
    this.skipStates[this.skipDepth] = isArray ? FIRST_VALUE_OR_END : FIRST_KEY_OR_END;
    this.skipDepth++;
  }

  private skipToken(token: TokenType): void {
    const d = this.skipDepth - 1;
    const isArray = this.skipKinds[d] === 1;
    switch (this.skipStates[d]) {
      case VALUE:
        this.skipStates[d] = COMMA_OR_END;
        if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) {
          return this.skipOpen(token === TokenType.LEFT_BRACKET);
        }
        if (
          token !== TokenType.STRING &&
          token !== TokenType.NUMBER &&
          token !== TokenType.TRUE &&
          token !== TokenType.FALSE &&
          token !== TokenType.NULL
        ) {
          throw new JsonGrammarError('expected a value');
        }
        return;
      case COMMA_OR_END:
        if (token === TokenType.COMMA) {
          this.skipStates[d] = isArray ? VALUE : KEY;
          return;
        }
        if (token === (isArray ? TokenType.RIGHT_BRACKET : TokenType.RIGHT_BRACE)) {
          this.skipDepth--;
          return;
        }
        throw new JsonGrammarError(`expected "," or "${isArray ? ']' : '}'}"`);
      case FIRST_KEY_OR_END:
      case KEY:
        if (token === TokenType.STRING) {
          this.skipStates[d] = COLON;
          return;
        }
        if (token === TokenType.RIGHT_BRACE && this.skipStates[d] === FIRST_KEY_OR_END) {
          this.skipDepth--;
          return;
        }
        throw new JsonGrammarError('expected a member name');
      case COLON:
        if (token !== TokenType.COLON) throw new JsonGrammarError('expected ":"');
        this.skipStates[d] = VALUE;
        return;
      default:
        if (token === TokenType.RIGHT_BRACKET) {
          this.skipDepth--;
          return;
        }
        this.skipStates[d] = VALUE;
        return this.skipToken(token);
    }
  }

  private close(): void {
    const frame = this.stack.pop()!;
    const parent = this.stack[this.stack.length - 1];
    this.top = parent;
    this.store(frame.container === null ? undefined : frame.container, parent);
  }

  /** Puts a complete value into its parent (or hands it out, when the parent emits each element). */
  private store(value: Json | undefined, parent: Frame | undefined): void {
    if (!parent) {
      this.root = value === undefined ? null : value;
      this.done = true;
      return;
    }
    if (value === undefined || parent.container === null) return;
    if (isEmit(parent.sel)) {
      parent.sel.emit(value, parent.member, this.path());
      return;
    }
    if (parent.isArray) (parent.container as Json[]).push(value);
    else (parent.container as { [k: string]: Json })[parent.member as string] = value;
  }
}
