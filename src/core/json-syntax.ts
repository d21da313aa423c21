/** The first JSON syntax error in a text: where it is (UTF-16 offset) and what is wrong. */
export interface SyntaxProblem {
  position: number;
  reason: string;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Finds the first syntax error in JSON text, for a message that says where, since JSON.parse's
 * own messages differ between engines and often omit the position. Only called after JSON.parse failed.
 */
export function findJsonSyntaxError(text: string): SyntaxProblem {
  let i = 0;
  const n = text.length;
  class Stop extends Error {
    constructor(readonly problem: SyntaxProblem) {
      super(problem.reason);
    }
  }
  const fail = (reason: string, at = i): never => {
    if (at >= n) throw new Stop({ position: n, reason: 'the text ends unexpectedly (the file may be truncated)' });
    throw new Stop({ position: at, reason });
  };
  const describe = (at: number) => {
    if (at >= n) return 'the text ends unexpectedly (the file may be truncated)';
    const ch = text[at] ?? '';
    const code = ch.charCodeAt(0);
    if (code < 0x20) return 'a raw control character';
    return `unexpected character "${ch}"`;
  };
  const skip = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return;
    }
    const found = /^[^\s,:\]}[{"]{1,20}/.exec(text.slice(i, i + 20))?.[0] ?? '';
    if (word.startsWith(found) && i + found.length >= n) fail('', n);
    fail(`unexpected text "${found}"`);
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= n) fail('a string is not closed (the file may be truncated)');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail('a raw control character inside a string');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('an invalid \\u escape');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('an invalid escape sequence');
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') fail(describe(i));
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    skip();
    const ch = text[i];
    if (ch === '{') {
      i++;
      skip();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skip();
        if (text[i] !== '"')
          fail(text[i] === '}' ? 'a trailing comma before "}"' : `expected a property name in double quotes, found ${describe(i)}`);
        string();
        skip();
        if (text[i] !== ':') fail(`expected ":" after a property name, found ${describe(i)}`);
        i++;
        value();
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(`expected "," or "}", found ${describe(i)}`);
      }
    }
    if (ch === '[') {
      i++;
      skip();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        skip();
        if (text[i] === ']') fail('a trailing comma before "]"');
        value();
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(`expected "," or "]", found ${describe(i)}`);
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    fail(describe(i));
  };
  try {
    value();
    skip();
    if (i < n) fail(`more content after the end of the JSON value: ${describe(i)}`);
    return { position: n, reason: 'not valid JSON' };
  } catch (error) {
    if (error instanceof Stop) return error.problem;
    throw error;
  }
}
