a() -> ok. % c ÿ
