"""The dask path: partition by partition on a real dask.distributed LocalCluster."""

from __future__ import annotations

import datetime as dt

import pytest

from sopkit.population import evaluate_table
from sopkit.population._synthetic import synthetic_workforce

ON = dt.date(2027, 4, 1)


def test_dask_dataframe_on_local_cluster_matches_one_process() -> None:
    """Every person gets the same outcome, earliest date and failing checks as in one call."""
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    table = synthetic_workforce(3000, on=ON, seed=11)
    frame = table.to_pandas()
    whole = evaluate_table("kenaikan_pangkat.reguler", frame, on=ON).to_pandas()
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        lazy = evaluate_table(
            "kenaikan_pangkat.reguler", dd.from_pandas(frame, npartitions=4), on=ON
        )
        assert 4 == lazy.npartitions
        got = client.compute(lazy).result()
    assert len(frame) == len(got)
    assert [1, 2, 3, 4] == sorted(set(got["partition"] + 1))
    got = got.sort_values(["partition", "row"]).reset_index(drop=True)
    assert list(whole["nip"]) == list(got["nip"])
    assert list(whole["outcome"]) == list(got["outcome"])
    assert [list(x) for x in whole["failing"]] == [
        x.split("; ") if x else [] for x in got["failing"]
    ]
    want = list(whole["earliest"])
    have = [None if str(d) == "NaT" else d.date() for d in got["earliest"]]
    assert want == have
    assert got["outcome"].nunique() >= 2
