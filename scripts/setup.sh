#!/usr/bin/env bash
# Sets up a fresh clone: the system packages the tests need (with --test), the npm dependencies,
# and the Electron binary through the electron package's own installer.
set -euo pipefail
cd "$(dirname "$0")/.."

for_tests=false
[[ "${1:-}" == "--test" ]] && for_tests=true

if $for_tests; then
  # Debian's Chromium runs the e2e tiers (Playwright cannot download its own browser here) unless
  # CHROMIUM_PATH names another Chrome; poppler-utils reads the certificate PDFs and zbar-tools
  # scans their QR codes; Noto (core: Latin, Cyrillic, Devanagari, Arabic; CJK: Chinese) gives the
  # certificate's font stack its Linux faces; adb checks the fake adb server; xvfb serves the Electron tier.
  packages=(poppler-utils zbar-tools fonts-noto-core fonts-noto-cjk adb xvfb)
  [[ -n "${CHROMIUM_PATH:-}" && -x "${CHROMIUM_PATH}" ]] || packages=(chromium "${packages[@]}")
  if command -v dpkg-query >/dev/null && command -v apt-get >/dev/null; then
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
  else
    echo "[setup] not a Debian-based system: install ${packages[*]} (or their equivalents) yourself; set CHROMIUM_PATH to a Chrome or Chromium."
  fi
fi

npm ci --no-audit --no-fund

# Since Electron 42 the package no longer downloads its binary on install; its installer does
# (honouring ELECTRON_MIRROR, electron_config_cache, electron_use_remote_checksums). The npm
# scripts run on the node dev-dependency, so the installer does too.
if ! node_modules/.bin/node scripts/ensure-electron.ts; then
  if $for_tests; then
    echo "[setup] carrying on without Electron: the Chromium e2e tier needs no binary, the Electron tier is skipped."
  else
    exit 1
  fi
fi
