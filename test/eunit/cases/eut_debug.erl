-module(eut_debug).
-include_lib("eunit/include/eunit.hrl").
%% ?debugMsg and friends print to the console with the file and line.
%% quiet only

msg_test() -> ?debugMsg("hello").
fmt_test() -> ?debugFmt("x = ~p", [42]).
val_test() -> X = 3, ?assertEqual(3, ?debugVal(X)).
here_test() -> ?debugHere.
