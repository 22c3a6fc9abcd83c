-module(misc_nowarn_bif_clash).
-compile(nowarn_bif_clash).
-export([f/0]).
f() -> ok.
