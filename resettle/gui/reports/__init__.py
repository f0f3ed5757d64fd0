"""The reports page and printing a case summary."""
