// Unit checks of the file natives that the conformance programs reach only indirectly:
// file-name encoding (file.erl's file_name/1 rules), Node error codes as OTP's reasons,
// and consult's term reading (values and error tuples as OTP 25 gives them).
import { describe, expect, it } from 'vitest';
import { consultText, nameBytes, posixReason } from '../../runtime/bifs/file.js';
import { binaryFromString } from '../../runtime/term/bitstring.js';
import { fromArray, fromString } from '../../runtime/term/list.js';
import { writeTerm } from '../../runtime/term/print.js';
import { Float } from '../../runtime/term/types.js';

const show = (t: Parameters<typeof writeTerm>[0]) => writeTerm(t);
/** A string as ~w writes it (a list of codes). */
const w = (s: string) => writeTerm(fromString(s));
const SYNTAX = w('syntax error before: ');

describe('file names', () => {
  it('flattens deep lists and atoms and encodes characters as UTF-8', () => {
    const deep = fromArray([fromString('/tmp'), 'dir', fromArray([47, fromString('\u00e9')])]);
    expect(nameBytes(deep)?.toString('utf8')).toBe('/tmpdir/\u00e9');
    expect([...nameBytes(fromString('\u00e9'))!]).toEqual([0xc3, 0xa9]);
  });
  it('takes a binary as raw bytes', () => {
    expect(nameBytes(binaryFromString('ab'))?.toString('latin1')).toBe('ab');
  });
  it('rejects what file_name/1 rejects', () => {
    expect(nameBytes(123)).toBeUndefined();
    expect(nameBytes(new Float(1.5))).toBeUndefined();
    expect(nameBytes(fromArray([fromString('a'), binaryFromString('b')]))).toBeUndefined();
    expect(nameBytes(fromArray([0x110000]))).toBeUndefined();
  });
});

describe('posix reasons', () => {
  it('lower-cases Node codes, ENOTEMPTY being eexist as in OTP', () => {
    expect(posixReason({ code: 'ENOENT' })).toBe('enoent');
    expect(posixReason({ code: 'ENOTEMPTY' })).toBe('eexist');
    expect(() => posixReason(new Error('not a system error'))).toThrow();
  });
});

describe('consult', () => {
  it('reads terms', () => {
    expect(show(consultText('{a, "b", 1.5, -3}.\n[x | y]. #{k => <<1,2>>}.'))).toBe(
      `{ok,[{a,${w('b')},1.5,-3},[x|y],#{k => <<1,2>>}]}`,
    );
    expect(show(consultText('123456789012345678901234567890.'))).toBe('{ok,[123456789012345678901234567890]}');
  });
  it('reports errors as erl_parse and erl_scan do', () => {
    expect(show(consultText('ok.\n{a, }.'))).toBe(`{error,{2,erl_parse,[${SYNTAX},${w("'}'")}]}}`);
    expect(show(consultText('f(x).'))).toBe(`{error,{1,erl_parse,${w('bad term')}}}`);
    expect(show(consultText('{a, 1}'))).toBe(`{error,{1,erl_parse,[${SYNTAX},[]]}}`);
    expect(show(consultText('"abc'))).toBe(`{error,{1,erl_scan,{string,34,${w('abc')}}}}`);
  });
});
