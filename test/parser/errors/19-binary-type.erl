-module('19-binary-type').
-type t() :: <<X:8>>.
-type u() :: <<_:_*8, _:8>>.
-type v() :: <<_:X*8>>.
-type w() :: <<_:8, X:_*8>>.
-type y() :: <<_:8, _:16>>.

