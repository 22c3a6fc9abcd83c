-module(parse_bad_export).
-export(f).
f() -> ok.
