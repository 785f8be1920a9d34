"""HDR phone clips (HLG, which iPhones record by default, or PQ) in the colours every platform plays."""

from __future__ import annotations

from app.media.probe import MediaInfo


def to_sdr(media: MediaInfo) -> str:
    """Filters that tone-map an HDR clip (HLG or PQ) to the BT.709 SDR every platform plays, else "".

    Without them a phone's HDR clip comes out grey and washed out. The frame's colour tags are set
    from the probe first (zscale needs them), highlights are rolled off with mobius, and the
    result is tagged BT.709. Run on the framed picture, not the (larger) source.
    """
    if not media.is_hdr:
        return ""
    primaries = media.color_primaries if media.color_primaries not in ("", "unknown") else "bt2020"
    matrix = media.color_matrix if media.color_matrix not in ("", "unknown") else "bt2020nc"
    return (
        f",setparams=color_primaries={primaries}:color_trc={media.color_transfer}:colorspace={matrix},"
        "zscale=t=linear:npl=100,format=gbrpf32le,zscale=p=709,tonemap=tonemap=mobius:desat=0,"
        "zscale=t=709:m=709:r=tv,format=yuv420p"
    )
