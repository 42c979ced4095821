#!/bin/sh
# Restore a backup made by scripts/backup.sh.
#   DATABASE_URL=postgres://... scripts/restore.sh <backup folder> <stamp> [media folder]
# Checks the SHA256SUMS first, then replaces the database's objects with the dump's (the database
# must exist; create an empty one with createdb) and unpacks the media into the media folder.
set -eu
src="${1:?backup folder}"
stamp="${2:?backup stamp, e.g. 20261129-030000}"
media="${3:-media}"
: "${DATABASE_URL:?DATABASE_URL must point to the PostgreSQL database to restore into}"

(cd "$src" && grep -E " (db|media)-$stamp\." SHA256SUMS | sha256sum --check --quiet)

pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error \
    --dbname="$DATABASE_URL" "$src/db-$stamp.dump"
mkdir -p "$media"
tar -xzf "$src/media-$stamp.tar.gz" -C "$media"
echo "restored $stamp"
