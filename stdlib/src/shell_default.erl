%% shell_default: the functions a shell command can call without a module name
%% (`c(m)`, `pwd()`, `q()`, ...), as OTP's: each hands on to `c`.
-module(shell_default).
-export([help/0, c/1, c/2, cd/1, flush/0, i/0, l/1, ls/0, ls/1, m/0, nc/1, pid/3, pwd/0, q/0,
         regs/0, memory/0, nregs/0]).

pid(X, Y, Z) -> c:pid(X, Y, Z).

%% The shell's own commands, then c's. (A list of strings: a binary literal of a
%% few thousand characters overflows the compiler's stack for now.)
help() ->
    io:put_chars(["** shell internal commands **\n",
                  "b()        -- display all variable bindings\n",
                  "e(N)       -- repeat the expression in query <N>\n",
                  "f()        -- forget all variable bindings\n",
                  "f(X)       -- forget the binding of variable X\n",
                  "h()        -- history\n",
                  "h(Mod)     -- help about module\n",
                  "h(Mod,Func)-- help about function in module\n",
                  "h(Mod,Func,Arity) -- help about function with arity in module\n",
                  "ht(Mod)    -- help about a module's types\n",
                  "ht(Mod,Type) -- help about type in module\n",
                  "ht(Mod,Type,Arity) -- help about type with arity in module\n",
                  "hcb(Mod)    -- help about a module's callbacks\n",
                  "hcb(Mod,CB) -- help about callback in module\n",
                  "hcb(Mod,CB,Arity) -- help about callback with arity in module\n",
                  "history(N) -- set how many previous commands to keep\n",
                  "results(N) -- set how many previous command results to keep\n",
                  "catch_exception(B) -- how exceptions are handled\n",
                  "v(N)       -- use the value of query <N>\n",
                  "rd(R,D)    -- define a record\n",
                  "rf()       -- remove all record information\n",
                  "rf(R)      -- remove record information about R\n",
                  "rl()       -- display all record information\n",
                  "rl(R)      -- display record information about R\n",
                  "rp(Term)   -- display Term using the shell's record information\n",
                  "rr(File)   -- read record information from File (wildcards allowed)\n",
                  "rr(F,R)    -- read selected record information from file(s)\n",
                  "rr(F,R,O)  -- read selected record information with options\n"]),
    c:help().
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
