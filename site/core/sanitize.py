"""Rich text that enters other than through the editor (demo loader, imports) is cleaned the
way the editor cleans it: converted to Draftail's content state with the field's features and
back, so only allowed tags, attributes and link types survive."""

from wagtail.admin.rich_text import get_rich_text_editor_widget


def clean_rich_text(html, features=None):
    converter = get_rich_text_editor_widget(features=features).converter
    return converter.to_database_format(converter.from_database_format(html or ""))
