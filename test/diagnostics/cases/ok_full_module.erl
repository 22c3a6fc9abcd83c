-module(ok_full_module).
-behaviour(gen_server).
-export([start_link/0, init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).
-export([sum/1, tree/1]).
-export_type([state/0]).
-record(state, {count = 0 :: non_neg_integer(), items = [] :: [term()]}).
-type state() :: #state{}.
-define(TIMEOUT, 5000).

-spec start_link() -> {ok, pid()} | ignore | {error, term()}.
start_link() -> gen_server:start_link(?MODULE, [], []).

init([]) -> {ok, #state{}}.

handle_call({add, X}, _From, #state{count = C, items = Is} = S) ->
    {reply, ok, S#state{count = C + 1, items = [X | Is]}};
handle_call(get, _From, S) ->
    {reply, S#state.items, S}.

handle_cast(_Msg, S) -> {noreply, S}.

handle_info(timeout, S) -> {noreply, S};
handle_info(_, S) -> {noreply, S, ?TIMEOUT}.

terminate(_Reason, _S) -> ok.

-spec sum([number()]) -> number().
sum(L) -> lists:foldl(fun(X, Acc) -> X + Acc end, 0, L).

tree(N) when is_integer(N), N > 0 ->
    Pairs = [{K, V} || K <- lists:seq(1, N), V <- [K * K], V rem 2 =:= 0],
    Bin = << <<K:8>> || {K, _} <- Pairs >>,
    M = maps:from_list(Pairs),
    case M of
        #{2 := Four} -> {Four, byte_size(Bin)};
        #{} ->
            try binary_to_term(Bin) of
                T -> T
            catch
                error:badarg:Stack -> {error, Stack}
            after
                ok
            end
    end;
tree(_) ->
    receive
        {msg, Y} -> Y
    after 0 -> none
    end.
