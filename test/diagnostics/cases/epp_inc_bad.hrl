helper() -> Undefined.
unused_helper() -> ok.
-record(inc_rec, {a}).
