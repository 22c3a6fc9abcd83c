%% digraph_utils: algorithms on digraph graphs, erlts's own implementation.
%%
%% Everything is depth-first search over the neighbour lists digraph returns (newest edge
%% first, as OTP's), so results that follow from a given start order -- reachable/2,
%% reaching/2 and their _neighbours variants -- come out in OTP's order: each search
%% tree lists its vertices last visited first, and later trees come first. Results that
%% start from digraph:vertices/1 (components, topsort, preorder, postorder, ...) depend on
%% the vertex table's order, which is OTP's hash order there and insertion order here.
-module(digraph_utils).

-export([reachable/2, reachable_neighbours/2, reaching/2, reaching_neighbours/2,
         components/1, strong_components/1, cyclic_strong_components/1,
         topsort/1, is_acyclic/1, loop_vertices/1, preorder/1, postorder/1,
         is_tree/1, is_arborescence/1, arborescence_root/1, subgraph/2, subgraph/3,
         condensation/1]).

%% ------------------------------------------------------------------ searches

reachable(Vs, G) when is_list(Vs) -> lists:append(forest(G, fun out/2, Vs, first)).

reachable_neighbours(Vs, G) when is_list(Vs) -> lists:append(forest(G, fun out/2, Vs, not_first)).

reaching(Vs, G) when is_list(Vs) -> lists:append(forest(G, fun inn/2, Vs, first)).

reaching_neighbours(Vs, G) when is_list(Vs) -> lists:append(forest(G, fun inn/2, Vs, not_first)).

out(G, V) -> digraph:out_neighbours(G, V).
inn(G, V) -> digraph:in_neighbours(G, V).
both(G, V) -> digraph:in_neighbours(G, V) ++ digraph:out_neighbours(G, V).

%% One search tree per start vertex not seen yet. With `first` the start vertex is part
%% of its tree; with `not_first` the tree starts from its neighbours. Each tree is the
%% list of its vertices, the last visited first; the newest tree comes first.
forest(G, Next, Starts, Mode) ->
    {Trees, _Seen} =
        lists:foldl(fun(V, {Acc, Seen}) ->
                            Todo = case Mode of first -> [V]; not_first -> Next(G, V) end,
                            case Mode =:= not_first andalso maps:is_key(V, Seen) of
                                true -> {Acc, Seen};
                                false ->
                                    case visit(G, Next, Todo, Seen, []) of
                                        {[], Seen1} -> {Acc, Seen1};
                                        {Tree, Seen1} -> {[Tree | Acc], Seen1}
                                    end
                            end
                    end, {[], #{}}, Starts),
    Trees.

visit(_G, _Next, [], Seen, Tree) ->
    {Tree, Seen};
visit(G, Next, [V | Vs], Seen, Tree) ->
    case maps:is_key(V, Seen) of
        true -> visit(G, Next, Vs, Seen, Tree);
        false -> visit(G, Next, Next(G, V) ++ Vs, Seen#{V => true}, [V | Tree])
    end.

%% ------------------------------------------------------------------ orders

preorder(G) ->
    lists:reverse(lists:append(forest(G, fun out/2, digraph:vertices(G), first))).

%% Depth first over digraph:vertices/1, each vertex after everything it reaches.
postorder(G) ->
    {Order, _} = lists:foldl(fun(V, {Acc, Seen}) -> post(G, V, Acc, Seen) end,
                             {[], #{}}, digraph:vertices(G)),
    lists:reverse(Order).

post(G, V, Acc, Seen) ->
    case maps:is_key(V, Seen) of
        true -> {Acc, Seen};
        false ->
            {Acc1, Seen1} = lists:foldl(fun(W, {A, S}) -> post(G, W, A, S) end,
                                        {Acc, Seen#{V => true}}, out(G, V)),
            {[V | Acc1], Seen1}
    end.

topsort(G) ->
    L = lists:reverse(postorder(G)),
    %% In a DAG, searching backwards in that order finds each vertex alone.
    case length(forest(G, fun inn/2, L, first)) =:= length(digraph:vertices(G)) of
        true -> L;
        false -> false
    end.

is_acyclic(G) ->
    loop_vertices(G) =:= [] andalso topsort(G) =/= false.

loop_vertices(G) ->
    [V || V <- digraph:vertices(G), lists:member(V, out(G, V))].

%% ------------------------------------------------------------------ components

components(G) ->
    forest(G, fun both/2, digraph:vertices(G), first).

%% Kosaraju: search backwards in reverse postorder; each tree is a component.
strong_components(G) ->
    forest(G, fun inn/2, lists:reverse(postorder(G)), first).

cyclic_strong_components(G) ->
    [C || C <- strong_components(G), is_cyclic_component(G, C)].

is_cyclic_component(G, [V]) -> lists:member(V, out(G, V));
is_cyclic_component(_G, _) -> true.

%% ------------------------------------------------------------------ trees

is_tree(G) ->
    digraph:no_edges(G) =:= digraph:no_vertices(G) - 1
        andalso length(components(G)) =:= 1.

is_arborescence(G) ->
    arborescence_root(G) =/= no.

arborescence_root(G) ->
    case digraph:no_edges(G) =:= digraph:no_vertices(G) - 1 of
        true ->
            Vs = digraph:vertices(G),
            case [V || V <- Vs, digraph:in_degree(G, V) =:= 0] of
                [Root] ->
                    case lists:all(fun(V) -> V =:= Root orelse digraph:in_degree(G, V) =:= 1 end, Vs) of
                        true -> {yes, Root};
                        false -> no
                    end;
                _ -> no
            end;
        false -> no
    end.

%% ------------------------------------------------------------------ subgraphs

subgraph(G, Vs) -> subgraph(G, Vs, []).

subgraph(G, Vs, Opts) ->
    {Type, Keep} = subgraph_opts(G, Opts),
    S = digraph:new(Type),
    In = lists:filter(fun(V) -> digraph:vertex(G, V) =/= false end, Vs),
    lists:foreach(fun(V) ->
                          {V, Label} = digraph:vertex(G, V),
                          case Keep of
                              true -> digraph:add_vertex(S, V, Label);
                              false -> digraph:add_vertex(S, V)
                          end
                  end, In),
    lists:foreach(fun(V) ->
                          lists:foreach(fun(E) ->
                                                {E, V, W, Label} = digraph:edge(G, E),
                                                case digraph:vertex(S, W) of
                                                    false -> ok;
                                                    _ when Keep -> digraph:add_edge(S, E, V, W, Label);
                                                    _ -> digraph:add_edge(S, E, V, W, [])
                                                end
                                        end, digraph:out_edges(G, V))
                  end, In),
    S.

subgraph_opts(G, Opts) when is_list(Opts) ->
    Inherit = [case I of {cyclicity, acyclic} -> acyclic; {cyclicity, cyclic} -> cyclic;
                   {protection, P} -> P end || I <- digraph:info(G), element(1, I) =/= memory],
    subgraph_opts(Opts, Inherit, true);
subgraph_opts(_G, _Opts) ->
    erlang:error(badarg).

subgraph_opts([], Type, Keep) -> {Type, Keep};
subgraph_opts([{type, inherit} | T], Type, Keep) -> subgraph_opts(T, Type, Keep);
subgraph_opts([{type, Type} | T], _, Keep) when is_list(Type) -> subgraph_opts(T, Type, Keep);
subgraph_opts([{keep_labels, K} | T], Type, _) when is_boolean(K) -> subgraph_opts(T, Type, K);
subgraph_opts(_, _, _) -> erlang:error(badarg).

%% A new graph of G's type whose vertices are G's strong components (the lists
%% strong_components/1 gives) with an edge from one component to another wherever G has
%% an edge between their vertices. Edges are added in term order of the target
%% components (OTP goes by an ETS table's hash order, so the edge ids may be numbered
%% in another order; the graph is the same).
condensation(G) ->
    SCs = strong_components(G),
    Of = maps:from_list([{V, SC} || SC <- SCs, V <- SC]),
    {Type, _} = subgraph_opts(G, []),
    SCG = digraph:new(Type),
    lists:foreach(
      fun(SC) ->
              digraph:add_vertex(SCG, SC),
              Targets = lists:usort([maps:get(W, Of) || V <- SC, W <- digraph:out_neighbours(G, V)]),
              lists:foreach(fun(C) ->
                                    digraph:add_vertex(SCG, C),
                                    _ = [digraph:add_edge(SCG, SC, C) || C =/= SC]
                            end, Targets)
      end, SCs),
    SCG.
