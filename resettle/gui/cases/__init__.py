"""The case list and the pages around cases: search, intake, groups, programmes, code look-up."""
