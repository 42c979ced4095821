#!/bin/sh
# Back up the PostgreSQL database and the media folder into a dated pair of files.
#   DATABASE_URL=postgres://... scripts/backup.sh <destination folder> [media folder] [days to keep]
# Writes db-YYYYmmdd-HHMMSS.dump (pg_dump custom format), media-YYYYmmdd-HHMMSS.tar.gz and a
# SHA256SUMS line for each; deletes backups older than the retention (default 30 days).
set -eu
dest="${1:?destination folder}"
media="${2:-media}"
keep_days="${3:-30}"
: "${DATABASE_URL:?DATABASE_URL must point to the PostgreSQL database}"

stamp="$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$dest"
umask 077  # backups hold personal data: readable by their owner only

pg_dump --format=custom --no-owner --no-privileges --dbname="$DATABASE_URL" --file="$dest/db-$stamp.dump"
if [ -d "$media" ]; then
    tar -czf "$dest/media-$stamp.tar.gz" -C "$media" .
else
    tar -czf "$dest/media-$stamp.tar.gz" --files-from /dev/null
fi
(cd "$dest" && sha256sum "db-$stamp.dump" "media-$stamp.tar.gz" >> SHA256SUMS)

find "$dest" -maxdepth 1 \( -name 'db-*.dump' -o -name 'media-*.tar.gz' \) -mtime +"$keep_days" -delete
echo "$stamp"
