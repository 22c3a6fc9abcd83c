%% The Erlang half of examples/js_interop: a stock-keeping gen_server that JavaScript
%% drives (main.mjs), and that calls JavaScript back (prices come from a JS function
%% returning a Promise).
-module(inventory).
-behaviour(gen_server).
-export([start/1, price/1, init/1, handle_call/3, handle_cast/2]).

%% Starts the server; Watcher (a pid or a registered name) hears about low stock.
start(Watcher) ->
    gen_server:start({local, inventory}, ?MODULE, Watcher, []).

%% The price of Item, from the JS function globalThis.lookupPrice(Item), which
%% returns a Promise: js:await/1 suspends this process only while it is pending.
price(Item) ->
    Lookup = js:get(js:global(), lookupPrice),
    case js:await(js:apply(Lookup, [Item])) of
        {ok, Cents} -> {Item, Cents / 100};
        {error, {js_error, _, Message}} -> error({no_price, Item, Message})
    end.

init(Watcher) ->
    {ok, #{stock => #{}, watcher => Watcher}}.

handle_call({add, Item, N}, _From, #{stock := Stock} = S) ->
    New = maps:get(Item, Stock, 0) + N,
    {reply, New, S#{stock := Stock#{Item => New}}};
handle_call({take, Item, N}, _From, #{stock := Stock, watcher := W} = S) ->
    case maps:get(Item, Stock, 0) of
        Have when Have >= N ->
            Left = Have - N,
            Left < 3 andalso (W ! {low_stock, Item, Left}),
            {reply, {ok, Left}, S#{stock := Stock#{Item => Left}}};
        Have ->
            {reply, {error, {only, Have}}, S}
    end;
handle_call(stock, _From, #{stock := Stock} = S) ->
    {reply, Stock, S}.

handle_cast(_Msg, S) ->
    {noreply, S}.
