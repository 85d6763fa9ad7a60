"""The benchmark data: a large, realistic delegation store, seeded and reproducible.

``build_bundle(sizes, seed)`` makes the records (50 events, 2,000 agenda items
each with a full position, 100,000 notes of realistic length in English with
some Vietnamese, Thai and Khmer, stances, action items, outcomes) as an
``ImportBundle``; ``write_store`` loads them into a new store through the app's
bulk import (Core ``executemany``, search index rebuilt once).  The same seed
gives the same bundle, record for record.

    python -m benchmarks.generate --out /tmp/large.adgsom [--size full|small|tiny] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
import time as _time
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from adgsom_desktop.domain.enums import (
    ActionStatus,
    Authority,
    MeetingFormat,
    MeetingKind,
    NoteKind,
    OutcomeVerb,
    PositionStatus,
    Purpose,
    Stance,
)
from adgsom_desktop.services.import_records import (
    ActionIn,
    EventIn,
    ImportBundle,
    ItemIn,
    MeetingIn,
    NoteIn,
    OutcomeIn,
    PositionIn,
    StanceIn,
)
from adgsom_desktop.services.position_records import (
    DefensiveLineRec,
    PositionContent,
    TheirObjectiveRec,
)

from . import textbank as tb

GENERATOR_VERSION = 1  # bump when the bundle for a given seed changes
DEFAULT_SEED = 20260112


@dataclass(frozen=True)
class Sizes:
    name: str
    events: int
    meetings_per_event: int
    items: int
    notes: int
    actions: int
    stances_per_item: int = 4

    @property
    def meetings(self) -> int:
        return self.events * self.meetings_per_event


SIZES = {
    "full": Sizes(
        "full", events=50, meetings_per_event=5, items=2_000, notes=100_000, actions=5_000
    ),
    "small": Sizes("small", events=10, meetings_per_event=4, items=200, notes=10_000, actions=500),
    "tiny": Sizes("tiny", events=2, meetings_per_event=2, items=16, notes=300, actions=20),
}

_STANCES = (
    Stance.SUPPORT,
    Stance.SUPPORT,
    Stance.SUPPORT_WITH_AMENDMENTS,
    Stance.NEUTRAL,
    Stance.RESERVE,
    Stance.OPPOSE,
)
_NOTE_KINDS = (
    (NoteKind.INTERVENTION, 70),
    (NoteKind.PROPOSAL, 8),
    (NoteKind.DECISION, 7),
    (NoteKind.ACTION, 5),
    (NoteKind.REMARK, 10),
)
_MEETING_SHAPES = (
    (MeetingKind.SOM, "ADGSOM", "ASEAN Digital Senior Officials' Meeting"),
    (MeetingKind.MINISTERS, "ADGMIN", "ASEAN Digital Ministers' Meeting"),
    (MeetingKind.DIALOGUE_PARTNER, "ADGSOM+", "ADGSOM+{P} Consultation"),
    (MeetingKind.JWG, "JWG", "Joint Working Group with {P}"),
    (MeetingKind.GOVERNING_COUNCIL, "GC", "Governing Council of the ASEAN-{P} Digital Fund"),
    (MeetingKind.WORKING_GROUP, "WG-DDG", "Working Group on Digital Data Governance"),
    (MeetingKind.REGULATORS, "ATRC", "ASEAN Telecommunication Regulators' Council"),
)


class _Text:
    """Fills sentence templates with delegations, topics, numbers, months and cities."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def fill(self, template: str, topic: str | None = None) -> str:
        r = self.r
        d, d2 = r.sample((*tb.MEMBER_STATES, "ASEC", *tb.PARTNERS[:6]), 2)
        return template.format(
            D=d,
            D2=d2,
            T=topic or r.choice(tb.TOPICS),
            T2=r.choice(tb.TOPICS),
            N=r.randint(2, 12),
            M=r.choice(tb.MONTHS),
            C=r.choice(tb.CITIES),
            V=r.choice(tb.VI_TOPICS),
            H=r.choice(tb.TH_TOPICS),
        )

    def pick(self, bank: tuple[str, ...], topic: str) -> str:
        return self.fill(self.r.choice(bank), topic)

    def several(self, bank: tuple[str, ...], topic: str, lo: int, hi: int) -> tuple[str, ...]:
        n = self.r.randint(lo, hi)
        return tuple(self.fill(t, topic) for t in self.r.sample(bank, min(n, len(bank))))

    def note(self, topic: str) -> str:
        """1-6 sentences (median ~250 characters); ~10 % in or with a local language."""
        r = self.r
        roll = r.random()
        bank: tuple[str, ...]
        if roll < 0.05:
            bank, joiner = tb.VI_SENTENCES, " "
        elif roll < 0.08:
            bank, joiner = tb.TH_SENTENCES, " "
        elif roll < 0.10:
            bank, joiner = tb.KM_SENTENCES, " "
        else:
            bank, joiner = tb.EN_SENTENCES, " "
        n = min(len(bank), max(1, int(r.expovariate(1 / 2.2)) + 1), 6)
        text = joiner.join(self.fill(s, topic) for s in r.sample(bank, n))
        if bank is not tb.EN_SENTENCES and r.random() < 0.5:  # an aide's gloss in English
            text += " " + self.fill(r.choice(tb.EN_SENTENCES), topic)
        return text


