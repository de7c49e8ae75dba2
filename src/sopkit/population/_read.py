"""Reading a workforce table (pandas, polars, pyarrow; CSV, Excel, Parquet) into a Population."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from sopkit._errors import SopkitError
from sopkit._i18n import Text
from sopkit.asn._education import EducationLevel
from sopkit.asn._golongan import Golongan, GolonganError
from sopkit.asn._jabatan import JabatanKind, Jenjang
from sopkit.asn._ni_pppk import NiPppk
from sopkit.asn._nip import Nip, NipError
from sopkit.asn._pegawai import (
    ExamKind,
    LeaveKind,
    SanctionLevel,
    SkpRating,
    Status,
    TrainingKind,
)
from sopkit.population._layout import FLAT_COLUMNS, HISTORY_KINDS, SKP_COLUMN
from sopkit.population._population import (
    EDUCATION,
    FUNCTIONAL_KINDS,
    GENDER,
    JENJANG,
    KIND,
    LEAVE,
    SANCTION,
    SKP,
    STATUS,
    Codes,
    Population,
    RowError,
)
from sopkit.population._records import Records
from sopkit.population._vdates import Days, day_of_month

NAT = np.datetime64("NaT", "D")


class PopulationError(SopkitError, ValueError):
    """A workforce table that cannot be read at all: the file, the column, what is accepted."""


def to_arrow(table: Any) -> pa.Table:
    """Return a pandas or polars DataFrame, or a pyarrow Table, as a pyarrow Table."""
    if isinstance(table, pa.Table):
        return table
    if isinstance(table, pa.RecordBatch):
        return pa.Table.from_batches([table])
    module = type(table).__module__.split(".")[0]
    if module == "pandas":
        return pa.Table.from_pandas(table, preserve_index=False)
    if module == "polars":
        return table.to_arrow()
    raise PopulationError(
        Text(
            "cannot read a {kind} as a workforce table; accepted: a pandas or polars "
            "DataFrame, a pyarrow Table, or a CSV, .xlsx or Parquet file",
            kind=type(table).__name__,
        )
    )


def read_table_file(path: str | Path) -> pa.Table:
    """Return the table in a CSV, Excel .xlsx or Parquet file (CSV and Excel cells read as text)."""
    path = Path(path)
    if not path.is_file():
        raise PopulationError(Text("file {file} not found", file=repr(str(path))))
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return _read_csv(path)
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            return pq.read_table(path)
        if suffix == ".xlsx":
            return _read_xlsx(path)
    except (pa.ArrowInvalid, OSError, ValueError, KeyError) as exc:
        raise PopulationError(
            Text("{file}: cannot read the file: {error}", file=path, error=exc)
        ) from exc
    raise PopulationError(
        Text(
            "{file}: unknown file type {suffix}; accepted: .csv, .xlsx, .parquet",
            file=path,
            suffix=repr(suffix),
        )
    )


def _read_csv(path: Path) -> pa.Table:
    import csv

    import pyarrow.csv as pacsv

    with path.open(encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh), None)
    if not header:
        raise PopulationError(
            Text("{file}: empty file; expected a header row with column names", file=path)
        )
    return pacsv.read_csv(
        path,
        read_options=pacsv.ReadOptions(encoding="utf-8"),
        convert_options=pacsv.ConvertOptions(
            column_types=dict.fromkeys(header, pa.string()), strings_can_be_null=True
        ),
    )


def _cell(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        if abs(value) >= 2**53:
            return f"{value} (stored as a number, digits lost)"
        return str(int(value)) if float(value).is_integer() else str(value)
    text = str(value).strip()
    return text or None


def _read_xlsx(path: Path) -> pa.Table:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        header = next(rows, None)
        if not header:
            raise PopulationError(
                Text("{file}: empty sheet; expected a header row with column names", file=path)
            )
        names = [
            str(h).strip() if h is not None else f"column_{i + 1}" for i, h in enumerate(header)
        ]
        cols: list[list[str | None]] = [[] for _ in names]
        for row in rows:
            if row is None or all(v is None for v in row):
                continue
            for i in range(len(names)):
                cols[i].append(_cell(row[i]) if i < len(row) else None)
    finally:
        book.close()
    return pa.table({n: pa.array(c, pa.string()) for n, c in zip(names, cols, strict=True)})


def _canonical(name: str) -> str:
    return name.strip().lower().replace(" ", "_").replace("-", "_")


class _Reader:
    """Parses columns of one table, collecting the errors of each row."""

    def __init__(self, table: pa.Table, columns: Mapping[str, str], row_of: npt.NDArray[np.int64]):
        self.table = table
        self.row_of = row_of  # table row -> 1-based person row (for errors)
        self.errors: list[RowError] = []
        self.source: dict[str, str] = {}
        for name in table.column_names:
            canon = columns.get(name) or _canonical(name)
            if canon not in self.source:
                self.source[canon] = name

    def has(self, canon: str) -> bool:
        return canon in self.source

    def raw(self, canon: str) -> pa.ChunkedArray | None:
        name = self.source.get(canon)
        return None if name is None else self.table.column(name)

    def _fail(self, canon: str, rows: npt.NDArray[np.int64], values: list[Any], why: Any) -> None:
        for r, v in zip(rows.tolist(), values, strict=True):
            message = why(v) if callable(why) else why
            self.errors.append(RowError(int(self.row_of[r]), self.source[canon], v, message))

    def text(self, canon: str) -> npt.NDArray[np.object_]:
        col = self.raw(canon)
        n = self.table.num_rows
        if col is None:
            return np.full(n, None, dtype=object)
        if not pa.types.is_string(col.type) and not pa.types.is_large_string(col.type):
            col = pc.cast(col, pa.string())
        return np.asarray(col.to_numpy(zero_copy_only=False), dtype=object)

    def dates(self, canon: str) -> Days:
        col = self.raw(canon)
        n = self.table.num_rows
        if col is None:
            return np.full(n, NAT)
        if pa.types.is_date(col.type) or pa.types.is_timestamp(col.type):
            return np.asarray(
                pc.cast(col, pa.date32()).to_numpy(zero_copy_only=False), "datetime64[D]"
            )
        text = pc.utf8_trim_whitespace(pc.cast(col, pa.string()))
        out: pa.ChunkedArray | None = None
        for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
            got = pc.strptime(text, format=fmt, unit="s", error_is_null=True)
            # strptime rolls 30 February over to 1 March: keep only dates that print back as given
            same = pc.fill_null(pc.equal(pc.strftime(got, format=fmt), text), False)
            got = pc.if_else(same, got, pa.scalar(None, got.type))
            out = got if out is None else pc.coalesce(out, got)
        assert out is not None
        result = np.asarray(
            pc.cast(out, pa.date32()).to_numpy(zero_copy_only=False), "datetime64[D]"
        )
        given = pc.fill_null(pc.not_equal(text, ""), False).to_numpy(zero_copy_only=False)
        bad = np.nonzero(given & np.isnat(result))[0]
        if len(bad):
            values = text.take(pa.array(bad)).to_pylist()
            self._fail(
                canon,
                bad,
                values,
                "not a date; accepted: YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY (with leading zeros)",
            )
        return result

    def coded(self, canon: str, parse: Callable[[str], int], accepted: str) -> npt.NDArray[np.int8]:
        col = self.raw(canon)
        n = self.table.num_rows
        if col is None:
            return np.zeros(n, dtype=np.int8)
        encoded = pc.dictionary_encode(pc.cast(col, pa.string())).combine_chunks()
        words = encoded.dictionary.to_pylist()
        lookup = np.zeros(len(words) + 1, dtype=np.int8)
        failed = np.zeros(len(words) + 1, dtype=bool)
        messages: dict[int, str] = {}
        for i, word in enumerate(words):
            if word is None or not str(word).strip():
                continue
            try:
                lookup[i] = parse(str(word).strip())
            except (ValueError, KeyError) as exc:
                failed[i] = True
                messages[i] = (
                    str(exc) if isinstance(exc, GolonganError) else f"accepted: {accepted}"
                )
        idx = encoded.indices.to_numpy(zero_copy_only=False)
        idx = np.where(encoded.indices.is_null().to_numpy(zero_copy_only=False), len(words), idx)
        idx = idx.astype(np.int64)
        bad = np.nonzero(failed[idx])[0]
        if len(bad):
            self._fail(canon, bad, [words[i] for i in idx[bad]], [messages[i] for i in idx[bad]])
            self.errors[-len(bad) :] = [
                RowError(e.row, e.column, e.value, messages[int(i)])
                for e, i in zip(self.errors[-len(bad) :], idx[bad], strict=True)
            ]
        out: npt.NDArray[np.int8] = lookup[idx]
        return out

    def numbers(self, canon: str) -> npt.NDArray[np.float64]:
        col = self.raw(canon)
        n = self.table.num_rows
        if col is None:
            return np.full(n, np.nan)
        if pa.types.is_integer(col.type) or pa.types.is_floating(col.type):
            return np.asarray(pc.cast(col, pa.float64()).to_numpy(zero_copy_only=False), float)
        text = pc.utf8_trim_whitespace(pc.cast(col, pa.string()))
        values = text.to_pylist()
        out = np.full(n, np.nan)
        bad = []
        for i, v in enumerate(values):
            if v:
                try:
                    out[i] = float(v.replace(",", "."))
                except ValueError:
                    bad.append(i)
        if bad:
            rows = np.array(bad)
            self._fail(canon, rows, [values[i] for i in bad], "not a number")
        return out


def _enum_parser(codes: Codes, aliases: Mapping[str, Any] | None = None) -> Callable[[str], int]:
    by_text: dict[str, int] = {}
    for member, code in codes.code.items():
        by_text[str(member.value).lower()] = code
        by_text[str(member.value).lower().replace("_", " ")] = code
        by_text[member.name.lower()] = code
    for text, member in (aliases or {}).items():
        by_text[text.lower()] = codes.code[member]

    def parse(text: str) -> int:
        key = text.strip().lower()
        for candidate in (key, key.replace("-", "_"), key.replace(" ", "_")):
            if candidate in by_text:
                return by_text[candidate]
        raise KeyError(text)

    return parse


def _golongan(text: str) -> int:
    return int(Golongan.parse(text).value)


_ACCEPT = {
    "status": ("PNS, CPNS, PPPK", _enum_parser(STATUS)),
    "jenis_kelamin": ("L, P", _enum_parser(GENDER)),
    "jabatan_jenis": (", ".join(k.value for k in JabatanKind), _enum_parser(KIND)),
    "jenjang": (", ".join(j.value for j in Jenjang), _enum_parser(JENJANG)),
    "pendidikan": (", ".join(e.value for e in EducationLevel), _enum_parser(EDUCATION)),
    "tingkat": (", ".join(s.value for s in SanctionLevel), _enum_parser(SANCTION)),
    "predikat": (", ".join(r.value for r in SkpRating), _enum_parser(SKP)),
    "cuti_jenis": (", ".join(k.value for k in LeaveKind), _enum_parser(LEAVE)),
}
_GOL = ("I/a … IV/e, e.g. III/b", _golongan)


def _nips(
    reader: _Reader, pppk: npt.NDArray[np.bool_]
) -> tuple[npt.NDArray[np.object_], Days, Days, npt.NDArray[np.int8]]:
    """Return the NIPs (digits), and the birth date, TMT CPNS month and sex they encode.

    A PPPK's number is an NI PPPK (no TMT CPNS in it), read with NiPppk.parse.
    """
    text = reader.text("nip")
    n = len(text)
    birth, tmt = np.full(n, NAT), np.full(n, NAT)
    sex = np.zeros(n, dtype=np.int8)
    if not reader.has("nip"):
        return np.full(n, "", dtype=object), birth, tmt, sex
    arr = pa.array(text, pa.string())
    clean_arr = pc.fill_null(pc.replace_substring_regex(arr, r"\s+", ""), "")
    ok = pc.match_substring_regex(clean_arr, r"^[0-9]{18}$").to_numpy(zero_copy_only=False)
    clean = np.asarray(clean_arr.to_numpy(zero_copy_only=False), dtype=object)
    fixed = np.where(ok, clean, "0" * 18).astype("S18")
    good = np.nonzero(ok)[0]
    digits = fixed[good].view(np.uint8).reshape(-1, 18).astype(np.int64) - 48

    def number(a: int, b: int) -> npt.NDArray[np.int64]:
        out = np.zeros(len(good), dtype=np.int64)
        for k in range(a, b):
            out = out * 10 + digits[:, k]
        return out

    year, month, day = number(0, 4), number(4, 6), number(6, 8)
    t_year, t_month = number(8, 12), number(12, 14)
    months = np.clip(year * 12 + month - 1, 0, None)
    first = (months - 1970 * 12).astype("datetime64[M]").astype("datetime64[D]")
    b = first + (day - 1).astype("timedelta64[D]")
    valid = (month >= 1) & (month <= 12) & (day >= 1) & (year >= 1000)
    valid &= day_of_month(b) == day
    t = (np.clip(t_year * 12 + t_month - 1, 0, None) - 1970 * 12).astype("datetime64[M]")
    t = t.astype("datetime64[D]")
    valid &= (t_month >= 1) & (t_month <= 12) & (t_year >= 1) & (t > b)
    valid &= np.isin(digits[:, 14], (1, 2)) & (number(15, 18) > 0)
    ok[good[~valid]] = False
    birth[good[valid]] = b[valid]
    tmt[good[valid]] = t[valid]
    sex[good[valid]] = digits[valid, 14]
    given = np.array([bool(t) for t in text])
    for i in np.nonzero(given & pppk)[0].tolist():
        try:
            ni = NiPppk.parse(str(text[i]))
        except NipError as exc:
            reader.errors.append(
                RowError(int(reader.row_of[i]), reader.source["nip"], text[i], str(exc))
            )
            continue
        ok[i] = True
        clean[i] = ni.digits
        birth[i] = np.datetime64(ni.birth_date, "D")
        tmt[i] = NAT
        sex[i] = 1 if ni.gender.value == "L" else 2
    for i in np.nonzero(given & ~ok & ~pppk)[0].tolist():
        try:
            Nip.parse(str(text[i]))
            message = "not an NIP"
        except NipError as exc:
            message = str(exc)
        reader.errors.append(
            RowError(int(reader.row_of[i]), reader.source["nip"], text[i], message)
        )
    return np.where(ok, clean, ""), birth, tmt, sex


def load_population(
    table: Any,
    history: Any = None,
    *,
    columns: Mapping[str, str] | None = None,
    check_duplicates: bool = True,
) -> Population:
    """Return the Population read from a flat table (one row per PNS) and a history table.

    `columns` maps the input's column names to the layout's (e.g. {"NIP BARU": "nip"});
    a value that cannot be read gives that row a RowError, and the row is not evaluated.
    """
    flat = table if isinstance(table, pa.Table) else to_arrow(table)
    mapping = dict(columns or {})
    n = flat.num_rows
    reader = _Reader(flat, mapping, np.arange(1, n + 1))
    notes: list[str] = []
    if reader.has("status"):
        status = reader.coded("status", _ACCEPT["status"][1], _ACCEPT["status"][0])
    else:
        status = np.full(n, STATUS.of(Status.PNS), dtype=np.int8)
        notes.append("no status column: every row is read as PNS")
    nip, nip_birth, nip_tmt, nip_sex = _nips(reader, status == STATUS.of(Status.PPPK))
    if check_duplicates and reader.has("nip"):
        reader.errors += duplicate_nips(flat, mapping)
    birth = reader.dates("tanggal_lahir")
    birth = np.where(np.isnat(birth), nip_birth, birth)
    tmt_cpns, tmt_pns = reader.dates("tmt_cpns"), reader.dates("tmt_pns")
    gender = reader.coded("jenis_kelamin", *_ACCEPT["jenis_kelamin"][::-1])
    pangkat = Records.aligned(
        reader.dates("tmt_golongan"), golongan=reader.coded("golongan", _GOL[1], _GOL[0])
    )
    eselons, eselon_codes = _intern(reader.text("eselon"))
    fungsionals, fungsional_codes = _intern(
        np.array(
            [
                t.strip().casefold() if isinstance(t, str) else t
                for t in reader.text("jabatan_fungsional")
            ],
            dtype=object,
        )
    )
    jabatan = Records.aligned(
        reader.dates("tmt_jabatan"),
        kind=reader.coded("jabatan_jenis", *_ACCEPT["jabatan_jenis"][::-1]),
        jenjang=reader.coded("jenjang", *_ACCEPT["jenjang"][::-1]),
        eselon=eselon_codes,
        fungsional=fungsional_codes,
    )
    education = Records.aligned(
        reader.dates("tanggal_lulus"),
        level=reader.coded("pendidikan", *_ACCEPT["pendidikan"][::-1]),
    )
    sanctions = Records.aligned(
        reader.dates("hukuman_mulai"),
        level=reader.coded("hukuman_tingkat", *_ACCEPT["tingkat"][::-1]),
        end=reader.dates("hukuman_selesai"),
    )
    exams = {
        kind: Records.aligned(reader.dates(kind.value), passed=np.ones(n, dtype=bool))
        for kind in ExamKind
    }
    trainings = {kind: Records.aligned(reader.dates(kind.value)) for kind in TrainingKind}
    angka = Records.aligned(
        reader.dates("tanggal_pak"),
        earned=reader.numbers("angka_kredit"),
        required=reader.numbers("angka_kredit_dibutuhkan"),
    )
    skp: dict[int, npt.NDArray[np.int8]] = {}
    for canon in list(reader.source):
        match = SKP_COLUMN.match(canon)
        if match:
            skp[int(match.group(1))] = reader.coded(canon, *_ACCEPT["predikat"][::-1])
    leaves = Records.aligned(
        np.full(n, NAT), kind=np.zeros(n, np.int8), end=np.full(n, NAT), days=np.zeros(n, np.int64)
    )
    pop = Population(
        nip=nip,
        status=status,
        birth=birth,
        tmt_cpns=tmt_cpns,
        tmt_pns=tmt_pns,
        pangkat=pangkat,
        jabatan=jabatan,
        education=education,
        sanctions=sanctions,
        leaves=leaves,
        angka_kredit=angka,
        exams=exams,
        trainings=trainings,
        skp=skp,
        atasan=reader.coded("atasan_golongan", _GOL[1], _GOL[0]),
        kgb_terakhir=reader.dates("kgb_terakhir"),
        gender=gender,
        name=reader.text("nama"),
        eselons=eselons,
        fungsionals=fungsionals,
    )
    errors = reader.errors
    if history is not None:
        errors += _read_history(pop, history, mapping)
    pop.history_errors = tuple(e for e in errors if e.row == 0)
    errors = [e for e in errors if e.row > 0]
    missing = [c for c in FLAT_COLUMNS if c != "skp_YYYY" and not reader.has(c)]
    if not reader.has("nip"):
        raise PopulationError(
            Text(
                "no nip column among {columns}; map yours with columns={mapping}",
                columns=flat.column_names,
                mapping="{'NAME': 'nip'}",
            )
        )
    if missing:
        notes.append(f"columns not in the input (their facts are unknown): {', '.join(missing)}")
    if not skp:
        notes.append("no skp_YYYY column: SKP ratings are unknown")
    unused = [
        c
        for c in flat.column_names
        if (mapping.get(c) or _canonical(c)) not in FLAT_COLUMNS
        and not SKP_COLUMN.match(mapping.get(c) or _canonical(c))
    ]
    if unused:
        notes.append(f"columns not used: {', '.join(unused)}")
    already = np.zeros(n + 1, dtype=bool)
    already[[e.row for e in errors if 0 < e.row <= n]] = True
    errors += [e for e in _consistency(pop, nip_birth, nip_tmt, nip_sex) if not already[e.row]]
    pop.errors = tuple(sorted(errors, key=lambda e: e.row))
    pop.notes = tuple(notes)
    return pop


def clean_nips(table: pa.Table, mapping: Mapping[str, str]) -> pa.ChunkedArray | None:
    """Return the table's NIP column without spaces (None when it has no nip column)."""
    reader = _Reader(table, mapping, np.zeros(0, dtype=np.int64))
    col = reader.raw("nip")
    if col is None:
        return None
    return pc.replace_substring_regex(pc.cast(col, pa.string()), r"\s+", "")


