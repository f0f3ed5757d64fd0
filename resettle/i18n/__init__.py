"""The words a user reads, in English and Korean: one glossary of domain terms and one
catalogue of messages, shared by the GUI, the CLI and the reports (stdlib only)."""

LANGS = ("en", "ko")
