-module(epp_undef_predef).
-export([f/0]).
-undef(LINE).
f() -> ok.