def duplicate_nips(table: pa.Table, mapping: Mapping[str, str]) -> list[RowError]:
    """Return an error for every row whose NIP an earlier row already has."""
    nips = clean_nips(table, mapping)
    if nips is None or len(nips) < 2:
        return []
    source = _Reader(table, mapping, np.zeros(0, dtype=np.int64)).source["nip"]
    encoded = pc.dictionary_encode(nips).combine_chunks()
    idx = encoded.indices.to_numpy(zero_copy_only=False)
    valid = encoded.indices.is_valid().to_numpy(zero_copy_only=False)
    counts = np.bincount(idx[valid], minlength=len(encoded.dictionary))
    if counts.max(initial=0) < 2:
        return []
    first: dict[int, int] = {}
    out = []
    for row in np.nonzero(valid & (counts[np.where(valid, idx, 0)] > 1))[0].tolist():
        key = int(idx[row])
        if key in first:
            value = encoded.dictionary[key].as_py()
            out.append(RowError(row + 1, source, value, f"the same NIP as row {first[key] + 1}"))
        else:
            first[key] = row
    return out


def _intern(text: npt.NDArray[np.object_]) -> tuple[tuple[str, ...], npt.NDArray[np.int16]]:
    clean = np.array([t.strip() if isinstance(t, str) else "" for t in text], dtype=object)
    names, codes = np.unique(np.concatenate([[""], clean]).astype(str), return_inverse=True)
    order = ("", *(str(x) for x in names if x))
    remap = np.array([order.index(str(x)) for x in names], dtype=np.int16)
    return order, remap[codes[1:]]


