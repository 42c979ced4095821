"""Relevance harness: recall@3 and MRR of a search function over a judged query set.

``search_fn(query) -> list of slugs, best first``. The judged set is ``[(query, [slugs], kind), ...]``;
point it at any corpus (the fixture pages here, or the real demo guides) by giving matching slugs.
"""

from dataclasses import dataclass, field


@dataclass
class Report:
    recall_at_3: float
    mrr: float
    misses: list = field(default_factory=list)  # (query, expected, got top 3)

    def summary(self):
        lines = [f"recall@3 {self.recall_at_3:.3f}  MRR {self.mrr:.3f}"]
        lines += [f"  miss: {q!r} expected {exp} got {got}" for q, exp, got in self.misses]
        return "\n".join(lines)


def evaluate(search_fn, judged, k=3):
    recalls = []
    reciprocal_ranks = []
    misses = []
    for query, expected, *_kind in judged:
        ranked = list(search_fn(query))
        top = ranked[:k]
        found = [slug for slug in expected if slug in top]
        recalls.append(len(found) / len(expected))
        first = next((position for position, slug in enumerate(ranked, 1) if slug in expected), None)
        reciprocal_ranks.append(1 / first if first else 0.0)
        if len(found) < len(expected):
            misses.append((query, expected, top))
    count = len(judged) or 1
    return Report(sum(recalls) / count, sum(reciprocal_ranks) / count, misses)
