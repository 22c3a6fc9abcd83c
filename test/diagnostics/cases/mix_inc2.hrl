inc2() -> W.
-record(zzz, {a}).
-record(aaa, {a = Q}).
