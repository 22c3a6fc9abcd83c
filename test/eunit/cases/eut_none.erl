-module(eut_none).
-include_lib("eunit/include/eunit.hrl").
-export([helper/0]).
%% No test functions at all.
helper() -> ok.
