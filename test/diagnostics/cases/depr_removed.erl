-module(depr_removed).
-export([f/0]).
f() -> pg2:create(group).
