// The text of each lint diagnostic: erl_lint:format_error/1, re-written.
//
// A descriptor is the Erlang term erl_lint would build ({unbound_var,'X'}, ...; see
// terms.ts). `describe` turns it into the exact text erlc prints, so messages can be
// compared byte for byte with OTP 25. The descriptor's tag is the diagnostic's `code`.
// `~w` prints atoms quoted when needed and code points above 255 as \x{...}; `~tw`
// keeps them (writeAtom's `unicode` flag) -- each message uses the one OTP uses.
import { printTerm, writeTerm, type Term } from './terms.js';

/** The descriptor's tag: the atom itself, or the first element of the tuple. */
export function descriptorTag(d: Term): string {
  if (d.k === 'atom') return d.v;
  if (d.k === 'tuple' && d.v[0]?.k === 'atom') return d.v[0].v;
  return 'unknown';
}

const w = (t: Term | undefined) => (t ? writeTerm(t, false) : '');
const tw = (t: Term | undefined) => (t ? writeTerm(t, true) : '');
const p = (t: Term | undefined) => (t ? printTerm(t, false) : '');

/** An Erlang string term (list of code points) as text, for ~s. */
function s(t: Term | undefined): string {
  if (!t) return '';
  if (t.k === 'list') return t.v.map((c) => (c.k === 'int' ? String.fromCodePoint(Number(c.v)) : s(c))).join('');
  if (t.k === 'atom') return t.v;
  return writeTerm(t);
}

/** "(_,_)" for arity 2: how type names are printed. */
export function typeParen(arity: number): string {
  return '(' + Array(arity).fill('_').join(',') + ')';
}

/** "(line 4, column 5)" from a {Line, Column} term (or "(line 4)" from an integer). */
function where(t: Term | undefined): string {
  if (t?.k === 'tuple' && t.v.length === 2) return `(line ${w(t.v[0])}, column ${w(t.v[1])})`;
  return `(line ${w(t)})`;
}

/** {F,A} as "F/A", the name printed with ~w or ~tw. */
function fa(t: Term | undefined, unicode: boolean): string {
  if (t?.k === 'tuple' && t.v.length === 2) return `${writeTerm(t.v[0]!, unicode)}/${w(t.v[1])}`;
  return writeTerm(t ?? { k: 'list', v: [] }, unicode);
}

/** {M,F,A} as "m:f/a" (format_mfa: plain atom_to_list, no quotes). */
function mfa(t: Term | undefined): string {
  if (t?.k === 'tuple' && t.v.length === 3) {
    const [m, f, a] = t.v as [Term, Term, Term];
    const name = (x: Term) => (x.k === 'atom' ? x.v : w(x));
    const arity = a.k === 'list' ? a.v.map(w).join(',') : w(a);
    return `${name(m)}:${name(f)}/${arity}`;
  }
  return w(t);
}

function arityOf(t: Term | undefined): number {
  return t?.k === 'int' ? Number(t.v) : 0;
}

