// The atom table, as far as the runtime needs one.
//
// Atoms are plain JS strings, so making one costs nothing and needs no table. What
// does need a table is the notion of an *existing* atom: list_to_existing_atom/1,
// binary_to_term(B, [safe]) and binary_to_existing_atom/2 must refuse names no code has
// mentioned. The code loader registers the atoms of every module it loads, the BIFs
// that create atoms (list_to_atom/1, binary_to_term/1, ...) register theirs, and
// `atomExists` answers from that set.
const existing = new Set<string>(['true', 'false', 'ok', 'error', 'undefined', 'nonode@nohost']);

export function registerAtom(name: string): void {
  existing.add(name);
}

export function registerAtoms(names: Iterable<string>): void {
  for (const n of names) existing.add(n);
}

export function atomExists(name: string): boolean {
  return existing.has(name);
}

/** The longest atom name, in characters. */
export const MAX_ATOM_CHARS = 255;
