-module(include_lib).
-include_lib("myapp/include/m.hrl").
-include_lib("plainapp/include/p.hrl").
-include_lib("nosuchapp/include/x.hrl").
-include_lib("include/h.hrl").
-include("nosuch.hrl").
-include("include" "/h.hrl").
f() -> ?MYAPP.
