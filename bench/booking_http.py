"""Concurrent booking over HTTP: 20 clients walk the whole booking flow and confirm the same slot
at the same instant, against gunicorn with production settings on PostgreSQL.

    .venv/bin/python bench/booking_http.py [--clients 20] [--rounds 5] [--no-prepare]

Each client has its own session and its own address (``X-Real-IP``, as nginx would set it, so the
per-address limit of 10 bookings an hour applies per person, not to the whole benchmark). Per round:
every client walks the steps (topic, sportello, slot, details) to the summary page, waits at a
barrier, then all press "Conferma" together. Expected: exactly ``capacity`` confirmations, everyone
else the "già preso" page (HTTP 409) with alternatives, no other answer, and in the database exactly
``capacity`` confirmed appointments in the slot. Rounds use capacity-1 slots, then capacity-2 ones.
"""

import argparse
import json
import re
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import requests
from common import Gunicorn, manage, prepare_site

CSRF_RE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

DISCOVER = r"""
import json
from django.utils import timezone
from booking import slots
from booking.models import Sportello
from core.models import Municipality
from core.topics import TOPICS

now = timezone.now()
municipality = Municipality.objects.order_by("pk").first()
found = {1: [], 2: []}
for sportello in Sportello.objects.filter(active=True).prefetch_related("openings__event__rule"):
    openings = list(sportello.openings.all())
    for topic in TOPICS:
        if any(opening.serves(topic.slug) for opening in openings):
            break
    else:
        continue
    for slot in slots.compute_slots([sportello], now, topic=topic.slug)[sportello.pk]:
        if slot.taken == 0 and slot.capacity in found:
            found[slot.capacity].append(
                {
                    "sportello": sportello.slug,
                    "topic": topic.slug,
                    "slot": slot.key,
                    "capacity": slot.capacity,
                }
            )
print(json.dumps({"municipality": municipality.pk, "slots": found}))
"""

COUNT = r"""
import json
from booking import slots
from booking.models import Appointment
out = {}
for key in %r:
    out[key] = Appointment.objects.filter(status="confirmed", start=slots.parse_key(key)).count()
print(json.dumps(out))
"""


class Client:
    def __init__(self, base, address):
        self.base = base
        self.session = requests.Session()
        self.session.headers["X-Real-IP"] = address
        self.token = None

    def get(self, path):
        response = self.session.get(self.base + path, allow_redirects=False, timeout=30)
        match = CSRF_RE.search(response.text)
        if match:
            self.token = match.group(1)
        return response

    def post(self, path, data):
        data = {"csrfmiddlewaretoken": self.token, **data}
        headers = {"Referer": self.base + path}
        return self.session.post(
            self.base + path, data=data, headers=headers, allow_redirects=False, timeout=30
        )

    def step(self, path, data, expect):
        self.get(path)
        response = self.post(path, data)
        location = response.headers.get("Location", "")
        if response.status_code != 302 or not location.endswith(expect):
            raise RuntimeError(f"{path}: {response.status_code} → {location or '(no redirect)'}")


def walk(client, target, municipality, number):
    """The steps up to the summary page; returns the seconds it took."""
    started = time.perf_counter()
    client.step("/prenota/", {"topic": target["topic"]}, "/prenota/dove/")
    client.step("/prenota/dove/", {"sportello": target["sportello"]}, "/prenota/quando/")
    client.step("/prenota/quando/", {"slot": target["slot"]}, "/prenota/dati/")
    details = {
        "name": f"Persona Prova {number}",
        "phone": f"333 000 {number:04d}",
        "email": f"prova{number}@example.org",
        "municipality": str(municipality),
        "note": "",
        "website": "",
    }
    client.step("/prenota/dati/", details, "/prenota/riepilogo/")
    client.get("/prenota/riepilogo/")
    return time.perf_counter() - started


