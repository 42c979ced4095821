"""The one place that imports Whoosh.

Whoosh 2.7.4 (frozen since 2016) has invalid escape sequences in a few modules and Python prints a
SyntaxWarning for each when it compiles them. We silence exactly those warnings while importing, and
import every Whoosh module we use here, up front, so none is compiled later outside this filter.
Nothing outside ``site/search/`` should import Whoosh; nothing outside this package sees its types.
"""

import threading
import warnings

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", category=SyntaxWarning)
    import whoosh.codec.base  # noqa: F401
    import whoosh.codec.whoosh3  # noqa: F401
    import whoosh.columns  # noqa: F401
    import whoosh.filedb.filestore  # noqa: F401
    import whoosh.matching  # noqa: F401
    import whoosh.searching  # noqa: F401
    import whoosh.writing  # noqa: F401
    from whoosh import highlight, index, query, scoring, spelling  # noqa: F401
    from whoosh.analysis import (  # noqa: F401
        CharsetFilter,
        LowercaseFilter,
        NgramFilter,
        RegexTokenizer,
        StemFilter,
        StopFilter,
    )
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield  # noqa: F401
    from whoosh.fields import ID, KEYWORD, TEXT, Schema  # noqa: F401
    from whoosh.index import LockError  # noqa: F401
    from whoosh.lang import has_stopwords, stopwords_for_language  # noqa: F401
    from whoosh.lang.isri import ISRIStemmer
    from whoosh.support.charset import accent_map  # noqa: F401
    from whoosh.support.levenshtein import distance  # noqa: F401
    from whoosh.util.numeric import byte_to_length  # noqa: F401


class _ISRIStemmer(ISRIStemmer):
    """Whoosh's ISRI Arabic stemmer; its ``norm`` gives ``re.sub`` a ``\\u0627`` template, which
    Python 3.7+ rejects ("bad escape \\u"). Same normalisations, with the character itself."""

    def norm(self, num):
        if num in (1, 3):
            self.stm = self.re_short_vowels.sub("", self.stm)
        if num in (2, 3):
            self.stm = self.re_intial_hamza.sub("\u0627", self.stm)
        return self.stm


_arabic = threading.local()  # the stemmer keeps the word being stemmed on itself: one per thread


def arabic_stemmer():
    stemmer = getattr(_arabic, "stemmer", None)
    if stemmer is None:
        stemmer = _arabic.stemmer = _ISRIStemmer()
    return stemmer
