#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium; install it when missing and we are allowed to.
set -euo pipefail
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the end-to-end tests …"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "The end-to-end tests need Chromium at /usr/bin/chromium (sudo apt-get install chromium), or CHROMIUM_PATH." >&2
  exit 1
fi
