%% logger_std_h: OTP's standard logger handler, written for erlts.
%%
%% Prints formatted log events on standard_io (the `user` device), standard_error,
%% an I/O device ({device, Dev}) or appends them to a file. OTP runs the handler as
%% a process with overload protection; here log/2 writes synchronously from the
%% logging process, so filesync/1 has nothing left to flush. The overload
%% protection settings are kept in the configuration (with OTP's defaults) so that
%% get_handler_config/1 shows what OTP shows, but they have no effect.
-module(logger_std_h).

-export([adding_handler/1, removing_handler/1, changing_config/3, filter_config/1,
         log/2, filesync/1, add_olp_defaults/1]).

%% Overload protection options and OTP's defaults.
-define(OLP_DEFAULTS,
        #{burst_limit_enable => true, burst_limit_max_count => 500,
          burst_limit_window_time => 1000, drop_mode_qlen => 200,
          flush_qlen => 1000, overload_kill_enable => false,
          overload_kill_mem_size => 3000000, overload_kill_qlen => 20000,
          overload_kill_restart_after => 5000, sync_mode_qlen => 10}).

adding_handler(#{id := Id} = Config) ->
    HConfig0 = maps:get(config, Config, #{}),
    case check(Id, set, undefined, HConfig0) of
        {ok, HConfig} ->
            case open(HConfig) of
                ok -> {ok, Config#{config => HConfig}};
                Error -> Error
            end;
        Error -> Error
    end.

removing_handler(_Config) ->
    ok.

changing_config(SetOrUpd, #{id := Id, config := Old}, NewConfig) ->
    case check(Id, SetOrUpd, Old, maps:get(config, NewConfig, #{})) of
        {ok, HConfig} -> {ok, NewConfig#{config => HConfig}};
        Error -> Error
    end.

filter_config(Config) ->
    Config.

filesync(_Id) ->
    ok.

%% The configuration OTP shows for a handler of this type.
add_olp_defaults(#{type := file} = HConfig) ->
    maps:merge((?OLP_DEFAULTS)#{filesync_repeat_interval => 5000}, HConfig);
add_olp_defaults(HConfig) ->
    maps:merge((?OLP_DEFAULTS)#{filesync_repeat_interval => no_repeat}, HConfig).

check(Id, set, undefined, New0) when is_map(New0) ->
    New = add_olp_defaults(defaults(Id, normalize(New0))),
    validate(New);
check(Id, SetOrUpd, Old, New0) when is_map(New0) ->
    WriteOnce = maps:with([type, file, modes], Old),
    Base = case SetOrUpd of
               set -> add_olp_defaults(defaults(Id, WriteOnce));
               update -> Old
           end,
    New = maps:merge(Base, normalize(New0)),
    case maps:with([type, file, modes], New) of
        WriteOnce -> validate(New);
        Other -> {error, {illegal_config_change, ?MODULE, WriteOnce, Other}}
    end;
check(_, _, _, Bad) ->
    {error, {invalid_config, ?MODULE, Bad}}.

normalize(#{type := {file, File}} = C) -> normalize(C#{type => file, file => File});
normalize(#{type := {file, File, Modes}} = C) ->
    normalize(C#{type => file, file => File, modes => Modes});
normalize(#{file := File} = C) -> C#{file => filename:absname(File)};
normalize(C) -> C.

defaults(Id, #{type := Type} = C) -> maps:merge(type_defaults(Id, Type), C);
defaults(Id, #{file := _} = C) -> maps:merge(type_defaults(Id, file), C);
defaults(Id, C) -> maps:merge(type_defaults(Id, standard_io), C).

type_defaults(Id, file) ->
    #{type => file, file => filename:absname(atom_to_list(Id)), modes => [raw, append],
      file_check => 0, max_no_bytes => infinity, max_no_files => 0,
      compress_on_rotate => false};
type_defaults(_, Type) ->
    #{type => Type}.

validate(C) ->
    Type = maps:get(type, C),
    case [KV || {K, _} = KV <- maps:to_list(C), not maps:is_key(K, ?OLP_DEFAULTS),
                K =/= filesync_repeat_interval, not valid(Type, KV)] of
        [] -> {ok, fix_modes(C)};
        [{K, V} | _] -> {error, {invalid_config, ?MODULE, #{K => V}}}
    end.

valid(Type, {type, Type}) -> Type =:= standard_io orelse Type =:= standard_error
                                 orelse Type =:= file orelse is_device(Type);
valid(file, {file, F}) -> is_list(F);
valid(file, {modes, M}) -> is_list(M);
valid(file, {max_no_bytes, S}) -> (is_integer(S) andalso S > 0) orelse S =:= infinity;
valid(file, {max_no_files, N}) -> is_integer(N) andalso N >= 0;
valid(file, {compress_on_rotate, B}) -> is_boolean(B);
valid(file, {file_check, N}) -> is_integer(N) andalso N >= 0;
valid(_, _) -> false.

is_device({device, _}) -> true;
is_device(_) -> false.

%% OTP always opens log files raw, appending, with delayed_write.
fix_modes(#{modes := Modes} = C) ->
    M1 = case [M || M <- Modes, lists:member(M, [write, append, exclusive])] of
             [] -> [append | Modes];
             _ -> Modes
         end,
    M2 = case lists:member(raw, M1) of
             true -> M1;
             false -> [raw | M1]
         end,
    M3 = case [M || M <- M2, M =:= delayed_write orelse
                                 (is_tuple(M) andalso element(1, M) =:= delayed_write)] of
             [] -> [delayed_write | M2];
             _ -> M2
         end,
    C#{modes => M3};
fix_modes(C) ->
    C.

%% A file handler creates its file (and directory) when it is added; `write` mode
%% truncates it, as OTP's handler does when it opens the file.
open(#{type := file, file := File, modes := Modes}) ->
    case filelib:ensure_dir(File) of
        ok ->
            Mode = case lists:member(write, Modes) andalso not lists:member(append, Modes) of
                       true -> [write];
                       false -> [append]
                   end,
            case file:write_file(File, <<>>, Mode) of
                ok -> ok;
                {error, R} -> {error, {open_failed, File, R}}
            end;
        {error, R} -> {error, {open_failed, File, R}}
    end;
open(_) ->
    ok.

log(Event, #{config := HConfig} = Config) ->
    {FMod, FConfig} = maps:get(formatter, Config, {logger_formatter, #{legacy_header => true,
                                                                      single_line => false}}),
    Bin = to_binary(try_format(Event, FMod, FConfig)),
    write(HConfig, Bin).

try_format(Event, FMod, FConfig) ->
    try FMod:format(Event, FConfig)
    catch _:_ ->
            case {FMod, FConfig} of
                {logger_formatter, #{}} when map_size(FConfig) =:= 0 ->
                    "DEFAULT FORMATTER CRASHED\n";
                _ ->
                    try_format(Event#{msg => {"FORMATTER CRASH: ~tp", [maps:get(msg, Event)]}},
                               logger_formatter, #{})
            end
    end.

to_binary(String) ->
    case unicode:characters_to_binary(String) of
        B when is_binary(B) -> B;
        _ -> <<"FORMATTER ERROR: bad return value\n">>
    end.

write(#{type := standard_io}, Bin) -> io:put_chars(user, Bin);
write(#{type := standard_error}, Bin) -> io:put_chars(standard_error, Bin);
write(#{type := {device, Dev}}, Bin) -> io:put_chars(Dev, Bin);
write(#{type := file, file := File}, Bin) -> _ = file:write_file(File, Bin, [append]), ok.
