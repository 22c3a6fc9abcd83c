%% digraph: directed graphs on three ETS tables, erlts's own implementation.
%%
%% The representation is OTP's, because it is visible: a graph prints as the record
%% {digraph, Vtab, Etab, Ntab, Cyclic}. Vtab (a set) holds {V, Label}; Etab (a set)
%% holds {E, V1, V2, Label}; Ntab (a bag) holds {{out, V1}, E} and {{in, V2}, E} for
%% every edge, plus the counters {'$vid', K} and {'$eid', K} behind the generated names
%% ['$v' | K] and ['$e' | K].
%%
%% Orders that show in results follow from that layout, as in OTP: the neighbours of a
%% vertex come out in reverse order of edge creation (they are collected by consing over
%% the bag's objects), out_edges/in_edges in creation order; get_path/3 and get_cycle/2
%% search depth first in that neighbour order, get_short_path/3 breadth first over
%% out_edges. vertices/1 and edges/1 are in the hash table's order.
-module(digraph).

-export([new/0, new/1, delete/1, info/1]).
-export([add_vertex/1, add_vertex/2, add_vertex/3, del_vertex/2, del_vertices/2,
         vertex/2, vertices/1, no_vertices/1, source_vertices/1, sink_vertices/1]).
-export([add_edge/3, add_edge/4, add_edge/5, del_edge/2, del_edges/2, edge/2, edges/1,
         edges/2, no_edges/1, in_edges/2, out_edges/2]).
-export([in_neighbours/2, out_neighbours/2, in_degree/2, out_degree/2]).
-export([del_path/3, get_path/3, get_cycle/2, get_short_path/3, get_short_cycle/2]).

-record(digraph, {vtab = notable, etab = notable, ntab = notable, cyclic = true}).

new() -> new([]).

new(Type) ->
    case options(Type, protected, true) of
        {Access, Cyclic} ->
            V = ets:new(vertices, [set, Access]),
            E = ets:new(edges, [set, Access]),
            N = ets:new(neighbours, [bag, Access]),
            ets:insert(N, [{'$vid', 0}, {'$eid', 0}]),
            #digraph{vtab = V, etab = E, ntab = N, cyclic = Cyclic};
        error ->
            erlang:error(badarg)
    end.

options([], Access, Cyclic) -> {Access, Cyclic};
options([acyclic | T], Access, _) -> options(T, Access, false);
%% `cyclic` is only the default: it does not undo an earlier `acyclic` (as OTP).
options([cyclic | T], Access, Cyclic) -> options(T, Access, Cyclic);
options([protected | T], _, Cyclic) -> options(T, protected, Cyclic);
options([private | T], _, Cyclic) -> options(T, private, Cyclic);
options(_, _, _) -> error.

delete(G) ->
    ets:delete(G#digraph.vtab),
    ets:delete(G#digraph.etab),
    ets:delete(G#digraph.ntab).

info(G) ->
    VT = G#digraph.vtab,
    Cyclicity = case G#digraph.cyclic of true -> cyclic; false -> acyclic end,
    Memory = ets:info(VT, memory) + ets:info(G#digraph.etab, memory)
             + ets:info(G#digraph.ntab, memory),
    [{cyclicity, Cyclicity}, {memory, Memory}, {protection, ets:info(VT, protection)}].

%% ------------------------------------------------------------------ vertices

add_vertex(G) ->
    V = ['$v' | next_id(G, '$vid')],
    ets:insert(G#digraph.vtab, {V, []}),
    V.

add_vertex(G, V) -> add_vertex(G, V, []).

add_vertex(G, V, Label) ->
    ets:insert(G#digraph.vtab, {V, Label}),
    V.

%% The counters live in the bag, so they are replaced rather than updated in place.
next_id(G, Counter) ->
    NT = G#digraph.ntab,
    [{Counter, K}] = ets:lookup(NT, Counter),
    ets:delete(NT, Counter),
    ets:insert(NT, {Counter, K + 1}),
    K.

vertex(G, V) ->
    case ets:lookup(G#digraph.vtab, V) of
        [] -> false;
        [Vertex] -> Vertex
    end.

vertices(G) ->
    ets:select(G#digraph.vtab, [{{'$1', '_'}, [], ['$1']}]).

no_vertices(G) ->
    ets:info(G#digraph.vtab, size).

source_vertices(G) ->
    [V || V <- vertices(G), in_degree(G, V) =:= 0].

sink_vertices(G) ->
    [V || V <- vertices(G), out_degree(G, V) =:= 0].

del_vertex(G, V) ->
    drop_vertex(G, V),
    true.

del_vertices(G, Vs) ->
    lists:foreach(fun(V) -> drop_vertex(G, V) end, Vs),
    true.

drop_vertex(G, V) ->
    NT = G#digraph.ntab,
    Edges = [E || {_, E} <- ets:lookup(NT, {in, V}) ++ ets:lookup(NT, {out, V})],
    lists:foreach(fun(E) -> del_edge(G, E) end, Edges),
    ets:delete(G#digraph.vtab, V).

%% ------------------------------------------------------------------ edges

add_edge(G, V1, V2) -> add_edge(G, V1, V2, []).

add_edge(G, V1, V2, Label) ->
    insert_edge(G, ['$e' | next_id(G, '$eid')], V1, V2, Label).

add_edge(G, E, V1, V2, Label) ->
    insert_edge(G, E, V1, V2, Label).

%% As OTP: the generated id is taken even when the edge is refused. The checks: both
%% vertices exist, an edge of that name does not join other vertices, an acyclic graph
%% stays acyclic.
insert_edge(G, E, V1, V2, Label) ->
    VT = G#digraph.vtab,
    case {ets:member(VT, V1), ets:member(VT, V2)} of
        {false, _} -> {error, {bad_vertex, V1}};
        {_, false} -> {error, {bad_vertex, V2}};
        _ ->
            case ets:lookup(G#digraph.etab, E) of
                [{E, W1, W2, _}] when W1 =/= V1; W2 =/= V2 ->
                    {error, {bad_edge, [V1, V2]}};
                _ when G#digraph.cyclic ->
                    store_edge(G, E, V1, V2, Label);
                _ when V1 =:= V2 ->
                    {error, {bad_edge, [V1, V2]}};
                _ ->
                    case get_path(G, V2, V1) of
                        false -> store_edge(G, E, V1, V2, Label);
                        Path -> {error, {bad_edge, Path}}
                    end
            end
    end.

store_edge(G, E, V1, V2, Label) ->
    ets:insert(G#digraph.ntab, [{{out, V1}, E}, {{in, V2}, E}]),
    ets:insert(G#digraph.etab, {E, V1, V2, Label}),
    E.

edge(G, E) ->
    case ets:lookup(G#digraph.etab, E) of
        [] -> false;
        [Edge] -> Edge
    end.

edges(G) ->
    ets:select(G#digraph.etab, [{{'$1', '_', '_', '_'}, [], ['$1']}]).

edges(G, V) ->
    NT = G#digraph.ntab,
    [E || {_, E} <- ets:lookup(NT, {out, V})] ++ [E || {_, E} <- ets:lookup(NT, {in, V})].

no_edges(G) ->
    ets:info(G#digraph.etab, size).

out_edges(G, V) ->
    [E || {_, E} <- ets:lookup(G#digraph.ntab, {out, V})].

in_edges(G, V) ->
    [E || {_, E} <- ets:lookup(G#digraph.ntab, {in, V})].

del_edge(G, E) ->
    case ets:lookup(G#digraph.etab, E) of
        [{E, V1, V2, _}] ->
            NT = G#digraph.ntab,
            ets:delete_object(NT, {{out, V1}, E}),
            ets:delete_object(NT, {{in, V2}, E}),
            ets:delete(G#digraph.etab, E);
        [] ->
            true
    end.

del_edges(G, Es) ->
    lists:foreach(fun(E) -> del_edge(G, E) end, Es),
    true.

%% ------------------------------------------------------------------ neighbours

out_neighbours(G, V) ->
    ends(ets:lookup(G#digraph.ntab, {out, V}), G#digraph.etab, 3, []).

in_neighbours(G, V) ->
    ends(ets:lookup(G#digraph.ntab, {in, V}), G#digraph.etab, 2, []).

%% Consing over the edges reverses them: the newest edge's vertex comes first.
ends([], _ET, _Pos, Acc) -> Acc;
ends([{_, E} | Es], ET, Pos, Acc) -> ends(Es, ET, Pos, [ets:lookup_element(ET, E, Pos) | Acc]).

out_degree(G, V) ->
    length(ets:lookup(G#digraph.ntab, {out, V})).

in_degree(G, V) ->
    length(ets:lookup(G#digraph.ntab, {in, V})).

%% ------------------------------------------------------------------ paths

%% Deletes the edges of one path from V1 to V2 after another (all parallel edges between
%% two consecutive vertices of the path) until there is none.
del_path(G, V1, V2) ->
    case get_path(G, V1, V2) of
        false -> true;
        Path -> cut_path(G, Path), del_path(G, V1, V2)
    end.

cut_path(G, [A, B | Rest]) ->
    ET = G#digraph.etab,
    lists:foreach(fun(E) ->
                          case ets:lookup(ET, E) of
                              [{E, A, B, _}] -> del_edge(G, E);
                              _ -> ok
                          end
                  end, out_edges(G, A)),
    cut_path(G, [B | Rest]);
cut_path(_G, _) -> true.

get_path(G, V1, V2) ->
    dfs(G, out_neighbours(G, V1), V2, [], [V1], [V1], 1).

%% A cycle through V has at least one more vertex than V itself; a loop V -> V counts
%% when there is no longer cycle.
get_cycle(G, V) ->
    case dfs(G, out_neighbours(G, V), V, [], [V], [V], 2) of
        false ->
            case lists:member(V, out_neighbours(G, V)) of
                true -> [V];
                false -> false
            end;
        Path -> Path
    end.

%% Depth-first search for Goal. Path is the current path (newest first), Seen every
%% vertex entered, Stack the siblings still to try at each level with the path there.
%% The goal counts only when the path to it has at least MinLen vertices.
dfs(G, [Goal | Ws], Goal, Stack, Seen, Path, MinLen) ->
    case length(Path) >= MinLen of
        true -> lists:reverse([Goal | Path]);
        false -> dfs(G, Ws, Goal, Stack, Seen, Path, MinLen)
    end;
dfs(G, [W | Ws], Goal, Stack, Seen, Path, MinLen) ->
    case lists:member(W, Seen) of
        true -> dfs(G, Ws, Goal, Stack, Seen, Path, MinLen);
        false -> dfs(G, out_neighbours(G, W), Goal, [{Ws, Path} | Stack], [W | Seen], [W | Path], MinLen)
    end;
dfs(G, [], Goal, [{Ws, Path} | Stack], Seen, _Path, MinLen) ->
    dfs(G, Ws, Goal, Stack, Seen, Path, MinLen);
dfs(_G, [], _Goal, [], _Seen, _Path, _MinLen) ->
    false.

%% Breadth first over out_edges; a scratch digraph records, for each vertex reached,
%% the vertex it was reached from.
get_short_path(G, V1, V2) ->
    Back = new(),
    add_vertex(Back, V1),
    Result = bfs(G, enqueue_out(G, V1, queue:new()), V2, Back),
    delete(Back),
    Result.

get_short_cycle(G, V) ->
    get_short_path(G, V, V).

bfs(G, Q, Goal, Back) ->
    case queue:out(Q) of
        {empty, _} ->
            false;
        {{value, E}, Q1} ->
            {_E, From, To, _Label} = edge(G, E),
            if
                To =:= Goal ->
                    trace_back(Back, From, [To]);
                true ->
                    case vertex(Back, To) of
                        false ->
                            add_vertex(Back, To),
                            add_edge(Back, To, From),
                            bfs(G, enqueue_out(G, To, Q1), Goal, Back);
                        _ ->
                            bfs(G, Q1, Goal, Back)
                    end
            end
    end.

trace_back(Back, V, Path) ->
    case out_neighbours(Back, V) of
        [Prev] -> trace_back(Back, Prev, [V | Path]);
        [] -> [V | Path]
    end.

enqueue_out(G, V, Q) ->
    lists:foldl(fun(E, Acc) -> queue:in(E, Acc) end, Q, out_edges(G, V)).
