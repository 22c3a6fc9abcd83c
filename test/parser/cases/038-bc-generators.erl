-module('038-bc-generators').
f(Bin, L) ->
    {<< <<(X * 2):8>> || <<X:8>> <= Bin >>,
     << <<X/binary>> || X <- L >>,
     [X || <<X:16/little>> <= Bin],
     << <<X:1>> || <<X:1>> <= Bin, X =:= 1 >>,
     [{X, Y} || <<X:4, Y:4>> <= Bin],
     << Y || <<_:8, Y:8/binary>> <= Bin >>,
     [X || <<X>> <= <<1, 2, 3>>]}.
