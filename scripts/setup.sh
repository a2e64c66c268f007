#!/usr/bin/env bash
# Sets up a fresh clone: the system packages the tests need (with --test) and the npm dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--test" ]]; then
  # Debian's Chromium runs the e2e tiers (Playwright cannot download its own browser here);
  # poppler-utils reads the certificate PDFs; adb checks the fake adb server; xvfb serves the Electron tier.
  packages=(chromium poppler-utils adb xvfb)
  missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    sudo_cmd=()
    [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
    echo "[setup] installing ${missing[*]}"
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

npm ci --no-audit --no-fund
