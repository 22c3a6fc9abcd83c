-module(eut_bad).
-include_lib("eunit/include/eunit.hrl").
%% Broken test descriptors and generators, each in its own spawned group so
%% that the others still run.

first_test() -> ok.
gen_error_test_() -> {spawn, {generator, fun () -> error(gen_broke) end}}.
not_a_test_test_() -> {spawn, {generator, fun () -> ok end}}.
bad_desc_test_() -> {spawn, [?_test(ok), 42]}.
missing_test_() -> {spawn, [{eut_bad, nonexistent}, {eut_no_such_mod, f}]}.
last_test() -> ok.
