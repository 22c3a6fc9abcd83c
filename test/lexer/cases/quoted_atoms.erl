'' 'a' 'A b' 'it''s' '\'' 'café' '∀' 'tab\t' 'case' 'maybe'.