def _weighted_kind(r: random.Random) -> NoteKind:
    roll = r.randrange(100)
    for kind, weight in _NOTE_KINDS:
        if roll < weight:
            return kind
        roll -= weight
    return NoteKind.INTERVENTION


def build_bundle(sizes: Sizes, seed: int = DEFAULT_SEED) -> ImportBundle:
    """The whole dataset as records (deterministic for a given seed and size)."""
    r = random.Random(f"{seed}-{sizes.name}-{GENERATOR_VERSION}")
    text = _Text(r)
    events: list[EventIn] = []
    meetings: list[MeetingIn] = []
    items: list[ItemIn] = []
    positions: list[PositionIn] = []
    stances: list[StanceIn] = []
    notes: list[NoteIn] = []
    actions: list[ActionIn] = []
    outcomes: list[OutcomeIn] = []

    start = date(2020, 1, 13)
    span_days = 6 * 365
    meeting_key = item_key = 0
    per_meeting_items = _spread(sizes.items, sizes.meetings)
    topic_of: dict[int, str] = {}
    meeting_items: dict[int, list[int]] = {}
    meeting_day: dict[int, date] = {}
    for e in range(sizes.events):
        ev_start = start + timedelta(days=span_days * e // max(1, sizes.events))
        city = r.choice(tb.CITIES)
        country = tb.COUNTRY_OF[city]
        seq = e // 2 + 1
        title = (
            f"{_ordinal(seq)} ADGMIN and related meetings, {city}"
            if e % 2 == 0
            else f"Intersessional digital meetings {ev_start.year}, {city}"
        )
        events.append(
            EventIn(
                key=e + 1,
                title=title,
                short_title=f"{_ordinal(seq)} ADGMIN"
                if e % 2 == 0
                else f"Intersessional {ev_start:%b %Y}",
                city=city,
                country=country,
                host_code=tb.HOST_CODE[country],
                start_date=ev_start,
                end_date=ev_start + timedelta(days=sizes.meetings_per_event - 1),
                timezone="Asia/Bangkok",
                steering_brief=text.pick(tb.OBJECTIVES, r.choice(tb.TOPICS))
                + "\n\n- "
                + "\n- ".join(text.several(tb.POINTS, r.choice(tb.TOPICS), 3, 5)),
                logistics=f"Delegation office at the conference hotel, {city}. "
                "Badges from the registration desk from 08:00.",
            )
        )
        for m in range(sizes.meetings_per_event):
            meeting_key += 1
            kind, series, name = _MEETING_SHAPES[(e + m) % len(_MEETING_SHAPES)]
            partner = r.choice(tb.PARTNERS) if "{P}" in name else ""
            day = ev_start + timedelta(days=m)
            meeting_day[meeting_key] = day
            meetings.append(
                MeetingIn(
                    key=meeting_key,
                    event_key=e + 1,
                    kind=kind,
                    title=f"{_ordinal(seq)} " + name.format(P=partner),
                    short_title=f"{_ordinal(seq)} {series}{partner}",
                    series=series + partner,
                    sequence_no=seq,
                    partner_code=partner,
                    date=day,
                    start_time=time(9, 0),
                    end_time=time(17, 30),
                    venue=f"Plenary hall, National Convention Centre, {city}",
                    chair=r.choice(tb.MEMBER_STATES),
                    format=MeetingFormat.PLENARY if m % 3 else MeetingFormat.CLOSED,
                    ord=m,
                )
            )
            keys: list[int] = []
            n_items = per_meeting_items[meeting_key - 1]
            parent: int | None = None
            top = sub = 0
            for k in range(n_items):
                item_key += 1
                if k < 2 or k == n_items - 1 or parent is None or r.random() < 0.6:
                    top += 1
                    sub = 0
                    fixed = k < 2 or k == n_items - 1
                    title = (
                        tb.FIXED_ITEMS[k if k < 2 else 2]
                        if fixed
                        else text.pick(tb.ITEM_TITLES, r.choice(tb.TOPICS))
                    )
                    this_parent, order = None, top
                    parent = item_key
                else:
                    sub += 1
                    title = text.pick(tb.ITEM_TITLES, r.choice(tb.TOPICS))
                    this_parent, order = parent, sub
                topic = r.choice(tb.TOPICS)
                topic_of[item_key] = topic
                keys.append(item_key)
                items.append(
                    ItemIn(
                        key=item_key,
                        meeting_key=meeting_key,
                        title=title,
                        parent_key=this_parent,
                        ord=order,
                        purpose=r.choice(tuple(Purpose)),
                        lead_code=r.choice((*tb.MEMBER_STATES, "ASEC")),
                        est_minutes=r.choice((10, 15, 20, 30, 45)),
                        description=text.pick(tb.BACKGROUND, topic),
                        tags=(f"DO{r.randint(1, 8)}",),
                    )
                )
                positions.append(_position(text, r, item_key, topic, day))
                for code in r.sample(tb.MEMBER_STATES, sizes.stances_per_item):
                    observed = r.choice(_STANCES) if r.random() < 0.6 else Stance.UNKNOWN
                    stances.append(
                        StanceIn(
                            item_key=item_key,
                            delegation_code=code,
                            expected=r.choice(_STANCES),
                            expected_note=text.pick(tb.THEIR_OBJECTIVES, topic),
                            observed=observed,
                            observed_note=""
                            if observed is Stance.UNKNOWN
                            else text.pick(tb.EN_SENTENCES, topic),
                            observed_at=None
                            if observed is Stance.UNKNOWN
                            else datetime.combine(day, time(11, 0)),
                        )
                    )
                if r.random() < 0.8:
                    outcomes.append(
                        OutcomeIn(
                            item_key=item_key,
                            verb=r.choice(tuple(OutcomeVerb)),
                            text=text.pick(tb.OUTCOMES, topic),
                            recorded_at=datetime.combine(day, time(16, 0)),
                        )
                    )
            meeting_items[meeting_key] = keys
    per_meeting_notes = _spread(sizes.notes, sizes.meetings)
    note_key = 0
    for mk in range(1, sizes.meetings + 1):
        keys = meeting_items.get(mk, [])
        moment = datetime.combine(meeting_day[mk], time(9, 0))
        for _ in range(per_meeting_notes[mk - 1]):
            note_key += 1
            item = keys[min(len(keys) - 1, int(r.random() * len(keys)))] if keys else None
            moment += timedelta(seconds=r.randint(15, 90))
            speaker = r.choice((*tb.MEMBER_STATES, "ASEC", *tb.PARTNERS[:4]))
            notes.append(
                NoteIn(
                    key=note_key,
                    meeting_key=mk,
                    text=text.note(topic_of[item] if item else r.choice(tb.TOPICS)),
                    taken_at=moment,
                    item_key=item,
                    speaker_code=speaker,
                    kind=_weighted_kind(r),
                    observed_stance=r.choice(_STANCES) if r.random() < 0.15 else None,
                )
            )
    for _ in range(sizes.actions):
        mk = r.randint(1, sizes.meetings)
        keys = meeting_items.get(mk, [])
        item = r.choice(keys) if keys else None
        status = r.choice(
            (ActionStatus.OPEN, ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE)
        )
        actions.append(
            ActionIn(
                text=text.pick(tb.ACTIONS, topic_of[item] if item else r.choice(tb.TOPICS)),
                owner_code=r.choice(("TH", "TH", "ASEC", *tb.MEMBER_STATES)),
                owner_agency=r.choice(tb.AGENCIES),
                due_date=meeting_day[mk] + timedelta(days=r.randint(7, 120)),
                status=status,
                meeting_key=mk,
                item_key=item,
                note_key=r.randint(1, note_key) if note_key and r.random() < 0.3 else None,
            )
        )
    return ImportBundle(
        tuple(events),
        tuple(meetings),
        tuple(items),
        tuple(positions),
        tuple(stances),
        tuple(notes),
        tuple(actions),
        tuple(outcomes),
    )


def _position(text: _Text, r: random.Random, key: int, topic: str, day: date) -> PositionIn:
    d1, d2 = r.sample(tb.MEMBER_STATES + tb.PARTNERS[:4], 2)
    content = PositionContent(
        objective=text.pick(tb.OBJECTIVES, topic),
        stance=r.choice(_STANCES),
        opening=text.pick(tb.OPENINGS, topic),
        fallbacks=text.several(tb.FALLBACKS, topic, 2, 3),
        red_line=text.pick(tb.RED_LINES, topic),
        authority=r.choice(tuple(Authority)),
        points=text.several(tb.POINTS, topic, 3, 6),
        tactical=text.pick(tb.TACTICAL, topic),
        their_objectives=tuple(
            TheirObjectiveRec(
                code, text.pick(tb.THEIR_OBJECTIVES, topic), text.pick(tb.RESPONSES, topic)
            )
            for code in (d1, d2)
        ),
        defensive_lines=tuple(
            DefensiveLineRec(q, text.pick(tb.ANSWERS, topic))
            for q in text.several(tb.QUESTIONS, topic, 2, 3)
        ),
        press_line=text.pick(tb.PRESS_LINES, topic),
        background_releasable=text.pick(tb.BACKGROUND, topic),
        background_nfd=text.pick(tb.BACKGROUND_NFD, topic),
    )
    status = r.choice((PositionStatus.DRAFT, PositionStatus.FOR_REVIEW, PositionStatus.APPROVED))
    return PositionIn(
        item_key=key,
        content=content,
        status=status,
        saved_by="desk officer",
        saved_at=datetime.combine(day - timedelta(days=r.randint(3, 30)), time(18, 0)),
    )


def _spread(total: int, buckets: int) -> list[int]:
    base, extra = divmod(total, max(1, buckets))
    return [base + (1 if i < extra else 0) for i in range(buckets)]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def write_store(path: Path, sizes: Sizes, seed: int = DEFAULT_SEED) -> Path:
    """Create a store at ``path`` (must not exist) holding the generated data."""
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.services.store_setup import create_store

    bundle = build_bundle(sizes, seed)
    store = create_store(path, our_delegation_code="TH", title=f"Benchmark store ({sizes.name})")
    services = Services.for_store(store, actor="benchmark")
    try:
        services.imports.import_bundle(bundle, backup_first=False)
    finally:
        services.close()
    return path


def cached_store(folder: Path, sizes: Sizes, seed: int = DEFAULT_SEED) -> tuple[Path, float | None]:
    """The generated store for (sizes, seed), written once and reused (a pristine copy).

    Returns the path and how long writing it took (None when an earlier run wrote it and
    did not record the time).
    """
    folder.mkdir(parents=True, exist_ok=True)
    from adgsom_desktop.storage.migrate import HEAD_REVISION

    # One store per schema: a store opened by a newer app is migrated in place, and the
    # app before that migration would then refuse it (alternated runs of two versions).
    schema = HEAD_REVISION.split("_", 1)[0]
    path = folder / f"bench-{sizes.name}-{seed}-v{GENERATOR_VERSION}-s{schema}.adgsom"
    timing = path.with_name(path.name + ".seconds")
    if not path.exists():
        tmp = folder / f".{path.name}.building"
        for leftover in folder.glob(f".{path.name}.building*"):
            leftover.unlink()
        started = _time.perf_counter()
        write_store(tmp, sizes, seed)
        seconds = _time.perf_counter() - started
        tmp.replace(path)
        Path(str(tmp) + ".lock").unlink(missing_ok=True)
        timing.write_text(f"{seconds:.3f}\n", encoding="ascii")
    try:
        return path, float(timing.read_text(encoding="ascii"))
    except (OSError, ValueError):
        return path, None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="the store to create")
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    if args.out.exists():
        print(f"error: {args.out} exists; choose a new file name", file=sys.stderr)
        return 2
    started = _time.perf_counter()
    write_store(args.out, SIZES[args.size], args.seed)
    print(
        f"wrote {args.out} ({args.size}, seed {args.seed}) in {_time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
