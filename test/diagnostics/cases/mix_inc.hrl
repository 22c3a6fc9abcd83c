inc_fun() -> Unbound.
inc_unused() -> ok.
-record(inc_unused_rec, {a}).
