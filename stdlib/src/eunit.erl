%% eunit: EUnit's entry points. eunit:test(Tests) runs a test set (a module,
%% a list of modules, any test representation; see eunit_data) and prints the
%% report of eunit_tty; it returns ok when every test passed, else error.
-module(eunit).
-export([test/1, test/2]).

test(Tests) -> test(Tests, []).

test(Tests, Options) ->
    Listener = eunit_tty:start(Options),
    eunit_proc:run(Tests, Listener),
    Ref = make_ref(),
    Listener ! {stop, self(), Ref},
    receive {result, Ref, Result} -> Result end.
