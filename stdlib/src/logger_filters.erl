%% logger_filters: the filter functions OTP's kernel ships for logger, written for
%% erlts. Each takes a log event and an argument and returns the event (log), stop
%% or ignore (this filter has no opinion); `Action` is what to do on a match.
-module(logger_filters).

-export([domain/2, level/2, progress/2, remote_gl/2]).

-define(IS_ACTION(A), (A =:= log orelse A =:= stop)).
-define(IS_LEVEL(L),
        (L =:= emergency orelse L =:= alert orelse L =:= critical orelse
         L =:= error orelse L =:= warning orelse L =:= notice orelse
         L =:= info orelse L =:= debug)).

%% {Action, Compare, Domain}: super matches when the event's domain is a prefix of
%% Domain, sub when Domain is a prefix of the event's, equal/not_equal; undefined
%% (and not_equal) also match events that have no domain at all.
domain(#{meta := Meta} = Event, {Action, Compare, MatchDomain})
  when ?IS_ACTION(Action),
       (Compare =:= super orelse Compare =:= sub orelse Compare =:= equal orelse
        Compare =:= not_equal orelse Compare =:= undefined),
       is_list(MatchDomain) ->
    OnMatch = on_match(Action, Event),
    case {Compare, Meta} of
        {super, #{domain := D}} -> prefix(D, MatchDomain, OnMatch);
        {sub, #{domain := D}} -> prefix(MatchDomain, D, OnMatch);
        {equal, #{domain := MatchDomain}} -> OnMatch;
        {not_equal, #{domain := D}} when D =/= MatchDomain -> OnMatch;
        _ ->
            case maps:is_key(domain, Meta) of
                false when Compare =:= undefined; Compare =:= not_equal -> OnMatch;
                _ -> ignore
            end
    end;
domain(Event, Extra) ->
    erlang:error(badarg, [Event, Extra]).

prefix(D1, D2, OnMatch) when is_list(D1), is_list(D2) ->
    case lists:prefix(D1, D2) of
        true -> OnMatch;
        false -> ignore
    end;
prefix(_, _, _) ->
    ignore.

%% {Action, Op, Level}: compares the event's level with Level (more severe is
%% greater).
level(#{level := L1} = Event, {Action, Op, L2})
  when ?IS_ACTION(Action),
       (Op =:= neq orelse Op =:= eq orelse Op =:= lt orelse Op =:= gt orelse
        Op =:= lteq orelse Op =:= gteq),
       ?IS_LEVEL(L2) ->
    OnMatch = on_match(Action, Event),
    case {logger:compare_levels(L1, L2), Op} of
        {eq, _} when Op =:= eq; Op =:= lteq; Op =:= gteq -> OnMatch;
        {lt, _} when Op =:= lt; Op =:= lteq; Op =:= neq -> OnMatch;
        {gt, _} when Op =:= gt; Op =:= gteq; Op =:= neq -> OnMatch;
        _ -> ignore
    end;
level(Event, Extra) ->
    erlang:error(badarg, [Event, Extra]).

%% Supervisor and application progress reports.
progress(Event, Action) when ?IS_ACTION(Action) ->
    case Event of
        #{msg := {report, #{label := {_, progress}}}} -> on_match(Action, Event);
        _ -> ignore
    end;
progress(Event, Action) ->
    erlang:error(badarg, [Event, Action]).

%% Events whose group leader is on another node.
remote_gl(Event, Action) when ?IS_ACTION(Action) ->
    case Event of
        #{meta := #{gl := GL}} when node(GL) =/= node() -> on_match(Action, Event);
        _ -> ignore
    end;
remote_gl(Event, Action) ->
    erlang:error(badarg, [Event, Action]).

on_match(log, Event) -> Event;
on_match(stop, _) -> stop.
