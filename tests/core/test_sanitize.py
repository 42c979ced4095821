from core.sanitize import clean_rich_text


def test_content_loaded_outside_the_editor_is_cleaned_like_the_editor_does():
    dirty = (
        '<p onclick="steal()">Ciao <b>forte</b><script>alert(1)</script> '
        '<a href="javascript:alert(1)">trappola</a> <a href="https://example.org/x">ok</a></p>'
        '<h2>Titolo</h2><img src="x" onerror="y()"><iframe src="https://evil.example"></iframe>'
    )
    clean = clean_rich_text(dirty, ["bold", "link", "h2"])
    for bad in ("onclick", "<script", "javascript:", "onerror", "<iframe", "<img"):
        assert bad not in clean
    assert "<b>forte</b>" in clean
    assert '<a href="https://example.org/x">ok</a>' in clean
    assert "Titolo</h2>" in clean


def test_features_not_enabled_are_dropped():
    clean = clean_rich_text("<h2>Titolo</h2><p><i>corsivo</i></p>", ["bold"])
    assert "<h2" not in clean and "<i>" not in clean
    assert "Titolo" in clean and "corsivo" in clean