def _consistency(
    pop: Population, nip_birth: Days, nip_tmt: Days, nip_sex: npt.NDArray[np.int8]
) -> list[RowError]:
    """Return the rows whose facts contradict each other (as a Pegawai profile would refuse)."""
    out: list[RowError] = []

    def report(mask: npt.NDArray[np.bool_], column: str, values: Any, message: str) -> None:
        for i in np.nonzero(mask)[0].tolist():
            value = values[i]
            if isinstance(value, np.datetime64):
                shown: object = None if np.isnat(value) else str(value)
            else:
                shown = None if isinstance(value, np.integer) and value == 0 else str(value)
            out.append(RowError(i + 1, column, shown, message))

    has_nip = ~np.isnat(nip_birth)
    report(
        has_nip & (pop.birth != nip_birth) & ~np.isnat(pop.birth),
        "tanggal_lahir",
        pop.birth,
        "differs from the birth date in the NIP",
    )
    tmt_month = pop.tmt_cpns.astype("datetime64[M]").astype("datetime64[D]")
    report(
        has_nip & ~np.isnat(pop.tmt_cpns) & (tmt_month != nip_tmt),
        "tmt_cpns",
        pop.tmt_cpns,
        "differs from the TMT CPNS month in the NIP",
    )
    report(
        has_nip & (pop.gender > 0) & (pop.gender != nip_sex),
        "jenis_kelamin",
        pop.gender,
        "differs from the sex digit of the NIP",
    )
    report(
        np.isnat(pop.birth),
        "tanggal_lahir",
        pop.birth,
        "no birth date (and no NIP to read it from)",
    )
    pns, pppk = STATUS.of(Status.PNS), STATUS.of(Status.PPPK)
    report(
        (pop.status == pns) & np.isnat(pop.tmt_pns),
        "tmt_pns",
        pop.tmt_pns,
        "a PNS needs the TMT PNS",
    )
    report(
        (pop.status != pppk) & (pop.status > 0) & np.isnat(pop.tmt_cpns),
        "tmt_cpns",
        pop.tmt_cpns,
        "a CPNS or PNS needs the TMT CPNS",
    )
    report(pop.status == 0, "status", pop.status, "no status; accepted: PNS, CPNS, PPPK")
    report(pop.tmt_pns < pop.tmt_cpns, "tmt_pns", pop.tmt_pns, "TMT PNS is before the TMT CPNS")
    report(
        pop.tmt_cpns <= pop.birth, "tmt_cpns", pop.tmt_cpns, "TMT CPNS is not after the birth date"
    )
    for records, column in (
        (pop.pangkat, "tmt_golongan"),
        (pop.jabatan, "tmt_jabatan"),
        (pop.education, "tanggal_lulus"),
        (pop.sanctions, "hukuman_mulai"),
    ):
        if records.dense:
            report(
                records.date <= pop.birth, column, records.date, "dated on or before the birth date"
            )
    s = pop.sanctions
    if s.dense:
        report(
            ~np.isnat(s.date) & (np.isnat(s.values["end"]) | (s.values["end"] < s.date)),
            "hukuman_selesai",
            s.values["end"],
            "no last day, or before the first day",
        )
        report(
            ~np.isnat(s.date) & (s.values["level"] == 0),
            "hukuman_tingkat",
            s.values["level"],
            "a sanction needs its level: ringan, sedang, berat",
        )
    j = pop.jabatan
    if j.dense:
        kind, jenjang = j.values["kind"].astype(np.int64), j.values["jenjang"].astype(np.int64)
        keahlian = np.array([False, *(x.value.startswith("ahli_") for x in Jenjang)])
        expect = np.where(
            keahlian[jenjang],
            KIND.of(JabatanKind.FUNGSIONAL_KEAHLIAN),
            KIND.of(JabatanKind.FUNGSIONAL_KETERAMPILAN),
        )
        report(
            (jenjang > 0) & (kind != expect),
            "jenjang",
            jenjang,
            "this jenjang belongs to another kind of jabatan",
        )
        report(~np.isnat(j.date) & (kind == 0), "jabatan_jenis", kind, "a post needs its kind")
        named = j.values["fungsional"].astype(np.int64)
        report(
            (named > 0) & ~FUNCTIONAL_KINDS[kind],
            "jabatan_fungsional",
            named,
            "only a jabatan fungsional has a fungsional name",
        )
    p = pop.pangkat
    if p.dense:
        report(
            ~np.isnat(p.date) & (p.values["golongan"] == 0),
            "golongan",
            p.values["golongan"],
            "a TMT golongan without the golongan",
        )
    e = pop.education
    if e.dense:
        report(
            ~np.isnat(e.date) & (e.values["level"] == 0),
            "pendidikan",
            e.values["level"],
            "a graduation date without the level",
        )
    return out


