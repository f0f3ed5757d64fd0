"""The application's API: one transaction per call, permission and audit inside it."""
