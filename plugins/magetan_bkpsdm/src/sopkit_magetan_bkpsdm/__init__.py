"""sopkit catalogue: Magetan: BKPSDM Kabupaten Magetan and Bagian Organisasi dan Tatalaksana Setda Kabupaten Magetan."""

from sopkit import DataPlugin

plugin = DataPlugin(__name__, name="magetan_bkpsdm")

__all__ = ["plugin"]
