"""A generated test set of revisions with known answers, for paragraph alignment.

Each case is a draft (statements, plans, reports: preambular and operative
paragraphs built from the phrases ASEAN texts share, so paragraphs look alike
the way real ones do; some in Thai; some plans as table rows) and its next
revision made by the edits the Secretariat makes: renumbering, moves, splits,
merges, rewording (light and heavy), brackets added and lifted, paragraphs
deleted and new ones inserted.  Every paragraph carries an id, so the truth —
which old paragraph(s) each new one comes from — is known.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

SUBJECTS = [
    "The Ministers", "The Meeting", "ADGSOM", "ASEAN Member States", "The ASEAN Secretariat",
    "The Working Group on Digital Data Governance", "The ASEAN Regional CERT",
    "The Working Group on Anti-Online Scam", "Dialogue Partners", "The ADGSOM Chair",
    "The Telecommunications Regulators' Council", "The Working Group on AI Governance",
]  # fmt: skip
VERBS = [
    "welcomed", "noted", "endorsed", "adopted", "tasked ADGSOM to implement", "encouraged",
    "agreed to pursue", "looked forward to", "expressed appreciation for", "commended",
    "acknowledged", "supported", "reaffirmed the importance of", "called for",
]  # fmt: skip
OBJECTS = [
    "the completion of the ASEAN Digital Masterplan 2025",
    "the ASEAN Framework on Digital Data Governance",
    "the cross-border data flows certification pilot",
    "capacity building programmes on cybersecurity for regulators",
    "the Rapid Takedown and Information-Sharing Protocol",
    "the ASEAN Guide on AI Governance and Ethics",
    "the Expanded Guide on Generative AI",
    "the ASEAN Digital Talent Initiative",
    "the regional survey on youth digital skills",
    "the ASEAN Model Contractual Clauses and their Implementation Guide",
    "the ASEAN Single Window for digital trade documents",
    "the Digital Economy Framework Agreement negotiations",
    "the ASEAN Network Security Action Council",
    "cooperation on submarine cable resilience",
    "the harmonisation of spectrum policy for 5G and 6G",
    "the ASEAN-Japan Cybersecurity Capacity Building Centre",
    "the digital inclusion programme for persons with disabilities",
    "the review of the ICT Fund guidelines",
    "the ASEAN Data Management Framework",
    "joint exercises of national CERTs",
    "the post-quantum cryptography readiness study",
    "the regional guidelines on online child protection",
    "the digital public infrastructure roadmap",
    "the green data centre standards",
    "the monitoring and evaluation framework of the ADM 2026-2030",
    "the ASEAN Digital Index",
    "the interoperability of digital identity systems",
    "the anti-scam public awareness campaign",
    "the ASEAN-Korea digital innovation flagship",
    "the ITU regional office's assistance on emergency telecommunications",
]  # fmt: skip
QUALIFIERS = [
    "to strengthen regional resilience against online scams",
    "in line with the ADM 2026-2030", "with the support of Dialogue Partners",
    "by the 7th ADGSOM", "subject to available resources", "as a matter of priority",
    "in close coordination with the relevant sectoral bodies",
    "taking into account the different levels of development of Member States",
    "through the ASEAN Digital Ministers' Meeting", "for the benefit of micro, small and medium enterprises",
    "to narrow the digital divide", "with the participation of the private sector",
    "in accordance with national laws and regulations", "on a voluntary basis",
    "to promote trusted cross-border data flows", "with a report to the next Meeting",
]  # fmt: skip
SECOND = [
    "This will build on the work completed under the previous plan.",
    "The Meeting requested the Secretariat to circulate a progress report.",
    "Member States were invited to nominate focal points before the end of the year.",
    "Funding will be sought from the ASEAN Digital Fund and partners.",
    "A workshop will be held in the first half of the year.",
    "The lead shepherds will report on implementation annually.",
    "Progress will be reviewed at the mid-term of the plan.",
    "The results will be shared with the ASEAN Economic Community Council.",
]  # fmt: skip
PREAMBLE = [
    "Recalling", "Noting with appreciation", "Recognising", "Welcoming", "Reaffirming",
    "Mindful of", "Acknowledging", "Bearing in mind",
]  # fmt: skip
PLACES = ["Bangkok", "Hà Nội", "Singapore", "Manila", "Jakarta", "Phnom Penh", "Vientiane"]
THAI = [
    "ที่ประชุมรับทราบความคืบหน้าของแผนแม่บทดิจิทัลอาเซียน",
    "รัฐมนตรียินดีต่อการรับรองพิธีสารว่าด้วยการปิดกั้นเนื้อหาอย่างรวดเร็ว",
    "ประเทศสมาชิกอาเซียนสนับสนุนการพัฒนาทักษะดิจิทัลของเยาวชน",
    "สำนักเลขาธิการอาเซียนจะจัดทำรายงานความก้าวหน้าเสนอต่อที่ประชุมครั้งต่อไป",
    "ที่ประชุมเห็นชอบกรอบการกำกับดูแลข้อมูลดิจิทัลของอาเซียน",
    "การส่งเสริมความร่วมมือด้านความมั่นคงปลอดภัยไซเบอร์ในภูมิภาค",
    "โดยคำนึงถึงระดับการพัฒนาที่แตกต่างกันของประเทศสมาชิก",
    "ด้วยการสนับสนุนจากคู่เจรจาและภาคเอกชน",
    "เพื่อลดความเหลื่อมล้ำทางดิจิทัลในภูมิภาค",
    "ภายในการประชุมเจ้าหน้าที่อาวุโสครั้งที่เจ็ด",
    "การพัฒนาโครงสร้างพื้นฐานดิจิทัลสาธารณะ",
    "การคุ้มครองเด็กในโลกออนไลน์",
    "การแลกเปลี่ยนข้อมูลเพื่อป้องกันการหลอกลวงทางออนไลน์",
    "การประเมินผลกลางแผนและการรายงานประจำปี",
    "ที่ประชุมมอบหมายให้คณะทำงานจัดทำแนวทางการกำกับดูแลปัญญาประดิษฐ์",
    "รัฐมนตรีเน้นย้ำความสำคัญของการเชื่อมโยงระบบพิสูจน์และยืนยันตัวตนทางดิจิทัล",
    "ประเทศไทยเสนอให้จัดตั้งกองทุนเฉพาะสำหรับการดำเนินงานตามแผน",
    "ที่ประชุมขอบคุณญี่ปุ่นสำหรับการสนับสนุนศูนย์พัฒนาขีดความสามารถด้านไซเบอร์",
    "การศึกษาความพร้อมด้านการเข้ารหัสที่ทนทานต่อควอนตัม",
    "มาตรฐานศูนย์ข้อมูลที่เป็นมิตรต่อสิ่งแวดล้อม",
    "ความยืดหยุ่นของเคเบิลใต้น้ำและโครงข่ายระหว่างประเทศ",
    "การประสานนโยบายคลื่นความถี่สำหรับห้าจีและหกจี",
    "ดัชนีดิจิทัลอาเซียนและการติดตามผล",
    "การเสริมสร้างศักยภาพของผู้ประกอบการขนาดกลางและขนาดย่อม",
]  # fmt: skip
SYNONYMS = {
    "welcomed": "appreciated", "noted": "took note of", "strengthen": "enhance",
    "Member States": "AMS", "support": "assistance", "programmes": "activities",
    "report": "update", "review": "assessment", "priority": "matter of urgency",
    "encouraged": "urged", "cooperation": "collaboration", "regional": "ASEAN-wide",
    "Meeting": "ADGSOM", "annually": "every year", "workshop": "seminar",
    "circulate": "share", "results": "findings", "reviewed": "assessed",
}  # fmt: skip


@dataclass
class Para:
    pid: int
    kind: str  # "pp", "op", "h", "row"
    sentences: list[str]
    origins: tuple[int, ...] = ()

    @property
    def text(self) -> str:
        return " ".join(self.sentences)


@dataclass
class Case:
    name: str
    old: list[tuple[str, str]]
    new: list[tuple[str, str]]
    truth: list[tuple[int, ...]]  # per new paragraph, indices into old
    edits: list[str] = field(default_factory=list)


class _Gen:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.next_id = 0

    def pid(self) -> int:
        self.next_id += 1
        return self.next_id

    def op_sentence(self) -> str:
        r = self.rng
        s = f"{r.choice(SUBJECTS)} {r.choice(VERBS)} {r.choice(OBJECTS)}"
        if r.random() < 0.8:
            s += f" {r.choice(QUALIFIERS)}"
        if r.random() < 0.4:
            s += f" and {r.choice(OBJECTS)}"
        return s + "."

    def para(self, kind: str, thai: bool = False) -> Para:
        r = self.rng
        if thai:
            n = r.randint(1, 3)
            return Para(self.pid(), kind, [" ".join(r.sample(THAI, n)) + " "])
        if kind == "pp":
            return Para(
                self.pid(),
                kind,
                [
                    f"{r.choice(PREAMBLE)} {r.choice(OBJECTS)} adopted at the "
                    f"{r.randint(1, 6)}th ADGMIN in {r.choice(PLACES)} in {r.randint(2018, 2025)}"
                    f"{' ' + r.choice(QUALIFIERS) if r.random() < 0.5 else ''},"
                ],
            )
        if kind == "row":
            ea = f"EA {r.randint(1, 8)}.{r.randint(1, 9)}"
            return Para(
                self.pid(),
                kind,
                [
                    f"{ea} | Implement {r.choice(OBJECTS)} {r.choice(QUALIFIERS)} | "
                    f"{r.choice(['ASEC', 'SG', 'TH, MY', 'VN, PH', 'ID'])} | "
                    f"{r.choice(['2026', '2026-2027', '2027-2028', '2026-2030'])}"
                ],
            )
        if kind == "h":
            return Para(self.pid(), kind, [r.choice(OBJECTS).removeprefix("the ").upper()])
        sentences = [self.op_sentence()]
        for _ in range(r.choice([0, 0, 1, 1, 2])):
            sentences.append(r.choice(SECOND) if r.random() < 0.5 else self.op_sentence())
        return Para(self.pid(), kind, sentences)

    def document(self, size: int, style: str) -> list[Para]:
        r = self.rng
        thai = style == "thai"
        if style == "plan":
            out = [self.para("h")]
            for _ in range(size):
                if r.random() < 0.1:
                    out.append(self.para("h"))
                out.append(self.para("row"))
            return out
        out = [self.para("pp", thai) for _ in range(r.randint(2, 6))] if not thai else []
        for _ in range(size):
            if r.random() < 0.08:
                out.append(self.para("h"))
            out.append(self.para("op", thai))
        return out


def _numbers(paras: list[Para], style: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pp = op = 0
    for p in paras:
        if p.kind == "pp":
            pp += 1
            out.append((f"PP{pp}" if style == "ppop" else "", p.text))
        elif p.kind == "op":
            op += 1
            out.append((f"OP{op}" if style == "ppop" else str(op), p.text))
        else:
            out.append(("", p.text))
    return out


def _reword_light(g: _Gen, p: Para) -> list[str]:
    r = g.rng
    out = list(p.sentences)
    k = r.randrange(len(out))
    s = out[k]
    choice = r.random()
    keys = [w for w in SYNONYMS if w in s]
    if keys and choice < 0.4:
        w = r.choice(keys)
        s = s.replace(w, SYNONYMS[w], 1)
    elif choice < 0.6:
        s = s.rstrip(".,") + f" {r.choice(QUALIFIERS)}" + s[-1]
    elif choice < 0.8:
        words = s.split()
        if len(words) > 6:
            a = r.randrange(2, len(words) - 3)
            words[a] = f"[TH: {words[a]}"
            words[a + 1] = f"{words[a + 1]}]"
            s = " ".join(words)
    else:
        words = s.split()
        if len(words) > 8:
            del words[r.randrange(2, len(words) - 2)]
            s = " ".join(words)
    out[k] = s
    return out


def _reword_heavy(g: _Gen, p: Para) -> list[str]:
    r = g.rng
    out = []
    for s in p.sentences:
        for w, syn in SYNONYMS.items():
            if w in s and r.random() < 0.7:
                s = s.replace(w, syn)
        words = s.split()
        # drop about a quarter of the words, add a qualifier
        keep = [w for w in words if r.random() > 0.25] or words[:3]
        out.append(" ".join(keep) + f" {r.choice(QUALIFIERS)}.")
    return out


def revise(g: _Gen, doc: list[Para], edits: int) -> tuple[list[Para], list[str]]:
    """The next revision: each paragraph keeps its origins (ids of the old ones)."""
    r = g.rng
    cur = [Para(p.pid, p.kind, list(p.sentences), (p.pid,)) for p in doc]
    log: list[str] = []
    for _ in range(edits):
        op = r.choices(
            ["light", "heavy", "move", "split", "merge", "delete", "insert", "bracket"],
            weights=[30, 8, 10, 10, 8, 6, 10, 8],
        )[0]
        body = [k for k, p in enumerate(cur) if p.kind in ("op", "row", "pp")]
        if not body:
            break
        k = r.choice(body)
        p = cur[k]
        if op == "light":
            p.sentences = _reword_light(g, p)
        elif op == "heavy":
            p.sentences = _reword_heavy(g, p)
        elif op == "bracket":
            p.sentences = [s.replace("[TH: ", "").replace("]", "") for s in p.sentences]
            p.sentences = _reword_light(g, p)
        elif op == "move":
            cur.pop(k)
            cur.insert(r.randrange(len(cur) + 1), p)
        elif op == "split" and len(p.sentences) >= 2 and len(p.origins) == 1:
            cut = r.randrange(1, len(p.sentences))
            a = Para(g.pid(), p.kind, p.sentences[:cut], p.origins)
            b = Para(g.pid(), p.kind, p.sentences[cut:], p.origins)
            if r.random() < 0.4:  # split and reworded
                a.sentences = _reword_light(g, a)
            cur[k : k + 1] = [a, b]
        elif op == "split" and p.kind == "op" and len(p.origins) == 1 and " and " in p.text:
            head, tail = p.text.split(" and ", 1)
            subject = " ".join(head.split()[:2])
            a = Para(g.pid(), p.kind, [head + "."], p.origins)
            b = Para(g.pid(), p.kind, [f"{subject} also welcomed {tail}"], p.origins)
            cur[k : k + 1] = [a, b]
        elif op == "merge" and k + 1 < len(cur) and cur[k + 1].kind == p.kind:
            q = cur[k + 1]
            merged = Para(
                g.pid(),
                p.kind,
                p.sentences + q.sentences,
                tuple(sorted(set(p.origins) | set(q.origins))),
            )
            cur[k : k + 2] = [merged]
        elif op == "delete":
            cur.pop(k)
        elif op == "insert":
            thai = any(ord(c) > 0x0E00 for c in p.text)
            cur.insert(r.randrange(len(cur) + 1), g.para(p.kind, thai))
        else:
            continue
        log.append(op)
    return cur, log


def make_cases(seed: int = 19, count: int = 12, churn: float = 0.4) -> list[Case]:
    """``count`` pairs of revisions; ``churn``: edits per paragraph of the draft."""
    rng = random.Random(seed)
    g = _Gen(rng)
    styles = ["ppop", "num", "plan", "num", "thai", "ppop"]
    cases: list[Case] = []
    for n in range(count):
        style = styles[n % len(styles)]
        doc = g.document(rng.randint(22, 40), style)
        new, log = revise(g, doc, max(4, round(len(doc) * churn * rng.uniform(0.7, 1.3))))
        pos = {p.pid: i for i, p in enumerate(doc)}
        numbering = "ppop" if style == "ppop" else "num"
        cases.append(
            Case(
                name=f"{style}-{n}",
                old=_numbers(doc, numbering),
                new=_numbers(new, numbering),
                truth=[tuple(sorted(pos[o] for o in p.origins if o in pos)) for p in new],
                edits=log,
            )
        )
    return cases


@dataclass
class Score:
    total: int = 0
    right: int = 0
    pairs: int = 0  # new paragraphs that come from an old one
    pairs_right: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [count, right]

    def add(self, kind: str, good: bool) -> None:
        entry = self.by_kind.setdefault(kind, [0, 0])
        entry[0] += 1
        entry[1] += int(good)

    @property
    def share(self) -> float:
        return self.pairs_right / self.pairs if self.pairs else 1.0


def _truth_moved(truth: list[tuple[int, ...]]) -> set[int]:
    from adgsom_desktop.services.negotiation.align import moved_flags

    return {j for j, m in enumerate(moved_flags(truth)) if m}


def score(cases: list[Case], aligner: object) -> Score:
    """How many new paragraphs got exactly their true origins, overall and per kind of edit."""
    result = Score()
    for c in cases:
        got = aligner(c.old, c.new).origins  # type: ignore[operator]
        moved = _truth_moved(c.truth)
        shared: dict[int, int] = {}
        for t in c.truth:
            for i in t:
                shared[i] = shared.get(i, 0) + 1
        for j, truth in enumerate(c.truth):
            good = tuple(got[j]) == tuple(truth)
            result.total += 1
            result.right += good
            if not truth:
                result.add("new", good)
                continue
            result.pairs += 1
            result.pairs_right += good
            if len(truth) > 1:
                result.add("merged", good)
            elif shared[truth[0]] > 1:
                result.add("split", good)
            elif c.old[truth[0]][1] != c.new[j][1]:
                result.add("reworded", good)
            elif c.old[truth[0]][0] != c.new[j][0]:
                result.add("renumbered", good)
            else:
                result.add("unchanged", good)
            if j in moved:
                result.add("moved", good)
    return result
