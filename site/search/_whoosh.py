"""The one place that imports Whoosh.

Whoosh 2.7.4 (frozen since 2016) has invalid escape sequences in a few modules and Python prints a
SyntaxWarning for each when it compiles them. We silence exactly those warnings while importing, and
import every Whoosh module we use here, up front, so none is compiled later outside this filter.
Nothing outside ``site/search/`` should import Whoosh; nothing outside this package sees its types.
"""

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
    from whoosh.lang import stopwords_for_language  # noqa: F401
    from whoosh.support.charset import accent_map  # noqa: F401
    from whoosh.support.levenshtein import distance  # noqa: F401
    from whoosh.util.numeric import byte_to_length  # noqa: F401
