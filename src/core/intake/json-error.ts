/**
 * Where and why a JSON text is invalid, for a file JSON.parse refused. V8's
 * messages give a position for some errors and none for others ("Unexpected
 * token"), so this small scanner finds the first offending character itself;
 * it runs only after JSON.parse has failed. An error at the end of the text
 * means the text stops early: a truncated file.
 */
export interface JsonError {
  offset: number;
  message: string;
  truncated: boolean;
}

export function findJsonError(text: string): JsonError {
  let i = 0;
  const fail = (message: string): never => {
    throw { offset: i, message };
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const expect = (what: string, description: string) => {
    if (text.startsWith(what, i)) i += what.length;
    else fail(`expected ${description}`);
  };
  const string = () => {
    i++; // the opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail('a control character inside a string (write it as an escape such as \\n)');
      if (c === 0x5c) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i++;
            fail('a \\u escape needs four hex digits');
          }
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else {
          i++;
          fail('an unknown escape in a string');
        }
      } else i++;
    }
    fail('the string is not closed');
  };
  const value = (depth: number): void => {
    if (depth > 10_000) fail('nesting too deep');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a property name in double quotes');
        string();
        ws();
        expect(':', '`:` after a property name');
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect('}', '`,` or `}` after a property value');
        return;
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect(']', '`,` or `]` after an array element');
        return;
      }
    }
    if (c === '"') {
      string();
      return;
    }
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (number && number[0] !== '' && number[0] !== '-') {
      i += number[0].length;
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    fail(i >= text.length ? 'expected a value' : `unexpected ${JSON.stringify(text[i])} where a value should be`);
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail('more text after the JSON value');
    // JSON.parse refused it for a reason the scanner does not model; point at the start.
    return { offset: 0, message: 'not valid JSON', truncated: false };
  } catch (caught) {
    const { offset, message } = caught as { offset: number; message: string };
    return { offset, message, truncated: offset >= text.length };
  }
}
