"""Resettle: case management for the resettlement of defectors from North Korea."""

__version__ = "0.1.0"
