-module(fmt_device_ok).
-export([f/1]).
f(X) -> io:format(standard_error, "~p ~s ~w ~*c ~-10.3f ~tp ~ts ~i~n", [X, "s", x, 3, $a, 1.0, X, "t", X]).
