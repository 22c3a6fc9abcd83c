%% The items EUnit's runner works on (eunit_data reads test representations
%% into these; eunit_proc runs them).

%% One test: a nullary fun, what to print for it, and its own timeout (ms).
-record(test, {f, desc, timeout, location, line = 0}).

%% A group of tests: a title, inorder/{inparallel, N}, a timeout (ms) for the
%% whole group, a fixture (#context{}) and whether it runs in a new process.
-record(group, {desc, order, timeout, context, spawn, tests}).

%% A setup/cleanup fixture; process is local or spawn.
-record(context, {setup, cleanup, process}).
