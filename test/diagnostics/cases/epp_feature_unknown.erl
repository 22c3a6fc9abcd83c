-module(epp_feature_unknown).
-feature(no_such_feature, enable).
-export([f/0]).
f() -> ok.
