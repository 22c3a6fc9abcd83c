-module('16-type-variable').
-type t(_) :: x.
-type u(1) :: x.
-type v(A, _) :: x.
-opaque w(A, B, [C]) :: x.

