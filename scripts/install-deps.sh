#!/usr/bin/env bash
# Installs, from Debian's packages, everything the build, the main job and
# the tests need. Quiet and quick when all is already there.
set -euo pipefail

packages=(
  build-essential cmake libgtest-dev
  libboost-dev libboost-locale-dev libeigen3-dev r-base-core
  libreoffice-dev libreoffice-calc libreoffice-l10n-da python3-uno
  clang libclang-rt-14-dev
  xvfb x11-apps imagemagick poppler-utils fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
