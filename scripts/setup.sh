#!/usr/bin/env bash
# Installs what StoryExhibit needs on a fresh Debian machine with the .NET SDK, skipping what is there.
#   scripts/setup.sh          what the app needs to run
#   scripts/setup.sh --tests  and what the tests need: Chromium's headless shell for the browser tests, poppler-utils and
#                             epubcheck (they read the exported PDF and EPUB), link-grammar
#                             (link-parser judges the offline storyteller's prose), Node.js and the
#                             npm packages of the independent gRPC server the transport is tested against
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(espeak-ng festival festvox-us-slt-hts ffmpeg opus-tools fluidsynth timgm6mb-soundfont pocketsphinx pocketsphinx-en-us wordnet wordnet-base fonts-noto-core fonts-wqy-microhei libfontconfig1 libfreetype6)
tests=false
[[ "${1:-}" == "--tests" ]] && tests=true
$tests && packages+=(chromium-headless-shell link-grammar poppler-utils epubcheck)
$tests && ! command -v npm >/dev/null && packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if (( ${#missing[@]} )); then
  echo "Installing Debian packages: ${missing[*]}"
  sudo_cmd=""; [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet not found on PATH)." >&2; exit 1; }
dotnet tool restore >/dev/null
if $tests; then
  (cd StoryExhibit.Tests/GrpcServer && npm ci --silent --no-audit --no-fund)
fi