/** erl_lint:format_error/1. */
export function describe(d: Term): string {
  const tag = descriptorTag(d);
  const a = d.k === 'tuple' ? d.v.slice(1) : [];
  const [x, y, z, u] = a;
  switch (tag) {
    case 'undefined_module': return 'no module definition';
    case 'redefine_module': return 'redefining module';
    case 'pmod_unsupported': return 'parameterized modules are no longer supported';
    case 'non_latin1_module_unsupported': return 'module names with non-latin1 characters are not supported';
    case 'empty_module_name': return 'the module name must not be empty';
    case 'blank_module_name': return 'the module name must contain at least one visible character';
    case 'ctrl_chars_in_module_name': return 'the module name must not contain control characters';
    case 'invalid_call': return 'invalid function call';
    case 'invalid_record': return 'invalid record expression';
    case 'future_feature': return `atom '${p(y)}' is reserved in the experimental feature '${p(x)}'`;
    case 'attribute': return `attribute ${tw(x)} after function definitions`;
    case 'missing_qlc_hrl': return `qlc:q/${w(x)} called, but "qlc.hrl" not included`;
    case 'redefine_import': {
      // {redefine_import,{{F,A},M}}
      const inner = x?.k === 'tuple' ? x.v : [];
      return `function ${fa(inner[0], true)} already imported from ${w(inner[1])}`;
    }
    case 'bad_inline': return `inlined function ${fa(x, true)} undefined`;
    case 'undefined_nif': return `nif ${fa(x, true)} undefined`;
    case 'no_load_nif': return 'nifs defined, but no call to erlang:load_nif/2';
    case 'invalid_deprecated': return `badly formed deprecated attribute ${tw(x)}`;
    case 'bad_deprecated': return `deprecated function ${fa(x, true)} undefined or not exported`;
    case 'invalid_removed': return `badly formed removed attribute ${tw(x)}`;
    case 'bad_removed': {
      const [f, ar] = x?.k === 'tuple' ? x.v : [];
      if ((f?.k === 'atom' && f.v === '_') || (ar?.k === 'atom' && ar.v === '_')) {
        return `at least one function matching ${fa(x, true)} is still exported`;
      }
      return `removed function ${fa(x, true)} is still exported`;
    }
    case 'bad_nowarn_unused_function':
    case 'bad_nowarn_bif_clash':
    case 'undefined_on_load':
    case 'undefined_function':
      return `function ${fa(x, true)} undefined`;
    case 'disallowed_nowarn_bif_clash':
      return 'compile directive nowarn_bif_clash is no longer allowed,\n' +
        ' - use explicit module names or -compile({no_auto_import, [F/A]})';
    case 'bad_on_load': return `badly formed on_load attribute: ${tw(x)}`;
    case 'multiple_on_loads': return 'more than one on_load attribute';
    case 'bad_on_load_arity': return `function ${fa(x, true)} has wrong arity (must be 0)`;
    case 'nif_inline':
      return 'inlining is enabled - local calls to NIFs may call their Erlang implementation instead';
    case 'export_all': return 'export_all flag enabled - all functions will be exported';
    case 'duplicated_export': return `function ${fa(x, true)} already exported`;
    case 'unused_import': {
      const inner = x?.k === 'tuple' ? x.v : [];
      const f = inner[0]?.k === 'tuple' ? inner[0].v : [];
      return `import ${w(inner[1])}:${tw(f[0])}/${w(f[1])} is unused`;
    }
    case 'redefine_function': return `function ${fa(x, true)} already defined`;
    case 'define_import': return `defining imported function ${fa(x, true)}`;
    case 'unused_function': return `function ${fa(x, true)} is unused`;
    case 'call_to_redefined_bif':
    case 'call_to_redefined_old_bif': {
      const f = fa(x, false);
      const old = tag === 'call_to_redefined_old_bif' ? 'pre R14 ' : '';
      return `ambiguous call of overridden ${old}auto-imported BIF ${f}\n` +
        ` - use erlang:${f} or "-compile({no_auto_import,[${f}]})." to resolve name clash`;
    }
    case 'redefine_old_bif_import':
    case 'redefine_bif_import': {
      const f = fa(x, false);
      const old = tag === 'redefine_old_bif_import' ? 'pre R14 ' : '';
      return `import directive overrides ${old}auto-imported BIF ${f}\n` +
        ` - use "-compile({no_auto_import,[${f}]})." to resolve name clash`;
    }
    case 'deprecated':
      if (a.length === 3) return `${mfa(x)} is deprecated and will be removed in ${s(z)}; ${s(y)}`;
      return `${mfa(x)} is deprecated; ${s(y)}`;
    case 'deprecated_type': {
      const [m, n, ar] = x?.k === 'tuple' ? x.v : [];
      const head = `the type ${p(m)}:${p(n)}${typeParen(arityOf(ar))}`;
      if (a.length === 3) return `${head} is deprecated and will be removed in ${s(z)}; ${s(y)}`;
      return `${head} is deprecated; ${s(y)}`;
    }
    case 'removed':
      if (a.length === 3) return `call to ${mfa(x)} will fail, since it was removed in ${s(z)}; use ${mfa(y)}`;
      return `${mfa(x)} is removed; ${s(y)}`;
    case 'removed_type': {
      const [m, n, ar] = x?.k === 'tuple' ? x.v : [];
      return `the type ${s(m)}:${s(n)}${typeParen(arityOf(ar))} is removed; ${s(y)}`;
    }
    case 'obsolete_guard': {
      const [f, ar] = x?.k === 'tuple' ? x.v : [];
      return `${p(f)}/${p(ar)} obsolete (use is_${p(f)}/${p(ar)})`;
    }
    case 'obsolete_guard_overridden':
      return `obsolete ${s(x)}/1 (meaning is_${s(x)}/1) is illegal when there is a local/imported function named is_${p(x)}/1 `;
    case 'too_many_arguments': return `too many arguments (${w(x)}) - maximum allowed is 255`;
    case 'illegal_pattern': return 'illegal pattern';
    case 'illegal_map_key': return 'illegal map key in pattern';
    case 'illegal_bin_pattern': return "binary patterns cannot be matched in parallel using '='";
    case 'illegal_expr': return 'illegal expression';
    case 'illegal_guard_local_call': return `call to local/imported function ${fa(x, true)} is illegal in guard`;
    case 'illegal_guard_expr': return 'illegal guard expression';
    case 'illegal_map_construction': return "only association operators '=>' are allowed in map construction";
    case 'undefined_record': return `record ${tw(x)} undefined`;
    case 'redefine_record': return `record ${tw(x)} already defined`;
    case 'redefine_field': return `field ${tw(y)} already defined in record ${tw(x)}`;
    case 'bad_multi_field_init': return "'_' initializes no omitted fields";
    case 'undefined_field': return `field ${tw(y)} undefined in record ${tw(x)}`;
    case 'illegal_record_info': return 'illegal record info';
    case 'field_name_is_variable': return `field ${tw(y)} is not an atom or _ in record ${tw(x)}`;
    case 'wildcard_in_update': return `meaningless use of _ in update of record ${tw(x)}`;
    case 'unused_record': return `record ${tw(x)} is unused`;
    case 'untyped_record': return `record ${tw(x)} has field(s) without type information`;
    case 'unbound_var': return `variable ${w(x)} is unbound`;
    case 'unsafe_var': {
      const [what, loc] = y?.k === 'tuple' ? y.v : [];
      return `variable ${w(x)} unsafe in ${w(what)} ${where(loc)}`;
    }
    case 'exported_var': {
      const [what, loc] = y?.k === 'tuple' ? y.v : [];
      return `variable ${w(x)} exported from ${w(what)} ${where(loc)}`;
    }
    case 'match_underscore_var':
      return `variable ${w(x)} is already bound. If you mean to ignore this value, use '_' or a different underscore-prefixed name`;
    case 'match_underscore_var_pat':
      return `variable ${w(x)} is bound multiple times in this pattern. If you mean to ignore this value, use '_' or a different underscore-prefixed name`;
    case 'shadowed_var': return `variable ${w(x)} shadowed in ${w(y)}`;
    case 'unused_var': return `variable ${w(x)} is unused`;
    case 'variable_in_record_def': return `variable ${w(x)} in record definition`;
    case 'stacktrace_guard': return `stacktrace variable ${w(x)} must not be used in a guard`;
    case 'stacktrace_bound': return `stacktrace variable ${w(x)} must not be previously bound`;
    case 'undefined_bittype': return `bit type ${tw(x)} undefined`;
    case 'bittype_mismatch': return `conflict in ${s(z)} specification for bit field: '${p(x)}' and '${p(y)}'`;
    case 'bittype_unit': return 'a bit unit size must not be specified unless a size is specified too';
    case 'illegal_bitsize': return 'illegal bit size';
    case 'illegal_bitsize_local_call':
      return `call to local/imported function ${fa(x, true)} is illegal in a size expression for a binary segment`;
    case 'non_integer_bitsize':
      return 'a size expression in a pattern evaluates to a non-integer value; this pattern cannot possibly match';
    case 'unsized_binary_not_at_end': return 'a binary field without size is only allowed at the end of a binary pattern';
    case 'typed_literal_string': return 'a literal string in a binary pattern must not have a type or a size';
    case 'utf_bittype_size_or_unit': return 'neither size nor unit must be given for segments of type utf8/utf16/utf32';
    case 'bad_bitsize': return `bad ${s(x)} bit size`;
    case 'unsized_binary_in_bin_gen_pattern':
      return 'binary fields without size are not allowed in patterns of bit string generators';
    case 'conflicting_behaviours':
      return `conflicting behaviours - callback ${fa(x, true)} required by both '${p(y)}' and '${p(u)}' ${where(z)}`;
    case 'undefined_behaviour_func': return `undefined callback function ${fa(x, true)} (behaviour '${w(y)}')`;
    case 'undefined_behaviour': return `behaviour ${tw(x)} undefined`;
    case 'undefined_behaviour_callbacks': return `behaviour ${w(x)} callback functions are undefined`;
    case 'ill_defined_behaviour_callbacks': return `behaviour ${w(x)} callback functions erroneously defined`;
    case 'ill_defined_optional_callbacks': return `behaviour ${w(x)} optional callback functions erroneously defined`;
    case 'behaviour_info': {
      const [, f, ar] = x?.k === 'tuple' ? x.v : [];
      return `cannot define callback attibute for ${tw(f)}/${w(ar)} when behaviour_info is defined`;
    }
    case 'redefine_optional_callback': return `optional callback ${fa(x, true)} duplicated`;
    case 'undefined_callback': {
      const [, f, ar] = x?.k === 'tuple' ? x.v : [];
      return `callback ${tw(f)}/${w(ar)} is undefined`;
    }
    case 'singleton_typevar': return `type variable ${w(x)} is only used once (is unbound)`;
    case 'bad_export_type': return 'bad export_type declaration';
    case 'duplicated_export_type': return `type ${fa(x, true)} already exported`;
    case 'undefined_type':
    case 'unused_type':
    case 'redefine_type':
    case 'not_exported_opaque':
    case 'underspecified_opaque':
    case 'new_builtin_type':
    case 'builtin_type': {
      const [n, ar] = x?.k === 'tuple' ? x.v : [];
      const t = tag === 'new_builtin_type' || tag === 'builtin_type' ? w(n) : tw(n);
      const paren = typeParen(arityOf(ar));
      switch (tag) {
        case 'undefined_type': return `type ${t}${paren} undefined`;
        case 'unused_type': return `type ${t}${paren} is unused`;
        case 'redefine_type': return `type ${t}${paren} already defined`;
        case 'not_exported_opaque': return `opaque type ${t}${paren} is not exported`;
        case 'underspecified_opaque': return `opaque type ${t}${paren} is underspecified and therefore meaningless`;
        case 'new_builtin_type':
          return `type ${t}${paren} is a new builtin type; its (re)definition is allowed only until the next release`;
        default: return `type ${t}${paren} is a builtin type; it cannot be redefined`;
      }
    }
    case 'renamed_type': return `type ${w(x)}() is now called ${w(y)}(); please use the new name instead`;
    case 'type_syntax': return `bad ${tw(x)} type`;
    case 'old_abstract_code':
      return 'abstract code generated before Erlang/OTP 19.0 and having typed record fields cannot be compiled';
    case 'redefine_spec':
      if (x?.k === 'tuple' && x.v.length === 3) return `spec for ${tw(x.v[0])}:${tw(x.v[1])}/${w(x.v[2])} already defined`;
      return `spec for ${fa(x, true)} already defined`;
    case 'redefine_callback': return `callback ${fa(x, true)} already defined`;
    case 'bad_callback': {
      const [m, f, ar] = x?.k === 'tuple' ? x.v : [];
      return `explicit module not allowed for callback ${tw(m)}:${tw(f)}/${w(ar)}`;
    }
    case 'bad_module': {
      const [m, f, ar] = x?.k === 'tuple' ? x.v : [];
      return `spec for function ${w(m)}:${tw(f)}/${w(ar)} from other module`;
    }
    case 'spec_fun_undefined': return `spec for undefined function ${fa(x, true)}`;
    case 'missing_spec': return `missing specification for function ${fa(x, true)}`;
    case 'spec_wrong_arity': return 'spec has wrong arity';
    case 'callback_wrong_arity': return 'callback has wrong arity';
    case 'bad_dialyzer_attribute': return `badly formed dialyzer attribute: ${tw(x)}`;
    case 'bad_dialyzer_option': return `unknown dialyzer warning option: ${tw(x)}`;
    case 'format_error': {
      // {format_error,{Fmt,Args}}: the text was composed when the check ran.
      const [fmt, args] = x?.k === 'tuple' ? x.v : [];
      return formatSimple(s(fmt), args?.k === 'list' ? args.v.map(s) : []);
    }
    default:
      return writeTerm(d, true);
  }
}

/** io_lib:format/2 for the formats of the io:format checks: ~s and ~ts only. */
function formatSimple(fmt: string, args: string[]): string {
  let i = 0;
  return fmt.replace(/~t?s/g, () => args[i++] ?? '');
}

