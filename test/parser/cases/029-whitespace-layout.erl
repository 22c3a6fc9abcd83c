-module('029-whitespace-layout').
f(   X
  ,  Y  )
  when X>Y->X
;f(_,Y)->Y
.
g()->[1,2|[3]].
h() ->
	case a of
		a ->
			b
	end.
