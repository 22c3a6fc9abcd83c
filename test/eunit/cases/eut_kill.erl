-module(eut_kill).
-include_lib("eunit/include/eunit.hrl").
%% A test that kills the process running it.

before_test() -> ok.
killer_test_() -> {spawn, [fun () -> exit(self(), kill) end, ?_test(ok)]}.
exit_linked_test_() -> {spawn, [fun () -> exit(normal_not) end]}.
after_test() -> ok.
