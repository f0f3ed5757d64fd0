"""The desktop face (PySide6 only here); never imports storage, never runs SQL."""
