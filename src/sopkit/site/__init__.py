"""The agency's public website: a static site of its standar pelayanan and SOPs."""

from sopkit.site._build import SiteReport, build_site

__all__ = ["SiteReport", "build_site"]
