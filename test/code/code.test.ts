// The code server's pieces that the conformance corpus cannot pin down: the object file
// format, the loader's version tagging, badfile (whose two reports OTP prints in either
// order), the live upgrade example against OTP's recorded output, and the model itself
// (versions, owner of frames) through the engine.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeHost } from '../../bin/node-host.js';
import { runEscript } from '../../runtime/escript.js';
import { decodeObject, encodeObject, OBJECT_MAGIC } from '../../runtime/exec/object-file.js';
import { tagged } from '../../runtime/exec/loader.js';
import { ErlangRuntime } from '../../runtime/exec/index.js';
import { memoryHost } from '../../compiler/host.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function run(file: string): Promise<{ out: string; code: number }> {
  let out = '';
  const code = await runEscript(file, [], { host: nodeHost(root), stdout: (s) => (out += s), stderr: (s) => (out += s) });
  return { out, code };
}

describe('object files', () => {
  const compiled = { body: 'return { name: MOD };', lineTable: [[-1, 0, 0, 0]] as [number, number, number, number][], infos: [] as [string, number][] };
  it('round-trips', () => {
    const bytes = encodeObject({ module: 'm', file: '/x/m.erl', onLoad: 'init/0', compiled });
    expect(new TextDecoder().decode(bytes.slice(0, OBJECT_MAGIC.length))).toBe(OBJECT_MAGIC);
    expect(decodeObject(bytes)).toEqual({ module: 'm', file: '/x/m.erl', onLoad: 'init/0', compiled });
  });
  it('rejects what is not one', () => {
    const enc = new TextEncoder();
    expect(decodeObject(enc.encode('garbage'))).toBeNull();
    expect(decodeObject(enc.encode(`${OBJECT_MAGIC}{not json`))).toBeNull();
    expect(decodeObject(enc.encode(`${OBJECT_MAGIC}{"module":"m","file":"f"}`))).toBeNull();
    expect(decodeObject(enc.encode(`${OBJECT_MAGIC}{"module":1,"file":"f","compiled":${JSON.stringify(compiled)}}`))).toBeNull();
  });
});

describe('version tagging', () => {
  it('lists every top-level function before the final return', () => {
    const body = "'use strict';\nfunction F_a_0() {\n  function inner() {}\n}\nfunction R1(v) {\n  return v;\n}\nreturn { name: MOD, file: FILE };";
    const t = tagged(body);
    expect(t).toContain('\n$tag([F_a_0, R1]);\nreturn { name: MOD');
    expect(t.indexOf('$tag')).toBeGreaterThan(t.indexOf('function R1'));
  });
  it('refuses a body without the module return', () => {
    expect(() => tagged('function F() {}')).toThrow();
  });
  it('gives each load its own functions and keeps the old version', () => {
    const src = (v: number) => `-module(tv).\n-export([f/0, g/0]).\nf() -> ${v}.\ng() -> fun() -> f() end.\n`;
    let text = src(1);
    const host = { ...memoryHost({}), readFile: (p: string) => (p === '/t/tv.erl' ? new TextEncoder().encode(text) : undefined) };
    const rt = new ErlangRuntime({ host, searchPath: ['/t'] });
    const cs = rt.engine.code;
    expect(rt.loadFile('/t/tv.erl').ok).toBe(true);
    const v1 = cs.modules.get('tv')!;
    text = src(2);
    expect(rt.loadFile('/t/tv.erl').ok).toBe(true);
    const v2 = cs.modules.get('tv')!;
    expect(v2).not.toBe(v1);
    expect(cs.old.get('tv')).toBe(v1);
    expect(cs.ownerOf(v1.locals['f/0'])).toBe(v1);
    expect(cs.ownerOf(v2.locals['f/0'])).toBe(v2);
    expect((v1.exports['f/0'] as () => number)()).toBe(1);
    expect((v2.exports['f/0'] as () => number)()).toBe(2);
    cs.deleteModule('tv');
    expect(cs.modules.has('tv')).toBe(false);
    expect(cs.old.get('tv')).toBe(v2);
    expect(cs.purgeOld('tv')).toBe(true);
    expect(cs.purgeOld('tv')).toBe(false);
  });
});

describe('programs', () => {
  it('load_binary of bad object code: badfile, both reports', async () => {
    const { out, code } = await run('test/code/badfile.erl');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines.filter((l) => l === '{error,badfile}')).toHaveLength(2);
    expect(out).toContain('beam/beam_load.c(144): Error loading module cbf_junk:\n  corrupt file header\n');
    expect(out).toContain('Loading of cbf_junk.beam failed: badfile\n');
    expect(out).toContain('beam/beam_load.c(180): Error loading module cbf_other:\n  module name in object code is cbf_real\n');
    expect(out).toContain('Loading of cbf_other.beam failed: badfile\n');
    expect(out).toContain('{false,false,false}\n');
  });
  it('the live upgrade example prints what OTP prints', async () => {
    const { out, code } = await run('examples/live_upgrade/upgrade.erl');
    expect(code).toBe(0);
    expect(out).toBe(readFileSync(`${root}test/code/live_upgrade.expected`, 'latin1'));
  });
});
