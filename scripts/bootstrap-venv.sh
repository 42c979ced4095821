#!/bin/sh
# Create the virtual environment. Debian's python3 ships without venv/ensurepip unless the
# python3-venv package is installed: install it when we can (root with apt), else say how.
set -eu
venv="$1"
python="${PYTHON:-python3}"
if [ -x "$venv/bin/python" ]; then
    exit 0
fi
if ! "$python" -m venv "$venv" 2>/dev/null; then
    rm -rf "$venv"
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
        echo "Installo python3-venv (manca a questo Python)..."
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv
        "$python" -m venv "$venv"
    else
        echo "Serve il pacchetto python3-venv: sudo apt-get install python3-venv" >&2
        exit 1
    fi
fi
