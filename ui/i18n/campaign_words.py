"""A campaign in the window's language: its dates with the month names, and its name (a pack
gives both Indonesian and English). Used by the header chip, the chooser and Preferences."""

from __future__ import annotations

from app.campaigns.model import Campaign
from app.render.cards import MONTHS_EN, MONTHS_ID, date_range


def dates(campaign: Campaign) -> str:
    """The campaign's dates with month names in the window's language."""
    from ui.i18n.language import language

    return date_range(campaign.starts, campaign.ends, MONTHS_ID if language().current == "id" else MONTHS_EN)


def display_name(campaign: Campaign) -> str:
    """The campaign's name in the window's language (a pack gives it in Indonesian and English)."""
    from ui.i18n.language import language

    first, second = ((campaign.name_id, campaign.name_en) if language().current == "id"
                     else (campaign.name_en, campaign.name_id))
    return first or second or campaign.hashtag
