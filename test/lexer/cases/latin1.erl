%% -*- coding: latin-1 -*-
a() -> "café", 'été', été, $ÿ, Àb.
