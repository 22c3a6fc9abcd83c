#!/usr/bin/env escript
-module(lg_titles).
-export([main/1]).
-mode(compile).
%% Exercises: the legacy header's title: from the level, from metadata
%% logger_formatter => #{title => T}, and error_logger notices titled INFO REPORT

main(_) ->
    logger:error("from level"),
    logger:error("custom title", [], #{logger_formatter => #{title => "MY TITLE"}}),
    logger:error(#{r => 1}, #{logger_formatter => #{title => "CRASH REPORT"}}),
    logger:notice("notice with error_logger meta", [], #{error_logger => #{tag => info_msg}}),
    logger:warning("warning with error_logger meta", [], #{error_logger => #{tag => warning_msg}}),
    logger:notice("plain notice"),
    logger:critical("other formatter meta", [], #{logger_formatter => #{other => 1}}),
    flush(),
    io:format("done~n").

flush() -> logger_std_h:filesync(default).
