#!/usr/bin/env escript
%% coding: latin-1
a() -> "é".
