#!/usr/bin/env escript
-module(rx_real_world).
-export([main/1]).
-mode(compile).
%% Exercises: patterns from everyday use: parsing dates, key=value pairs, log lines, URLs, numbers, trimming, CSV

main(_) ->
    Log = "2024-05-17 12:34:56 [ERROR] disk full (code=28)",
    r(Log, "^(\\d{4})-(\\d\\d)-(\\d\\d) (\\d\\d):(\\d\\d):(\\d\\d) \\[(\\w+)\\] (.*?)(?: \\(code=(\\d+)\\))?$",
      [{capture, all_but_first, list}]),
    r("a=1, b = 2,c=3", "(\\w+)\\s*=\\s*(\\w+)", [global, {capture, all_but_first, list}]),
    r("https://example.com:8080/path/to?x=1&y=2#frag",
      "^(\\w+)://([^/:]+)(?::(\\d+))?([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$", [{capture, all_but_first, list}]),
    r("http://host", "^(\\w+)://([^/:]+)(?::(\\d+))?([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$",
      [{capture, all_but_first, list}]),
    r("-12.5e3 +7 .5 8.", "[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?", [global, {capture, all, list}]),
    p(fun() -> re:replace("   padded text  ", "^\\s+|\\s+$", "", [global, {return, list}]) end),
    p(fun() -> re:split("name,\"quoted, value\",last", ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", [{return, list}]) end),
    p(fun() -> re:replace("snake_case_name", "_([a-z])", "\\1", [global, {return, list}]) end),
    p(fun() -> re:replace("1234567", "(?<=\\d)(?=(\\d{3})+$)", ",", [global, {return, list}]) end),
    r("user@example.com", "^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$"),
    r("not an email", "^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$"),
    r("192.168.1.254", "^(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)$"),
    r("256.1.1.1", "^(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)$"),
    p(fun() -> re:split("The  quick\tbrown\nfox", "\\s+", [{return, list}]) end),
    r("#ff8800", "^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$", [caseless, {capture, all_but_first, list}]).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).

p(F) -> io:format("~p~n", [try F() catch C:E -> {C, E} end]).
