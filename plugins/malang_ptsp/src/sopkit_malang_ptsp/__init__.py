"""sopkit catalogue of BKPSDM Kabupaten Malang (Pelayanan Terpadu Satu Pintu Kepegawaian)."""

from sopkit import DataPlugin

plugin = DataPlugin(__name__, name="malang_ptsp")

__all__ = ["plugin"]
