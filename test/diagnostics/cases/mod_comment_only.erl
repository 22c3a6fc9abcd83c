%% nothing but a comment
