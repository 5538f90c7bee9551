#!/usr/bin/env python3
"""Generate a deterministic synthetic case graph for benchmarking casegraph.

Usage:
    python3 Benchmarks/generate.py S            # 10k nodes, 30k edges
    python3 Benchmarks/generate.py M --seed 1   # 100k nodes, 500k edges
    python3 Benchmarks/generate.py L            # 1M nodes, 5M edges
    python3 Benchmarks/generate.py --nodes 5000 --edges 20000 --out /tmp/g.json

The output is a casegraph file (graph/README.md): networkx node-link JSON, one
node or edge per line, written as a stream. By default it goes to
Benchmarks/data/<SIZE>-seed<SEED>.json, and the text of the ~50 synthetic
source documents to Benchmarks/data/<SIZE>-seed<SEED>-sources/doc-<i>.txt, so
that every quote occurs verbatim in its document (--no-documents skips the
texts; the JSON is the same either way). Each quote is a line of its document;
--paragraph K writes K to a line instead, as sentences of a paragraph, the way
most real sources quote (then no quote is a whole line).

The same seed and size give a byte-identical file: all randomness comes from
one random.Random(seed), and nothing depends on set or hash order.

What the graph looks like:
  * node types in case-file proportions: persons ~52%, events 35%,
    organisations 5%, places 3%, groups 3%, operations 2%, and up to ~200
    countries;
  * 13 edge types with type-sensible endpoints (person knows person, event
    located_in place, organisation carried_out event, event led_to event, ...);
  * heavy-tailed degrees: every node gets a Pareto-distributed weight (large
    for countries, operations, big organisations and a few "kingpin"
    persons), endpoints are drawn in proportion to it (Chung-Lu style);
  * dates on events and on most dated relations; led_to always runs from an
    earlier to a later (or same-day) event, and "chains" of led_to edges
    (tip -> surveillance -> raid -> arrest -> trial ...) give long directed
    traces;
  * realistic names from word lists, with diacritics, 0-3 aliases (ASCII
    folds, initials, nicknames), exact duplicates and near-duplicates;
  * every node and edge cites one quote (a sentence naming both endpoints)
    from one of ~50 documents doc-0 ... doc-49.
"""

import argparse
import bisect
import datetime
import json
import os
import sys
import time
import unicodedata

import names as W  # Benchmarks/names.py

SIZES = {
    "S": (10_000, 30_000),
    "M": (100_000, 500_000),
    "L": (1_000_000, 5_000_000),
}

N_DOCUMENTS = 50

# Share of the non-country nodes per type (persons take the rest).
TYPE_SHARES = [("event", 0.35), ("organisation", 0.05), ("place", 0.03),
               ("group", 0.03), ("operation", 0.02)]

# Pareto shape per node type: smaller = heavier tail = bigger hubs.
PARETO_ALPHA = {"country": 0.9, "organisation": 1.2, "operation": 1.1, "place": 1.4,
                "group": 2.0, "person": 2.2, "event": 2.5}

# Edge types of the random part of the graph: (type, weight, source types, target types),
# each list of types weighted.
EDGE_TYPES = [
    ("knows", 13, [("person", 1)], [("person", 1)]),
    ("communicated_with", 13, [("person", 1)], [("person", 8), ("organisation", 2)]),
    ("carried_out", 15, [("person", 5), ("organisation", 4), ("group", 1)],
     [("event", 85), ("operation", 15)]),
    ("paid", 6, [("person", 7), ("organisation", 3)], [("person", 7), ("organisation", 3)]),
    ("member_of", 6, [("person", 85), ("group", 15)], [("organisation", 7), ("group", 3)]),
    ("works_for", 5, [("person", 1)], [("organisation", 1)]),
    ("located_in", 7, [("event", 5), ("organisation", 2), ("operation", 1), ("group", 1),
                       ("person", 1)], [("place", 3), ("country", 1)]),
    ("led_to", 6, [("event", 1)], [("event", 1)]),
    ("arrested", 4, [("event", 1)], [("person", 1)]),
    ("tipped_off", 3, [("person", 4), ("organisation", 6)], [("organisation", 7), ("person", 3)]),
    ("rescued", 2, [("operation", 6), ("event", 4)], [("group", 6), ("person", 4)]),
    ("part_of", 7, [("event", 1)], [("operation", 1)]),
    ("nationality", 2, [("person", 9), ("group", 1)], [("country", 1)]),
]

