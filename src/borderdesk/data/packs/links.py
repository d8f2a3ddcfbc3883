"""Tell which side declared each stored link: a quote's, event's or topic's ``concerns``, or a
segment's ``topics``/``events`` (the build stores both as one ``concerns`` link)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import inspect

from borderdesk.data.models import ItemLink

_CONCERNS_ORDER = {"quote": 0, "event": 1, "topic": 2}  # the order the build writes them in


def _kind(link_end: object) -> str:
    return str(inspect(link_end).mapper.polymorphic_identity)


def split_links(
    links: Sequence[ItemLink],
) -> tuple[dict[int, list[str]], dict[int, dict[str, list[str]]]]:
    """Return (concerns by origin item id, {segment id: {"topic": [...], "event": [...]}}).

    The build writes every ``concerns`` link first (quotes, events, topics in their order),
    then each segment's topics and events, skipping a link already written. So the longest
    run of links in that first order is the ``concerns``; the rest came from segments. A
    rebuild from this split writes the same links in the same positions.
    """
    concerns: dict[int, list[str]] = defaultdict(list)
    segments: dict[int, dict[str, list[str]]] = defaultdict(lambda: {"topic": [], "event": []})
    last = (-1, -1)
    in_concerns = True
    for link in sorted(links, key=lambda link: link.position):
        origin, target = link.origin, link.target
        origin_kind, target_kind = _kind(origin), _kind(target)
        order = (_CONCERNS_ORDER.get(origin_kind, -1), origin.position)
        if in_concerns and (order[0] < 0 or order < last):
            in_concerns = False
        from_segment = target_kind == "border" and origin_kind in ("topic", "event")
        if in_concerns or not from_segment:
            concerns[origin.id].append(f"{target_kind}:{target.key}")
            last = max(last, order)
        else:
            segments[target.id][origin_kind].append(origin.key)
    return concerns, segments
