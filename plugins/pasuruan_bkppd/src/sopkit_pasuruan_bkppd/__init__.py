"""sopkit catalogue: Pasuruan: BKPPD Kabupaten Pasuruan."""

from sopkit import DataPlugin

plugin = DataPlugin(__name__, name="pasuruan_bkppd")

__all__ = ["plugin"]
