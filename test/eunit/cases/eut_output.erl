-module(eut_output).
-include_lib("eunit/include/eunit.hrl").
%% What a test prints is captured and shown only when it fails.

quiet_pass_test() -> io:format("not shown~n").
loud_fail_test() -> io:format("line one~nline two ~p~n", [42]), ?assert(id(false)).
unicode_fail_test() -> io:format("~ts~n", [[229, 8364]]), error(id(x)).
put_chars_fail_test() -> io:put_chars("raw"), exit(id(y)).
captured_test() -> io:format("abc"), ?assertEqual("abc", ?capturedOutput).
under_eunit_test() -> ?assert(?UNDER_EUNIT).
id(X) -> X.
