%% eunit_test: running one test function and catching what it raises.
%%
%% The line numbers of the two call sites below are those of OTP 25's
%% eunit_test.erl (set with -file), because a failing test prints its stack
%% trace, eunit frames included, and that trace must read as OTP's does.
-module(eunit_test).
-export([run_testfun/1, mf_wrapper/2, enter_context/4]).

%% {ok, Value} | {error, {Class, Reason, Stack}}; a wrapper's own failure
%% ({eunit_internal, Why}) is rethrown as the bare Why.
-file("eunit_test.erl", 68).
run_testfun(F) ->
    try
        F()
    of Value ->
            {ok, Value}
    catch
        throw:{eunit_internal, Why} -> throw(Why);
        Class:Reason:Stack -> {error, {Class, Reason, Stack}}
    end.

%% A test given as {M, F}: M:F(), telling a missing module or function
%% apart from an undef raised further in.
-file("eunit_test.erl", 270).
mf_wrapper(M, F) ->
    fun () ->
            try M:F()
            catch
                error:undef:Stack ->
                    case erlang:module_loaded(M) of
                        false ->
                            throw({eunit_internal, {module_not_found, M}});
                        true ->
                            case erlang:function_exported(M, F, 0) of
                                false -> throw({eunit_internal, {no_such_function, {M, F, 0}}});
                                true -> erlang:raise(error, undef, prune_trace(Stack, [{M, F, 0}]))
                            end
                    end
            end
    end.

%% The part of a stack trace that belongs to the code under test: frames up to
%% the first of this module's, without eunit_data's, then Tail; a frame
%% repeated right after itself only once.
prune_trace(Stack) -> prune_trace(Stack, []).

prune_trace(Stack, Tail) -> dedup(cut(Stack, Tail)).

cut([{eunit_data, _, _} | Rest], Tail) -> cut(Rest, Tail);
cut([{eunit_data, _, _, _} | Rest], Tail) -> cut(Rest, Tail);
cut([{?MODULE, _, _} | _], Tail) -> Tail;
cut([{?MODULE, _, _, _} | _], Tail) -> Tail;
cut([Frame | Rest], Tail) -> [Frame | cut(Rest, Tail)];
cut([], Tail) -> Tail.

dedup([X, X | Rest]) -> dedup([X | Rest]);
dedup([X | Rest]) -> [X | dedup(Rest)];
dedup([]) -> [].

%% Runs Setup, gives its result to Instantiate, runs Callback on the tests it
%% returns, then Cleanup. A failure in any of the three is thrown as
%% {context_error, setup_failed | instantiation_failed | cleanup_failed, Exc}.
enter_context(Setup, Cleanup, Instantiate, Callback) ->
    R = try Setup()
        catch Class:Reason:Stack -> context_error(setup_failed, Class, Reason, Stack)
        end,
    Tests = try Instantiate(R)
            catch Class1:Reason1:Stack1 ->
                    cleanup(Cleanup, R),
                    context_error(instantiation_failed, Class1, Reason1, Stack1)
            end,
    case eunit_lib:is_not_test(Tests) of
        true ->
            cleanup(Cleanup, R),
            {module, M} = erlang:fun_info(Instantiate, module),
            {name, N} = erlang:fun_info(Instantiate, name),
            {arity, A} = erlang:fun_info(Instantiate, arity),
            context_error({bad_instantiator, {{M, N, A}, Tests}}, error, badarg, []);
        false ->
            ok
    end,
    try Callback(Tests)
    after
        cleanup(Cleanup, R)
    end.

cleanup(Cleanup, R) ->
    try Cleanup(R)
    catch Class:Reason:Stack -> context_error(cleanup_failed, Class, Reason, Stack)
    end.

context_error(Type, Class, Reason, Stack) ->
    throw({context_error, Type, {Class, Reason, prune_trace(Stack)}}).
