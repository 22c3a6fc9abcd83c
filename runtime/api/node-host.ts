// The default CompilerHost of the JS API under Node: files read from disk. Kept out
// of index.ts and loaded by a dynamic import only when no host is given, so that the
// API module itself has no node:* import (a browser bundle passes its own host).
import { readdirSync, readFileSync } from 'node:fs';
import type { CompilerHost } from '../../compiler/host.js';

export function nodeFsHost(): CompilerHost {
  return {
    readFile(path) {
      try {
        return readFileSync(path);
      } catch {
        return undefined;
      }
    },
    listDir(dir) {
      try {
        return readdirSync(dir);
      } catch {
        return undefined;
      }
    },
  };
}