DATED_EDGES = {"communicated_with", "paid", "tipped_off"}  # get their own random date
EVENT_DATED_EDGES = {"carried_out", "arrested", "rescued"}  # take the event's date

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

DATE_LO = datetime.date(2008, 1, 1).toordinal()
DATE_HI = datetime.date(2024, 12, 31).toordinal()

_FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae",
                       "Æ": "AE", "đ": "d", "Đ": "D", "ı": "i", "œ": "oe", "þ": "th"})


def fold(text):
    """Strip diacritics: 'Zoë Ivanović' -> 'Zoe Ivanovic' (non-Latin letters are kept)."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def slug(text):
    out, dash = [], False
    for ch in fold(text).lower():
        if "a" <= ch <= "z" or "0" <= ch <= "9":
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-") or "x"


class Weighted:
    """Draw items in proportion to integer weights: bisect over cumulative sums."""

    def __init__(self, items, weights):
        self.items = items
        self.cum = []
        total = 0
        for w in weights:
            total += w
            self.cum.append(total)
        self.total = total

    def __len__(self):
        return len(self.items)

    def draw(self, rng):
        return self.items[bisect.bisect_right(self.cum, int(rng.random() * self.total))]


class Generator:
    def __init__(self, n_nodes, n_edges, seed, name):
        self.n_nodes = n_nodes
        self.n_edges = n_edges
        self.seed = seed
        self.name = name
        self.rng = __import__("random").Random(seed)
        self.used_ids = set()
        # Per node, parallel lists (index = position in the file).
        self.ids, self.types, self.names = [], [], []
        self.home = []      # index of the place/country the node belongs to, or -1
        self.date = []      # ordinal date of an event (-1 when none)
        self.kind = []      # event kind / organisation kind / group kind ("" otherwise)
        self.weight = []
        self.by_type = {}   # type -> list of node indices
        self.counts = {}

    # ---------- helpers ----------

    def new_id(self, base):
        base = slug(base)
        candidate, k = base, 1
        while candidate in self.used_ids:
            k += 1
            candidate = f"{base}-{k}"
        self.used_ids.add(candidate)
        return candidate

    def pareto_weight(self, ntype, boost=1.0):
        w = self.rng.paretovariate(PARETO_ALPHA[ntype]) * boost
        return max(1, min(int(w * 100), 10**9))

    def add_node(self, ntype, name, home=-1, date=-1, kind="", boost=1.0, node_id=None):
        index = len(self.ids)
        self.ids.append(node_id or self.new_id(name))
        self.types.append(ntype)
        self.names.append(name)
        self.home.append(home)
        self.date.append(date)
        self.kind.append(kind)
        self.weight.append(self.pareto_weight(ntype, boost))
        self.by_type.setdefault(ntype, []).append(index)
        return index

    def random_date(self):
        return self.rng.randint(DATE_LO, DATE_HI)

    def iso(self, ordinal, precision):
        d = datetime.date.fromordinal(ordinal)
        if precision == "day":
            return d.isoformat()
        if precision == "month":
            return f"{d.year:04d}-{d.month:02d}"
        return f"{d.year:04d}"

    @staticmethod
    def human(iso):
        parts = iso.split("-")
        if len(parts) == 3:
            return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
        return parts[0]

    def pick(self, ntype):
        return self.samplers[ntype].draw(self.rng)

    def freeze(self, ntype):
        """Make nodes of a type drawable (by weight) once they all exist."""
        idx = self.by_type.get(ntype, [])
        self.samplers[ntype] = Weighted(idx, [self.weight[i] for i in idx])

    # ---------- nodes ----------

    def plan_counts(self):
        n = self.n_nodes
        n_countries = min(len(W.COUNTRIES), max(1, round(n * 0.02)))
        rest = n - n_countries
        counts = {"country": n_countries}
        for ntype, share in TYPE_SHARES:
            counts[ntype] = max(1, round(rest * share)) if rest >= 6 else 0
        counts["person"] = n - sum(counts.values())
        if counts["person"] < 0:
            raise SystemExit("too few nodes: need at least 7")
        self.counts = counts

    def make_countries(self):
        self.country_index = {}
        # Shuffle so that a small graph gets a random subset of countries.
        pool = list(W.COUNTRIES)
        self.rng.shuffle(pool)
        for name, aliases in pool[:self.counts["country"]]:
            i = self.add_node("country", name, kind="country")
            self.country_index[name] = i
            self.node_aliases[i] = list(aliases)

    def make_places(self):
        target = self.counts["place"]
        countries = self.by_type["country"]
        made = 0
        for city, country in W.CITIES:
            if made >= target:
                break
            home = self.country_index.get(country, -1)
            if home < 0:
                home = countries[self.rng.randrange(len(countries))]
            i = self.add_node("place", city, home=home, kind="city", boost=3.0)
            if fold(city) != city:
                self.node_aliases[i] = [fold(city)]
            made += 1
        while made < target:
            places = self.by_type["place"]
            r = self.rng.random()
            if r < 0.55 and places:
                base = places[self.rng.randrange(len(places))]
                if self.kind[base] not in ("city", "town"):
                    base = self.home[base] if self.home[base] >= 0 and self.types[self.home[base]] == "place" else base
                template = self.rng.choice(W.FACILITIES)
                name = template.format(self.names[base])
                name = name[0].upper() + name[1:]
                self.add_node("place", name, home=base, kind="facility")
            else:
                stem = self.rng.choice(W.PLACE_STEMS)
                if self.rng.random() < 0.6:
                    name = f"{self.rng.choice(W.PLACE_PREFIXES)} {stem}"
                else:
                    name = stem
                home = countries[self.rng.randrange(len(countries))]
                self.add_node("place", name, home=home, kind="town")
            made += 1

    def random_place(self):
        return self.pick("place") if self.counts["place"] else self.pick("country")

    def make_organisations(self):
        target = self.counts["organisation"]
        made = 0
        for name, aliases in W.BIG_ORGANISATIONS:
            if made >= min(target, max(1, target // 10)):
                break
            i = self.add_node("organisation", name, home=self.pick("country"), kind="agency",
                              boost=25.0)
            self.node_aliases[i] = list(aliases)
            made += 1
        rng = self.rng
        while made < target:
            template, kind = rng.choice(W.ORG_TEMPLATES)
            place = self.random_place()
            country = self.pick("country")
            home = country if "{country}" in template else place
            name = template.format(place=self.names[place], country=self.names[country],
                                   surname=rng.choice(W.LAST_NAMES),
                                   surname2=rng.choice(W.LAST_NAMES),
                                   word=rng.choice(W.ORG_WORDS), word2=rng.choice(W.ORG_WORDS))
            boost = 4.0 if kind in ("police", "customs", "prosecutor", "court") else 1.0
            i = self.add_node("organisation", name, home=home, kind=kind, boost=boost)
            aliases = []
            if rng.random() < 0.3:
                initials = "".join(w[0] for w in name.replace("&", " ").split() if w[0].isalpha())
                if len(initials) >= 2:
                    aliases.append(initials.upper())
            if fold(name) != name and rng.random() < 0.7:
                aliases.append(fold(name))
            if kind == "company" and rng.random() < 0.3:
                aliases.append(name + rng.choice([" B.V.", " Ltd", " GmbH", " S.A.", " Inc."]))
            self.node_aliases[i] = aliases
            made += 1

    def make_operations(self):
        rng = self.rng
        for _ in range(self.counts["operation"]):
            name = f"Operation {rng.choice(W.OPERATION_ADJECTIVES)} {rng.choice(W.OPERATION_NOUNS)}"
            start = self.random_date()
            i = self.add_node("operation", name, home=self.random_place(), date=start,
                              kind="operation")
            aliases = []
            if rng.random() < 0.4:
                aliases.append(name.split(" ", 1)[1])
            if rng.random() < 0.15:
                aliases.append("Op. " + name.split(" ", 1)[1])
            self.node_aliases[i] = aliases

    def make_groups(self):
        rng = self.rng
        for _ in range(self.counts["group"]):
            template, kind = rng.choice(W.GROUP_TEMPLATES)
            place = self.random_place()
            country = self.pick("country")
            home = country if "{country}" in template else place
            name = template.format(place=self.names[place], country=self.names[country],
                                   surname=rng.choice(W.LAST_NAMES), word=rng.choice(W.ORG_WORDS))
            name = name[0].upper() + name[1:]
            i = self.add_node("group", name, home=home, kind=kind)
            self.node_aliases[i] = []

    def person_name(self):
        rng = self.rng
        first = rng.choice(W.FIRST_NAMES)
        last = rng.choice(W.LAST_NAMES)
        if rng.random() < 0.12:
            middle = rng.choice(W.FIRST_NAMES)
            return f"{first} {fold(middle)[0]}. {last}", first, last
        return f"{first} {last}", first, last

    def near_duplicate(self, name):
        """A variant of an existing name: folded, a letter dropped or doubled, a middle initial."""
        rng = self.rng
        if fold(name) != name and rng.random() < 0.5:
            return fold(name)
        words = name.split(" ")
        w = rng.randrange(len(words))
        word = words[w]
        if len(word) > 3:
            k = rng.randrange(1, len(word) - 1)
            if rng.random() < 0.5:
                word = word[:k] + word[k + 1:]          # Jonh -> Jon
            else:
                word = word[:k] + word[k] + word[k:]    # Peters -> Petters
            words[w] = word
            return " ".join(words)
        return name + " Jr."

    def make_persons(self):
        rng = self.rng
        total = self.counts["person"]
        persons = []
        for _ in range(total):
            if persons and rng.random() < 0.03:
                src = persons[rng.randrange(len(persons))]
                name = self.near_duplicate(self.names[src])
                first, last = name.split(" ", 1)[0], name.rsplit(" ", 1)[-1]
            else:
                name, first, last = self.person_name()
            boost = 30.0 if rng.random() < 0.005 else 1.0   # kingpins
            i = self.add_node("person", name, kind="person", boost=boost)
            persons.append(i)
            aliases = []
            for _ in range(rng.choices((0, 1, 2, 3), weights=(45, 30, 17, 8))[0]):
                r = rng.random()
                if r < 0.30 and fold(name) != name:
                    alias = fold(name)
                elif r < 0.50:
                    alias = f"{fold(first)[0]}. {last}"
                elif r < 0.65:
                    alias = f"{last}, {first}"
                elif r < 0.85:
                    alias = f"“{rng.choice(W.NICKNAMES)}”" if rng.random() < 0.3 else rng.choice(W.NICKNAMES)
                else:
                    alias = self.near_duplicate(name)
                if alias != name and alias not in aliases:
                    aliases.append(alias)
            self.node_aliases[i] = aliases

    def make_events(self):
        rng = self.rng
        total = self.counts["event"]
        kinds = Weighted([k for k, _ in W.EVENT_KINDS], [w for _, w in W.EVENT_KINDS])
        # Chains first: increasing runs of CHAIN_KINDS with increasing dates.
        n_chains = max(1, total // 400) if total >= 8 else 0
        self.chains = []
        made = 0
        for _ in range(n_chains):
            length = min(rng.randint(4, 14), len(W.CHAIN_KINDS), total - made)
            if length < 2:
                break
            steps = sorted(rng.sample(range(len(W.CHAIN_KINDS)), length))
            day = rng.randint(DATE_LO, DATE_HI - 30 * length)
            place = self.random_place()
            chain = []
            for step in steps:
                if rng.random() < 0.3:
                    place = self.random_place()
                chain.append(self.make_event(W.CHAIN_KINDS[step], place, day, "day"))
                day += rng.randint(0, 30)
            self.chains.append(chain)
            made += length
        while made < total:
            r = rng.random()
            precision = "day" if r < 0.7 else "month" if r < 0.9 else "year" if r < 0.98 else None
            self.make_event(kinds.draw(rng), self.random_place(), self.random_date(), precision)
            made += 1

    def make_event(self, kind, place, day, precision):
        prep = {"tip": "about", "phone call": "to", "money transfer": "to",
                "border crossing": "at", "transport": "to", "extradition": "from"}.get(kind, "in")
        name = f"{kind[0].upper()}{kind[1:]} {prep} {self.names[place]}"
        n = len(self.by_type.get("event", ()))
        i = self.add_node("event", name, home=place, date=day if precision else -1, kind=kind,
                          node_id=self.new_id(f"{kind}-{n + 1}"))
        self.event_precision[i] = precision
        self.node_aliases[i] = []
        return i

    # ---------- node JSON ----------

    def node_record(self, i):
        rng = self.rng
        ntype, name = self.types[i], self.names[i]
        props = {}
        if ntype == "person":
            if rng.random() < 0.4:
                props["birth_year"] = rng.randint(1950, 2006)
            if rng.random() < 0.3:
                props["status"] = rng.choice(["suspect", "victim", "witness", "convicted"])
            if rng.random() < 0.1:
                props["role"] = rng.choice(W.ROLES)
            if "birth_year" in props:
                quote = f"{name}, born in {props['birth_year']}, is named in the file."
            elif "status" in props:
                quote = f"The file lists {name} as a {props['status']}."
            else:
                quote = f"Investigators identified {name}."
        elif ntype == "event":
            precision = self.event_precision[i]
            if precision:
                props["date"] = self.iso(self.date[i], precision)
            if self.kind[i] in ("seizure", "arrest", "rescue") and rng.random() < 0.5:
                props["count"] = rng.randint(1, 60)
            if rng.random() < 0.02:
                props["status"] = rng.choice(["ongoing", "planned"])
            when = f" on {self.human(props['date'])}" if "date" in props else ""
            quote = f"The file records the {name[0].lower()}{name[1:]}{when}."
            if len(props.get("date", "")) != 10:
                quote = quote.replace(" on ", " in ", 1)
        elif ntype == "organisation":
            props["kind"] = self.kind[i]
            if rng.random() < 0.2:
                props["founded"] = rng.randint(1900, 2020)
            quote = f"{name} is a {self.kind[i]} named in the case."
        elif ntype == "operation":
            props["start_date"] = self.iso(self.date[i], "month")
            if rng.random() < 0.3:
                props["status"] = "ongoing"
            quote = f"{name} started in {self.human(props['start_date'])}."
        elif ntype == "group":
            props["kind"] = self.kind[i]
            if rng.random() < 0.5:
                props["count"] = rng.randint(2, 400)
                quote = f"There were {props['count']} people among the {name[0].lower()}{name[1:]}."
            else:
                quote = f"The file mentions the {name[0].lower()}{name[1:]}."
        elif ntype == "place":
            props["kind"] = self.kind[i]
            quote = f"{name} is mentioned in the case."
        else:  # country
            quote = f"The case involves {name}."
        doc = self.docs.draw(rng)
        self.emit_quote(doc, quote)
        rec = {"id": self.ids[i], "type": ntype, "name": name, "aliases": self.node_aliases.get(i, []),
               "properties": props, "sources": [{"document": f"doc-{doc}", "quote": quote}]}
        return rec

    # ---------- edges ----------

    def edge_quote(self, etype, a, b, props):
        A, B = self.names[a], self.names[b]
        rng = self.rng
        when = ""
        if "date" in props:
            d = props["date"]
            when = f" on {self.human(d)}" if len(d) == 10 else f" in {self.human(d)}"
        if etype == "knows":
            if "relation" in props:
                return f"{A} is a {props['relation']} of {B}."
            return rng.choice(("{A} knows {B}.", "{A} and {B} have known each other for years.",
                               "{A} has met {B} several times.")).format(A=A, B=B)
        if etype == "communicated_with":
            return rng.choice(("{A} called {B}{w}.", "{A} sent messages to {B}{w}.",
                               "{A} emailed {B}{w}.")).format(A=A, B=B, w=when)
        if etype == "paid":
            return f"{A} paid {B} {props['amount_eur']} euros{when}."
        if etype == "member_of":
            return f"{A} is a member of {B}."
        if etype == "works_for":
            if "role" in props:
                return f"{A} works for {B} as a {props['role']}."
            return f"{A} works for {B}."
        if etype == "located_in":
            if self.types[a] == "event":
                return f"The {A[0].lower()}{A[1:]} took place in {B}."
            if self.types[a] == "person":
                return f"{A} lives in {B}."
            return f"{A} is located in {B}."
        if etype == "nationality":
            if self.types[a] == "group":
                return f"The {A[0].lower()}{A[1:]} are citizens of {B}."
            return f"{A} is a citizen of {B}."
        if etype == "carried_out":
            return f"{A} took part in the {B[0].lower()}{B[1:]}{when}."
        if etype == "led_to":
            return f"The {A[0].lower()}{A[1:]} led to the {B[0].lower()}{B[1:]}."
        if etype == "arrested":
            return f"{B} was arrested during the {A[0].lower()}{A[1:]}{when}."
        if etype == "tipped_off":
            return f"{A} tipped off {B}{when}."
        if etype == "rescued":
            return f"{B} were freed during the {A[0].lower()}{A[1:]}{when}." if self.types[b] == "group" \
                else f"{B} was rescued during the {A[0].lower()}{A[1:]}{when}."
        if etype == "part_of":
            return f"The {A[0].lower()}{A[1:]} was part of {B}."
        return f"{A} {etype.replace('_', ' ')} {B}."

    def edge_props(self, etype, a, b):
        rng = self.rng
        props = {}
        if etype in EVENT_DATED_EDGES:
            ev = b if etype == "carried_out" else a
            if self.types[ev] == "event" and self.event_precision.get(ev):
                props["date"] = self.iso(self.date[ev], self.event_precision[ev])
        elif etype in DATED_EDGES:
            r = rng.random()
            props["date"] = self.iso(self.random_date(), "day" if r < 0.8 else "month" if r < 0.95 else "year")
        if etype == "paid":
            props["amount_eur"] = rng.choice((50, 100, 250, 500, 1000, 2500, 5000)) * rng.randint(1, 20)
        elif etype == "knows" and rng.random() < 0.15:
            props["relation"] = rng.choice(W.RELATIONS)
        elif etype in ("works_for", "member_of") and rng.random() < 0.25:
            props["role"] = rng.choice(W.ROLES)
        elif etype == "member_of" and rng.random() < 0.2:
            props["start_date"] = self.iso(self.random_date(), "year")
        return props

    def edge_record(self, etype, a, b):
        props = self.edge_props(etype, a, b)
        quote = self.edge_quote(etype, a, b, props)
        doc = self.docs.draw(self.rng)
        self.emit_quote(doc, quote)
        self.n_written_edges += 1
        return {"id": f"e-{self.n_written_edges}", "source": self.ids[a], "target": self.ids[b],
                "type": etype, "properties": props,
                "sources": [{"document": f"doc-{doc}", "quote": quote}]}

    def structural_edges(self, budget):
        """Backbone: places in their country, events at their place, people's nationality,
        organisations at home, events part of operations; then the led_to chains."""
        rng = self.rng
        prob = {"place": 1.0, "event": 0.8, "organisation": 0.7, "operation": 0.8,
                "group": 0.5, "person": 0.6}
        expected = sum(len(self.by_type.get(t, ())) * p for t, p in prob.items())
        chain_edges = sum(2 * len(c) for c in self.chains)
        scale = min(1.0, 0.6 * budget / max(1.0, expected + chain_edges))
        has_country = bool(self.by_type.get("country"))
        for i in range(len(self.ids)):
            t = self.types[i]
            if t == "country" or rng.random() >= prob[t] * scale:
                continue
            if t == "person":
                if has_country:
                    yield "nationality", i, self.pick("country")
            elif t == "group":
                h = self.home[i]
                if h >= 0 and self.types[h] == "country":
                    yield "nationality", i, h
                elif h >= 0:
                    yield "located_in", i, h
            elif self.home[i] >= 0:
                yield "located_in", i, self.home[i]
        if scale < 1.0:
            return
        for chain in self.chains:
            operation = self.pick("operation") if self.counts["operation"] else -1
            actor = self.pick("organisation") if self.counts["organisation"] else -1
            if actor >= 0:
                yield "carried_out", actor, chain[0]
            for a, b in zip(chain, chain[1:]):
                yield "led_to", a, b
            for ev in chain:
                if operation >= 0 and rng.random() < 0.5:
                    yield "part_of", ev, operation
                if self.kind[ev] == "arrest" and self.counts["person"]:
                    yield "arrested", ev, self.pick("person")
                elif self.kind[ev] == "rescue" and self.counts["group"]:
                    yield "rescued", ev, self.pick("group")

    def random_edge(self, etype_sampler):
        rng = self.rng
        for _ in range(100):
            etype, src_types, dst_types = etype_sampler.draw(rng)
            st, dt = src_types.draw(rng), dst_types.draw(rng)
            if not self.counts.get(st) or not self.counts.get(dt):
                continue
            a = self.pick(st)
            b = self.pick(dt)
            if a == b:
                continue
            if etype == "led_to":
                da, db = self.date[a], self.date[b]
                if da < 0 or db < 0:
                    continue
                if da > db:
                    a, b = b, a
            return etype, a, b
        raise SystemExit("could not draw an edge: the graph is too small")

    # ---------- documents ----------

    def setup_documents(self, docs_dir):
        rng = self.rng
        self.documents = []
        for d in range(N_DOCUMENTS):
            kind = rng.choice(W.DOC_KINDS)
            title = f"{kind} {d + 1}: {self.name}"
            date = None if rng.random() < 0.2 else self.iso(self.random_date(), "day")
            self.documents.append({"id": f"doc-{d}", "title": title,
                                   "publisher": rng.choice(W.PUBLISHERS), "language": "en",
                                   "date": date,
                                   "path": f"{os.path.basename(docs_dir)}/doc-{d}.txt"})
        # Zipf-like: a few long reports cite most facts.
        self.docs = Weighted(list(range(N_DOCUMENTS)), [max(1, 1000 // (d + 1)) + 20 for d in range(N_DOCUMENTS)])
        self.doc_files = None
        self.doc_bytes = 0

    def open_documents(self, docs_dir, write):
        if not write:
            return
        os.makedirs(docs_dir, exist_ok=True)
        self.doc_files = []
        for doc in self.documents:
            f = open(os.path.join(docs_dir, os.path.basename(doc["path"])), "w", encoding="utf-8",
                     newline="\n", buffering=1 << 16)
            f.write(doc["title"] + "\n\n")
            self.doc_files.append(f)
        self.doc_sentences = [0] * len(self.documents)

    def emit_quote(self, doc, quote):
        if self.doc_files is not None:
            # `paragraph` sentences a line: the quotes are then sentences inside lines, as in
            # most real sources, not whole lines.
            self.doc_sentences[doc] += 1
            end = "\n" if self.doc_sentences[doc] % self.paragraph == 0 else " "
            self.doc_files[doc].write(quote + end)

    # ---------- main ----------

    def run(self, out_path, docs_dir, write_docs, paragraph=1):
        self.paragraph = paragraph
        self.node_aliases = {}
        self.event_precision = {}
        self.plan_counts()
        self.setup_documents(docs_dir)
        self.samplers = {}
        for ntype, make in (("country", self.make_countries), ("place", self.make_places),
                            ("organisation", self.make_organisations),
                            ("operation", self.make_operations), ("group", self.make_groups),
                            ("person", self.make_persons), ("event", self.make_events)):
            make()
            self.freeze(ntype)
        assert len(self.ids) == self.n_nodes, (len(self.ids), self.n_nodes)

        edge_sampler = Weighted(
            [(name, Weighted([t for t, _ in src], [w for _, w in src]),
              Weighted([t for t, _ in dst], [w for _, w in dst])) for name, _, src, dst in EDGE_TYPES],
            [w for _, w, _, _ in EDGE_TYPES])

        enc = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)
        encode = enc.encode
        self.open_documents(docs_dir, write_docs)
        self.n_written_edges = 0
        self.edge_type_counts = {}
        tmp = out_path + ".tmp"
        with open(tmp, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as out:
            meta = {"name": self.name,
                    "description": (f"Synthetic case graph for benchmarks: {self.n_nodes} nodes, "
                                    f"{self.n_edges} edges, seed {self.seed} "
                                    "(generated by Benchmarks/generate.py)."),
                    "documents": self.documents}
            out.write('{"directed":true,"multigraph":true,"graph":' + encode(meta) + ',\n"nodes":[\n')
            for i in range(len(self.ids)):
                out.write(("," if i else "") + encode(self.node_record(i)) + "\n")
            out.write('],\n"edges":[\n')
            first = True
            for etype, a, b in self.structural_edges(self.n_edges):
                if self.n_written_edges >= self.n_edges:
                    break
                out.write(("" if first else ",") + encode(self.edge_record(etype, a, b)) + "\n")
                first = False
                self.edge_type_counts[etype] = self.edge_type_counts.get(etype, 0) + 1
            while self.n_written_edges < self.n_edges:
                etype, a, b = self.random_edge(edge_sampler)
                out.write(("" if first else ",") + encode(self.edge_record(etype, a, b)) + "\n")
                first = False
                self.edge_type_counts[etype] = self.edge_type_counts.get(etype, 0) + 1
            out.write("]}\n")
        os.replace(tmp, out_path)
        if self.doc_files is not None:
            for f in self.doc_files:
                self.doc_bytes += f.tell()
                f.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("size", nargs="?", choices=sorted(SIZES), help="S, M or L")
    ap.add_argument("--nodes", type=int, help="custom node count (with --edges)")
    ap.add_argument("--edges", type=int, help="custom edge count (with --nodes)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", help="output file (default Benchmarks/data/<SIZE>-seed<SEED>.json)")
    ap.add_argument("--no-documents", action="store_true",
                    help="do not write the source document texts (the JSON is unchanged)")
    ap.add_argument("--paragraph", type=int, default=1, metavar="K",
                    help="write K quotes to a line of each document, as sentences of a paragraph "
                         "(default 1: every quote is a whole line; the JSON is unchanged)")
    args = ap.parse_args()
    if args.paragraph < 1:
        ap.error("--paragraph needs a positive count")
    if args.nodes or args.edges:
        if not (args.nodes and args.edges):
            ap.error("--nodes and --edges go together")
        n_nodes, n_edges = args.nodes, args.edges
        label = args.size or f"N{n_nodes}-E{n_edges}"
    elif args.size:
        n_nodes, n_edges = SIZES[args.size]
        label = args.size
    else:
        ap.error("give a SIZE or --nodes and --edges")
    if n_nodes < 7 or n_edges < 1:
        ap.error("need at least 7 nodes and 1 edge")
    out = args.out or os.path.join(os.path.dirname(os.path.abspath(__file__)), "data",
                                   f"{label}-seed{args.seed}.json")
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    stem = os.path.splitext(os.path.basename(out))[0]
    docs_dir = os.path.join(os.path.dirname(os.path.abspath(out)), f"{stem}-sources")

    t0 = time.perf_counter()
    gen = Generator(n_nodes, n_edges, args.seed, f"Synthetic case {label} seed {args.seed}")
    gen.run(out, docs_dir, not args.no_documents, args.paragraph)
    elapsed = time.perf_counter() - t0
    size = os.path.getsize(out)
    print(f"wrote {out}")
    print(f"  nodes {len(gen.ids):,}: " + ", ".join(f"{t} {len(gen.by_type.get(t, ())):,}" for t in
          ("person", "event", "organisation", "place", "group", "operation", "country")))
    print(f"  edges {gen.n_written_edges:,}: " + ", ".join(
        f"{t} {c:,}" for t, c in sorted(gen.edge_type_counts.items(), key=lambda kv: (-kv[1], kv[0]))))
    print(f"  led_to chains {len(gen.chains)}, documents {N_DOCUMENTS}")
    print(f"  size {size / 1e6:.1f} MB" + (f", document texts {gen.doc_bytes / 1e6:.1f} MB in {docs_dir}"
                                           if not args.no_documents else ""))
    print(f"  time {elapsed:.1f} s")


if __name__ == "__main__":
    sys.exit(main())
