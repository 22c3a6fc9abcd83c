// erlts's object code: what compile:file/2 writes as `Mod.beam` and what
// code:load_file/1, code:load_binary/3 and the code path load (docs/code-loading.md).
// erlts cannot produce BEAM, so the file is its own format: the magic line
// `ERLTS-OBJECT 1` and then one JSON object
//
//     {"module": "m", "file": "/path/m.erl", "onLoad": "init/0" | null,
//      "compiled": {"body": ..., "lineTable": ..., "infos": ...}}
//
// where `compiled` is the CompiledJs the loader takes (the same shape as
// dist/stdlib/<module>.json's `compiled`). Anything else is a bad file ({error, badfile}).
import type { CompiledJs } from '../../compiler/js/module.js';

export const OBJECT_MAGIC = 'ERLTS-OBJECT 1\n';

export interface ObjectCode {
  module: string;
  file: string;
  onLoad: string | null;
  compiled: CompiledJs;
}

export function encodeObject(o: ObjectCode): Uint8Array {
  return new TextEncoder().encode(OBJECT_MAGIC + JSON.stringify(o));
}

/** The object code in `bytes`, or null if they are not erlts object code. */
export function decodeObject(bytes: Uint8Array): ObjectCode | null {
  const text = new TextDecoder().decode(bytes);
  if (!text.startsWith(OBJECT_MAGIC)) return null;
  try {
    const o = JSON.parse(text.slice(OBJECT_MAGIC.length)) as ObjectCode;
    const c = o?.compiled;
    if (typeof o.module !== 'string' || typeof o.file !== 'string' || typeof c?.body !== 'string') return null;
    if (!Array.isArray(c.lineTable) || !Array.isArray(c.infos)) return null;
    return { module: o.module, file: o.file, onLoad: typeof o.onLoad === 'string' ? o.onLoad : null, compiled: c };
  } catch {
    return null;
  }
}
