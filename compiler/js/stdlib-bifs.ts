// Functions of stdlib modules that are BIFs in OTP 25 (`erlang:nif_error` stubs in
// lists.erl and binary.erl). Shared by the code generator (a tail call to one keeps
// the caller's frame, as for any BIF) and the runtime's stack entries (their badarg
// carries `{error_info, #{module => erl_stdlib_errors}}`, runtime/exec/stack.ts).
export const STDLIB_BIFS: ReadonlySet<string> = new Set([
  'lists:reverse/2', 'lists:member/2', 'lists:keyfind/3', 'lists:keymember/3', 'lists:keysearch/3',
  'binary:at/2', 'binary:compile_pattern/1', 'binary:copy/1', 'binary:copy/2', 'binary:decode_unsigned/1',
  'binary:decode_unsigned/2', 'binary:encode_unsigned/1', 'binary:encode_unsigned/2', 'binary:first/1', 'binary:last/1',
  'binary:list_to_bin/1', 'binary:longest_common_prefix/1', 'binary:longest_common_suffix/1', 'binary:match/2',
  'binary:match/3', 'binary:matches/2', 'binary:matches/3', 'binary:part/2', 'binary:part/3',
  'binary:referenced_byte_size/1', 'binary:split/2', 'binary:split/3',
]);
