"""The backup and restore scripts, exercised for real on a scratch PostgreSQL database."""

import os
import subprocess
import uuid
from pathlib import Path

from django.db import connection

import psycopg
import pytest

from home.models import ContentPage

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db(transaction=True)


def postgres_url(name):
    settings = connection.settings_dict
    user = settings.get("USER") or "postgres"
    host = settings.get("HOST") or "127.0.0.1"
    port = settings.get("PORT") or 5432
    return f"postgres://{user}@{host}:{port}/{name}"


def run(script, *args, env):
    result = subprocess.run(
        ["sh", str(ROOT / "scripts" / script), *map(str, args)],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_backup_then_restore_into_a_scratch_database(home_page, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("backups are for the PostgreSQL production database; CI runs this on PostgreSQL")
    page = home_page.add_child(
        instance=ContentPage(title="Pagina da salvare", slug="salvami", body="<p>x</p>")
    )
    media = tmp_path / "media"
    (media / "documents").mkdir(parents=True)
    (media / "documents" / "modulo.txt").write_text("Modulo per il contributo affitto", encoding="utf-8")

    source_url = postgres_url(connection.settings_dict["NAME"])
    stamp = run("backup.sh", tmp_path / "backups", media, env={"DATABASE_URL": source_url})
    assert (tmp_path / "backups" / f"db-{stamp}.dump").stat().st_size > 0

    scratch = f"sportello_restore_{uuid.uuid4().hex[:8]}"
    admin_url = postgres_url("postgres")
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{scratch}"')
    try:
        restored_media = tmp_path / "restored-media"
        run(
            "restore.sh",
            tmp_path / "backups",
            stamp,
            restored_media,
            env={"DATABASE_URL": postgres_url(scratch)},
        )
        with psycopg.connect(postgres_url(scratch)) as restored:
            row = restored.execute(
                "SELECT title, url_path FROM wagtailcore_page WHERE id = %s", [page.pk]
            ).fetchone()
        assert row == ("Pagina da salvare", page.url_path)
        restored_file = restored_media / "documents" / "modulo.txt"
        assert restored_file.read_text(encoding="utf-8") == "Modulo per il contributo affitto"
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')


def test_restore_refuses_a_corrupted_backup(home_page, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("backups are for the PostgreSQL production database; CI runs this on PostgreSQL")
    source_url = postgres_url(connection.settings_dict["NAME"])
    stamp = run("backup.sh", tmp_path, tmp_path / "no-media", env={"DATABASE_URL": source_url})
    with open(tmp_path / f"db-{stamp}.dump", "ab") as dump:
        dump.write(b"garbage")
    result = subprocess.run(
        ["sh", str(ROOT / "scripts" / "restore.sh"), str(tmp_path), stamp, str(tmp_path / "m")],
        env={**os.environ, "DATABASE_URL": postgres_url("sportello_must_not_be_touched")},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
