% comment
a() -> 1. % trailing
%% comment with ∀ and 😀
b() -> 2.%no space
c() -> % comment with . dot
 3.
% last line without newline