def confirm(client):
    started = time.perf_counter()
    response = client.post("/prenota/riepilogo/", {})
    elapsed = time.perf_counter() - started
    location = response.headers.get("Location", "")
    if response.status_code == 302 and location.endswith("/prenota/fatto/"):
        done = client.get("/prenota/fatto/")
        outcome = "booked" if done.status_code == 200 and "data-reference" in done.text else "error"
    elif response.status_code == 409 and "preso" in response.text:
        outcome = "taken"
    else:
        outcome = "error"
    return outcome, elapsed, response.status_code


def run_round(base, target, municipality, clients, round_number):
    barrier = threading.Barrier(clients)

    def one(number):
        client = Client(base, f"10.{round_number}.{number // 250}.{number % 250 + 1}")
        try:
            walked = walk(client, target, municipality, round_number * 100 + number)
        except Exception as error:  # noqa: BLE001 - reported as an error of the benchmark
            barrier.abort()
            return "error", 0.0, repr(error), 0.0
        try:
            barrier.wait(timeout=120)
        except threading.BrokenBarrierError:
            return "error", 0.0, "barrier broken", walked
        outcome, elapsed, status = confirm(client)
        return outcome, elapsed, status, walked

    with ThreadPoolExecutor(max_workers=clients) as pool:
        return list(pool.map(one, range(clients)))


def p95(values):
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=5, help="rounds on capacity-1 slots")
    parser.add_argument("--rounds-capacity-2", type=int, default=3)
    parser.add_argument("--no-prepare", action="store_true")
    args = parser.parse_args()
    if not args.no_prepare:
        prepare_site()
    found = json.loads(manage("shell", "-c", DISCOVER, capture=True).strip().splitlines()[-1])
    plan = found["slots"]["1"][: args.rounds] + found["slots"]["2"][: args.rounds_capacity_2]
    if not plan:
        raise SystemExit("no free slot found in the demo content")

    rows, confirm_times, walk_times, failures = [], [], [], []
    with Gunicorn(workers=5) as server:
        for number, target in enumerate(plan, start=1):
            results = run_round(server.url, target, found["municipality"], args.clients, number)
            outcomes = [r[0] for r in results]
            confirm_times += [r[1] for r in results if r[0] != "error"]
            walk_times += [r[3] for r in results if r[3]]
            failures += [r[2] for r in results if r[0] == "error"]
            counts = [outcomes.count(kind) for kind in ("booked", "taken", "error")]
            rows.append((number, target, *counts))
            print(
                f"round {number}: {target['sportello']} {target['slot']} capacity {target['capacity']}: "
                f"{outcomes.count('booked')} booked, {outcomes.count('taken')} già preso, "
                f"{outcomes.count('error')} errors",
                flush=True,
            )

    keys = [target["slot"] for target in plan]
    stored = json.loads(manage("shell", "-c", COUNT % keys, capture=True).strip().splitlines()[-1])
    print()
    print(
        "| round | sportello | capacity | clients | booked | già preso (409) | errors "
        "| confirmed in the database |"
    )
    print("|---|---|---|---|---|---|---|---|")
    problems = 0
    for number, target, booked, taken, errors in rows:
        in_db = stored.get(target["slot"], 0)
        ok = booked == target["capacity"] == in_db and errors == 0 and booked + taken == args.clients
        problems += not ok
        print(
            f"| {number} | {target['sportello']} | {target['capacity']} | {args.clients} | {booked} "
            f"| {taken} | {errors} | {in_db}{'' if ok else ' **wrong**'} |"
        )
    print()
    print(
        f"Confirm (the POST that books), all rounds: p50 {statistics.median(confirm_times) * 1000:.0f} ms, "
        f"p95 {p95(confirm_times) * 1000:.0f} ms, max {max(confirm_times) * 1000:.0f} ms "
        f"({len(confirm_times)} requests, {args.clients} at once)."
    )
    print(
        "Whole flow before confirming (9 requests per client): "
        f"p50 {statistics.median(walk_times) * 1000:.0f} ms, p95 {p95(walk_times) * 1000:.0f} ms."
    )
    for failure in failures[:10]:
        print(f"error: {failure}")
    if problems:
        raise SystemExit(f"{problems} round(s) went wrong")


if __name__ == "__main__":
    main()
