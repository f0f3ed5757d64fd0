"""The case window, its tabs, and the dialogs opened from it (stage change, extension)."""
