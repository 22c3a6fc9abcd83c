-module(eut_cmd).
-include_lib("eunit/include/eunit.hrl").
%% Shell commands from tests: ?cmd, ?assertCmd, ?assertCmdOutput, ?cmdStatus.

cmd_test() -> ?assertEqual("hi\n", ?cmd("echo hi")).
status_test() -> ?assertCmdStatus(3, "exit 3").
output_test() -> ?assertCmdOutput("a\nb\n", "printf 'a\\nb\\n'").
fail_status_test() -> ?assertCmd("exit 2").
fail_output_test() -> ?assertCmdOutput("x", "echo y").
