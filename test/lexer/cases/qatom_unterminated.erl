a() -> 'abc def