def _read_history(pop: Population, history: Any, mapping: Mapping[str, str]) -> list[RowError]:
    """Merge a long history table (nip, jenis, tanggal, values) into the population's records."""
    table = history if isinstance(history, pa.Table) else to_arrow(history)
    index = {str(nip): i for i, nip in enumerate(pop.nip.tolist()) if nip}
    reader = _Reader(table, mapping, np.zeros(table.num_rows, dtype=np.int64))
    for need in ("nip", "jenis"):
        if not reader.has(need):
            raise PopulationError(
                Text(
                    "history table: no {column} column among {columns}; expected nip, jenis, "
                    "tanggal and the value columns of each jenis",
                    column=repr(need),
                    columns=table.column_names,
                )
            )
    nips = ["".join(t.split()) if t else "" for t in reader.text("nip")]
    person = np.array([index.get(x, -1) for x in nips], dtype=np.int64)
    reader.row_of = np.where(person >= 0, person + 1, 0)
    errors: list[RowError] = []
    for i in np.nonzero(person < 0)[0].tolist():
        errors.append(
            RowError(0, reader.source["nip"], nips[i], f"history row {i + 1}: NIP not in the table")
        )
    kinds = np.array([(t or "").strip().lower() for t in reader.text("jenis")], dtype=object)
    for i in np.nonzero(~np.isin(kinds, list(HISTORY_KINDS)) & (person >= 0))[0].tolist():
        errors.append(
            RowError(
                int(person[i]) + 1,
                reader.source["jenis"],
                kinds[i],
                f"history row {i + 1}: accepted jenis: {', '.join(HISTORY_KINDS)}",
            )
        )
    date = reader.dates("tanggal")
    ok = person >= 0

    def pick(kind: str) -> npt.NDArray[np.bool_]:
        mask: npt.NDArray[np.bool_] = ok & (kinds == kind)
        return mask

    def add(jenis: str, current: Records, **values: npt.NDArray[Any]) -> Records:
        m = pick(jenis)
        if not m.any():
            return current
        new = Records.build(len(pop), person[m], date[m], **{k: v[m] for k, v in values.items()})
        return current.merged(new)

    pop.pangkat = add("pangkat", pop.pangkat, golongan=reader.coded("golongan", _GOL[1], _GOL[0]))
    names = list(pop.eselons)
    es = np.zeros(table.num_rows, dtype=np.int16)
    for i, text in enumerate(reader.text("eselon").tolist()):
        word = text.strip() if isinstance(text, str) else ""
        if word:
            if word not in names:
                names.append(word)
            es[i] = names.index(word)
    pop.eselons = tuple(names)
    fnames = list(pop.fungsionals)
    fs = np.zeros(table.num_rows, dtype=np.int16)
    for i, text in enumerate(reader.text("jabatan_fungsional").tolist()):
        word = text.strip().casefold() if isinstance(text, str) else ""
        if word:
            if word not in fnames:
                fnames.append(word)
            fs[i] = fnames.index(word)
    pop.fungsionals = tuple(fnames)
    pop.jabatan = add(
        "jabatan",
        pop.jabatan,
        kind=reader.coded("jabatan_jenis", *_ACCEPT["jabatan_jenis"][::-1]),
        jenjang=reader.coded("jenjang", *_ACCEPT["jenjang"][::-1]),
        eselon=es,
        fungsional=fs,
    )
    pop.education = add(
        "pendidikan", pop.education, level=reader.coded("pendidikan", *_ACCEPT["pendidikan"][::-1])
    )
    pop.sanctions = add(
        "hukuman",
        pop.sanctions,
        level=reader.coded("tingkat", *_ACCEPT["tingkat"][::-1]),
        end=reader.dates("selesai"),
    )
    pop.leaves = add(
        "cuti",
        pop.leaves,
        kind=reader.coded("cuti_jenis", *_ACCEPT["cuti_jenis"][::-1]),
        end=reader.dates("selesai"),
        days=np.nan_to_num(reader.numbers("hari")).astype(np.int64),
    )
    pop.angka_kredit = add(
        "angka_kredit",
        pop.angka_kredit,
        earned=reader.numbers("angka_kredit"),
        required=reader.numbers("dibutuhkan"),
    )
    exam_kind = reader.text("ujian")
    passed = reader.text("lulus")
    passed_flag = np.array(
        [(x or "true").strip().lower() in ("true", "ya", "1", "lulus") for x in passed], dtype=bool
    )
    for kind in ExamKind:
        m = pick("ujian") & np.array([(x or "").strip().lower() == kind.value for x in exam_kind])
        if m.any():
            new = Records.build(len(pop), person[m], date[m], passed=passed_flag[m])
            pop.exams[kind] = pop.exams[kind].merged(new)
    diklat = reader.text("diklat")
    for training in TrainingKind:
        m = pick("diklat") & np.array([(x or "").strip().lower() == training.value for x in diklat])
        if m.any():
            new = Records.build(len(pop), person[m], date[m])
            pop.trainings[training] = pop.trainings[training].merged(new)
    m = pick("skp")
    if m.any():
        years = reader.numbers("tahun")
        scores = reader.coded("predikat", *_ACCEPT["predikat"][::-1])
        for i in np.nonzero(m)[0].tolist():
            if np.isnan(years[i]) or scores[i] == 0:
                continue
            year = int(years[i])
            column = pop.skp.setdefault(year, np.zeros(len(pop), dtype=np.int8))
            p = int(person[i])
            if column[p] and column[p] != scores[i]:
                errors.append(RowError(p + 1, "skp", year, "more than one SKP rating for the year"))
            column[p] = scores[i]
    errors += [e for e in reader.errors if e.row > 0]
    return errors
