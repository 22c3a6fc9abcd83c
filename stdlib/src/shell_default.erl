%% shell_default: the functions a shell command can call without a module name
%% (`c(m)`, `pwd()`, `q()`, ...), as OTP's: each hands on to `c`.
-module(shell_default).
-export([help/0, c/1, c/2, cd/1, flush/0, i/0, l/1, ls/0, ls/1, m/0, nc/1, pwd/0, q/0,
         regs/0, memory/0, nregs/0]).

help() -> c:help().
c(File) -> c:c(File).
c(File, Opts) -> c:c(File, Opts).
cd(Dir) -> c:cd(Dir).
flush() -> c:flush().
i() -> c:i().
l(Mod) -> c:l(Mod).
ls() -> c:ls().
ls(Dir) -> c:ls(Dir).
m() -> c:m().
nc(File) -> c:nc(File).
pwd() -> c:pwd().
q() -> c:q().
regs() -> c:regs().
nregs() -> c:regs().
memory() -> erlang:memory().
