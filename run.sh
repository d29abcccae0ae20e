#!/usr/bin/env bash
# Runs StoryExhibit on its embedded offline defaults: no keys, no GPU, no network.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
url="${STORYEXHIBIT_URL:-http://localhost:5080}"
echo "StoryExhibit is starting at $url"
exec dotnet run --project StoryExhibit.Web --launch-profile StoryExhibit --urls "$url"
