%% coding: latin1
a() -> "é".
