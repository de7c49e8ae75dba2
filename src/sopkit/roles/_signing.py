"""Signing authority as data: who signs a product, under which conditions."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from sopkit._errors import NotFoundError, SopkitError
from sopkit._i18n import Text
from sopkit.asn._education import EducationLevel
from sopkit.asn._golongan import Golongan


class AmbiguousSignerError(SopkitError):
    """More than one signing rule matches the facts given."""


@attrs.frozen
class SigningCondition:
    """When a signing rule applies: ranges of target golongan and education, and variants."""

    golongan_from: str = ""
    golongan_to: str = ""
    education_from: str = ""
    education_to: str = ""
    variants: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        for text in (self.golongan_from, self.golongan_to):
            if text:
                Golongan.parse(text)
        for text in (self.education_from, self.education_to):
            if text:
                EducationLevel(text)

    def needs(self) -> tuple[str, ...]:
        """Return the facts this condition reads: 'golongan', 'education', 'variant'."""
        out = []
        if self.golongan_from or self.golongan_to:
            out.append("golongan")
        if self.education_from or self.education_to:
            out.append("education")
        if self.variants:
            out.append("variant")
        return tuple(out)

    def matches(
        self,
        golongan: Golongan | None = None,
        education: EducationLevel | None = None,
        variant: str | None = None,
    ) -> bool:
        """Return whether the facts fall within this condition; a needed fact that is missing fails."""
        if "golongan" in self.needs():
            if golongan is None:
                return False
            low = Golongan.parse(self.golongan_from) if self.golongan_from else min(Golongan)
            high = Golongan.parse(self.golongan_to) if self.golongan_to else max(Golongan)
            if not low <= golongan <= high:
                return False
        if "education" in self.needs():
            if education is None:
                return False
            low_rank = EducationLevel(self.education_from).rank if self.education_from else -1
            high_rank = EducationLevel(self.education_to).rank if self.education_to else 10**6
            if not low_rank <= education.rank <= high_rank:
                return False
        return not self.variants or variant in self.variants


@attrs.frozen
class SigningRule:
    """One line of signing authority: the signer (a role) of a product, when a condition holds."""

    signer: str
    product: str = ""
    services: tuple[str, ...] = ()
    when: SigningCondition = attrs.field(factory=SigningCondition)
    source: str = ""
    agency: str = ""

    def applies_to(self, service: str) -> bool:
        """Return whether this rule covers a service slug (no services listed: every service)."""
        return not self.services or service in self.services


def signer_for(
    rules: Iterable[SigningRule],
    service: str,
    *,
    golongan: Golongan | str | None = None,
    education: EducationLevel | str | None = None,
    variant: str | None = None,
) -> SigningRule:
    """Return the one signing rule of a service that matches the facts; raise when none or several do."""
    gol = Golongan.parse(golongan) if isinstance(golongan, str) else golongan
    edu = EducationLevel(education) if isinstance(education, str) else education
    candidates = [r for r in rules if r.applies_to(service)]
    matching = [r for r in candidates if r.when.matches(gol, edu, variant)]
    if len(matching) == 1:
        return matching[0]
    facts = ", ".join(
        f"{k}={v}" for k, v in (("golongan", gol), ("education", edu), ("variant", variant)) if v
    ) or Text("no facts")
    if not matching:
        needs = sorted({n for r in candidates for n in r.when.needs()})
        hint = Text("; these rules read: {names}", names=", ".join(needs)) if needs else ""
        raise NotFoundError(
            Text(
                "no signing rule for service {service} with {facts}{hint}",
                service=repr(service),
                facts=facts,
                hint=hint,
            )
        )
    signers = ", ".join(r.signer for r in matching)
    raise AmbiguousSignerError(
        Text(
            "several signing rules match service {service} with {facts}: {signers}",
            service=repr(service),
            facts=facts,
            signers=signers,
        )
    )
