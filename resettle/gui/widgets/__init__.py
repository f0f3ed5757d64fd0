"""Helpers shared by many screens: labels, errors, tasks, icons, translation, crashes."""
