%% erlts: the records of OTP's kernel/include/file.hrl.

-ifndef(FILE_HRL_).
-define(FILE_HRL_, 1).

%% What file:read_file_info/1,2 and file:read_link_info/1,2 return.
-record(file_info,
        {size :: non_neg_integer() | 'undefined',        % bytes
         type :: 'device' | 'directory' | 'other' | 'regular' | 'symlink' | 'undefined',
         access :: 'read' | 'write' | 'read_write' | 'none' | 'undefined',
         %% Times: {{Year, Month, Day}, {Hour, Minute, Second}} in local time, or
         %% seconds since the epoch when asked for with {time, posix}.
         atime :: file:date_time() | non_neg_integer() | 'undefined',  % last read
         mtime :: file:date_time() | non_neg_integer() | 'undefined',  % last written
         ctime :: file:date_time() | non_neg_integer() | 'undefined',  % last changed (Unix) / created (Windows)
         mode :: non_neg_integer() | 'undefined',        % permission bits
         links :: non_neg_integer() | 'undefined',       % number of hard links
         major_device :: non_neg_integer() | 'undefined',% file system (Unix), drive (Windows)
         minor_device :: non_neg_integer() | 'undefined',% devices only (Unix)
         inode :: non_neg_integer() | 'undefined',
         uid :: non_neg_integer() | 'undefined',         % owner
         gid :: non_neg_integer() | 'undefined'}).       % group

%% A file opened by a module other than the default one (e.g. ram files).
-record(file_descriptor,
        {module :: module(),    % the module that handles the file
         data :: term()}).      % that module's data

-endif.
