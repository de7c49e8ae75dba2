"""Shared hypothesis strategies for sopkit's model: durations, legal refs, services, SOPs."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from sopkit import (
    Agency,
    Approval,
    ChannelKind,
    Combine,
    Competency,
    ComplaintChannel,
    CompositeDuration,
    Contact,
    ContactKind,
    ContentsEntry,
    DayReading,
    Decision,
    Decree,
    Duration,
    DurationPart,
    DurationUnit,
    Fee,
    FeeKind,
    LegalRef,
    Mark,
    NamedText,
    OpenDuration,
    OpenKind,
    Params,
    ProcedureItem,
    Product,
    Reading,
    Requirement,
    RequirementGroup,
    RequirementKind,
    RuleRef,
    Service,
    Sop,
    StaffCount,
    Staffing,
    Step,
    Variant,
)

texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
slugs = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)
codes = st.from_regex(r"[a-z]{2,8}\.[a-z]{2,8}", fullmatch=True)
dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))
small_tuples = lambda s: st.lists(s, max_size=3).map(tuple)  # noqa: E731
tiny_tuples = lambda s: st.lists(s, max_size=1).map(tuple)  # noqa: E731

durations = st.builds(Duration, st.integers(0, 10_000), st.sampled_from(DurationUnit), texts)
open_durations = st.builds(OpenDuration, texts, st.sampled_from(OpenKind))
parts = st.builds(
    DurationPart,
    st.one_of(durations, open_durations),
    texts,
    st.one_of(st.none(), texts),
    condition=texts,
    minimum=st.booleans(),
    place=texts,
    equivalent=st.one_of(st.none(), durations),
)
composites = st.builds(
    CompositeDuration,
    st.lists(parts, min_size=1, max_size=4).map(tuple),
    texts,
    st.sampled_from(Combine),
    breakdown=tiny_tuples(parts),
    starts=texts,
    scope=texts,
)
time_limits = st.one_of(st.none(), durations, open_durations, composites)

legal_refs = st.builds(
    LegalRef,
    texts,
    st.one_of(st.none(), texts),
    st.one_of(st.none(), texts),
    st.one_of(st.none(), st.integers(1900, 2100)),
    st.one_of(st.none(), texts),
)
fees = st.one_of(
    st.builds(Fee, st.sampled_from([FeeKind.FREE, FeeKind.TEXT]), texts),
    st.builds(Fee, st.just(FeeKind.AMOUNT), texts, st.integers(1, 10**9)),
)
scalars = st.one_of(st.none(), st.booleans(), st.integers(-1000, 1000), texts)
params = st.dictionaries(
    slugs, st.one_of(scalars, st.lists(scalars, max_size=3).map(tuple)), max_size=3
).map(Params)
rule_refs = st.builds(RuleRef, slugs, params)
requirements = st.builds(
    Requirement,
    texts,
    st.sampled_from(RequirementKind),
    small_tuples(texts),
    st.one_of(st.none(), rule_refs),
    texts,
)
readings = tiny_tuples(st.builds(Reading, texts, texts, texts))
procedure_items = st.recursive(
    st.builds(ProcedureItem, texts, condition=texts),
    lambda inner: st.builds(ProcedureItem, texts, tiny_tuples(inner), texts),
    max_leaves=3,
)
groups = st.builds(RequirementGroup, texts, tiny_tuples(requirements), texts, texts)
marks = st.builds(Mark, texts, texts, texts)
targets = st.one_of(st.none(), st.just("end"), st.integers(1, 40))
steps = st.builds(
    Step,
    st.integers(1, 40),
    texts,
    small_tuples(texts),
    small_tuples(texts),
    small_tuples(texts),
    time_limits,
    texts,
    small_tuples(texts),
    texts,
    st.one_of(st.none(), st.builds(Decision, texts, targets, targets)),
    marks=tiny_tuples(marks),
    numbered=st.booleans(),
    uncertain=st.booleans(),
    reading=texts,
    effort=st.one_of(st.none(), time_limits),
)
sops = st.builds(
    Sop,
    slug=slugs,
    name=texts,
    number=texts,
    created=st.one_of(st.none(), dates),
    revised=st.one_of(st.none(), dates),
    effective=st.one_of(st.none(), dates),
    approved_by=st.one_of(st.none(), st.builds(Approval, texts, texts, texts, texts)),
    legal_basis=small_tuples(legal_refs),
    actors=small_tuples(texts),
    steps=small_tuples(steps),
    stated_total=time_limits,
    scope=small_tuples(texts),
    readings=readings,
)
variants = st.builds(
    Variant,
    slug=slugs,
    name=texts,
    requirements=small_tuples(requirements),
    time_limit=time_limits,
    signer=texts,
    products=small_tuples(st.builds(Product, texts, texts)),
    procedure=tiny_tuples(procedure_items),
    requirement_groups=tiny_tuples(groups),
)
services = st.builds(
    Service,
    agency=codes,
    slug=slugs,
    name=texts,
    number=texts,
    requirements=small_tuples(requirements),
    procedure=tiny_tuples(procedure_items),
    time_limit=time_limits,
    fee=st.one_of(st.none(), fees),
    products=small_tuples(st.builds(Product, texts, texts)),
    complaints=small_tuples(
        st.builds(ComplaintChannel, st.sampled_from(ChannelKind), texts, texts)
    ),
    legal_basis=small_tuples(legal_refs),
    staffing=st.one_of(
        st.none(),
        st.builds(
            Staffing,
            texts,
            st.one_of(st.none(), st.integers(0, 99)),
            tiny_tuples(
                st.builds(StaffCount, texts, st.one_of(st.none(), st.integers(0, 99)), texts)
            ),
        ),
    ),
    competencies=tiny_tuples(st.builds(Competency, tiny_tuples(texts), texts, texts)),
    variants=small_tuples(variants),
    sops=small_tuples(sops),
    requirement_groups=tiny_tuples(groups),
    editorial_aliases=tiny_tuples(texts),
    readings=readings,
)
agencies = st.builds(
    Agency,
    code=codes,
    name=texts,
    regency=texts,
    contacts=small_tuples(st.builds(Contact, st.sampled_from(ContactKind), texts, texts)),
    other_addresses=small_tuples(st.builds(NamedText, texts, texts)),
    mission=small_tuples(texts),
    decree=st.one_of(st.none(), st.builds(Decree, texts, st.one_of(st.none(), dates), texts)),
    legal_basis=small_tuples(legal_refs),
    bare_day=st.sampled_from(DayReading),
    functions=small_tuples(texts),
    principles=small_tuples(texts),
    contents=small_tuples(st.builds(ContentsEntry, texts, texts, texts, texts, texts)),
)
