-module('021-unicode-atoms-vars').
f(Ärger, Öl, Ån) ->
    ['λ', 'αβγ', ärger, ölß, 'München', 'a b', 'A', '_', '@', 'a@b', a@b, a_B_1, 'é', 'Ω',
     Ärger, Öl, Ån].
