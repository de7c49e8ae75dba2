"""Fuzz tests: generated inputs for every parser and loader users feed; only SopkitError escapes."""
