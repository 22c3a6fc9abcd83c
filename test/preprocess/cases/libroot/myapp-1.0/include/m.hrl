-define(MYAPP, 1).
myapp() -> ?FILE.
