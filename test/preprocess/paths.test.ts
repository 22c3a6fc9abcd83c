// The file names epp builds (include files, -file attributes, ?FILE) come from
// filename:join/2 and filename:dirname/1: ours against OTP's on paths.txt (paths.json,
// written by gen-expected.escript).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { erlDirname, erlJoin } from '../../compiler/parse/epp-paths.js';

const rows = JSON.parse(readFileSync(fileURLToPath(new URL('./paths.json', import.meta.url)), 'utf8')) as string[][];

describe('filename:join/2 and filename:dirname/1', () => {
  for (const row of rows) {
    if (row[0] === 'join') {
      it(`join(${JSON.stringify(row[1])}, ${JSON.stringify(row[2])})`, () => expect(erlJoin(row[1]!, row[2]!)).toBe(row[3]));
    } else {
      it(`dirname(${JSON.stringify(row[1])})`, () => expect(erlDirname(row[1]!)).toBe(row[2]));
    }
  }
});
