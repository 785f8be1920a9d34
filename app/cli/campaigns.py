"""``anakgenius campaigns …`` and the ``--campaign``/``--card`` export options.

app/cli.py only hooks these in (``add_parser``, ``add_look_options``, ``apply_look_options``,
``run``), so the campaign commands live here.
"""

from __future__ import annotations

import argparse
import json
import sys

from app.campaigns.model import Campaign
from app.campaigns.packs import (
    active_campaign_id,
    clear_official_song,
    get_campaign,
    import_pack,
    list_packs,
    remove_pack,
    set_active_campaign,
    set_official_song,
)
from app.errors import UserError
from app.project.choices import CardMode, values
from app.project.edit import Edit

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def add_look_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--campaign", metavar="ID",
                   help="the campaign pack to use (default: the active one; see 'anakgenius campaigns list')")
    p.add_argument("--card", choices=values(CardMode),
                   help="the campaign card: a lower-third over the whole video, or an end card at its end")


def apply_look_options(args: argparse.Namespace, edit: Edit) -> None:
    campaign = getattr(args, "campaign", None)
    if campaign:
        edit.campaign = get_campaign(campaign).id  # a broken or unknown pack stops here, in one line
    elif not getattr(args, "project", None):
        edit.campaign = active_campaign_id()
    if getattr(args, "card", None):
        edit.card = CardMode(args.card)


def add_parser(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("campaigns", help="list, import or choose campaign packs",
                       description="Campaign packs: a folder or .zip with a campaign.toml, its song, font and logo.")
    actions = c.add_subparsers(dest="action", metavar="ACTION", parser_class=type(c))
    ls = actions.add_parser("list", help="show the built-in and installed campaigns (broken ones with the reason)")
    ls.add_argument("--json", action="store_true", help="as JSON")
    imp = actions.add_parser("import", help="install a campaign pack from a .zip (or a folder)")
    imp.add_argument("pack", metavar="FILE.zip")
    imp.add_argument("--replace", action="store_true", help="replace an installed campaign with the same id")
    rm = actions.add_parser("remove", help="uninstall a campaign pack")
    rm.add_argument("id")
    use = actions.add_parser("use", help="make a campaign the active one (the default for new videos)")
    use.add_argument("id")
    song = actions.add_parser("song", help="use the official song file for a campaign (remembered)")
    song.add_argument("id")
    which = song.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", help="the official recording (copied into the app's data folder)")
    which.add_argument("--clear", action="store_true", help="go back to the pack's own song")


def _dates(c: Campaign) -> str:
    if c.starts and c.ends:
        return f"{c.starts.isoformat()}..{c.ends.isoformat()}"
    one = c.starts or c.ends
    return one.isoformat() if one else "-"


def _describe(c: Campaign) -> dict:
    return {
        "id": c.id, "name_id": c.name_id, "name_en": c.name_en, "hashtag": c.hashtag,
        "caption": c.caption, "starts": c.starts.isoformat() if c.starts else None,
        "ends": c.ends.isoformat() if c.ends else None, "max_seconds": c.max_seconds,
        "song": c.song.title if c.song else None, "official_song": bool(c.song and c.song.official),
        "card": c.card is not None, "builtin": c.builtin, "folder": str(c.folder),
    }


def cmd_list(args: argparse.Namespace) -> int:
    active = active_campaign_id()
    packs = list_packs()
    if args.json:
        rows = [dict(_describe(p.campaign), ok=True, active=p.id == active) if p.campaign else
                {"id": p.id, "ok": False, "error": str(p.error), "builtin": p.builtin, "folder": str(p.folder)}
                for p in packs]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    for p in packs:
        if p.campaign is None:
            print(f"{p.id}  BROKEN: {p.error}")
            continue
        c = p.campaign
        tags = ["built-in" if c.builtin else "installed"] + (["active"] if c.id == active else [])
        if c.song and c.song.official:
            tags.append("official song")
        print(f"{c.id}  {c.hashtag}  {c.name_en}  {_dates(c)}  max {c.max_seconds:g} s  ({', '.join(tags)})")
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Run ``anakgenius campaigns ACTION``; a refused pack is one line on stderr and exit 2."""
    try:
        if args.action in (None, "list"):
            if args.action is None:
                args.json = False
            return cmd_list(args)
        if args.action == "import":
            c = import_pack(args.pack, replace=args.replace)
            print(f"installed {c.id}: {c.name_en} ({c.hashtag})")
        elif args.action == "remove":
            remove_pack(args.id)
            print(f"removed {args.id}")
        elif args.action == "use":
            c = set_active_campaign(args.id)
            print(f"active campaign: {c.id} ({c.hashtag})")
        elif args.action == "song":
            if args.clear:
                get_campaign(args.id)
                clear_official_song(args.id)
                print(f"{args.id}: back to the pack's own song")
            else:
                c = set_official_song(args.id, args.file)
                print(f"{c.id}: the official song is now {c.song.path.name if c.song else '-'}")
        return EXIT_OK
    except UserError as exc:
        print(f"anakgenius: {' '.join(str(exc).split())}", file=sys.stderr)
        return EXIT_BAD_INPUT
