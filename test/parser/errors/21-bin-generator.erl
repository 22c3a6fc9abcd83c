-module('21-bin-generator').
f(Y) -> [X || (<<X>>) <= Y].
g(Y) -> [X || <<X>> + 1 <= Y].
h(Y) -> << -X || X <- Y >>.
i(Y) -> << X + 1 || X <- Y >>.

