#!/usr/bin/env bash
# Installs LibreOffice 25.2 privately, beside the system's 7.4, so that the
# integration tests can run against a current office as well (issue #13).
#
# Debian's bookworm-backports packages are fetched with `apt-get download`
# through a private apt configuration (own sources list, state and cache
# folders: the system's apt lock is never taken, nothing is installed into the
# system), unpacked with `dpkg -x` into one folder and repointed at that
# folder. The result is cached: a second run only checks a stamp.
#
# Prints the program folder (…/usr/lib/libreoffice/program) on stdout.
# Folder: $LIGESTAT_LO25_DIR, else /var/cache/ligestat/lo-25.2 under root (the
# tests' office runs as `nobody`, who cannot read /root), else
# ~/.cache/ligestat/lo-25.2.
set -euo pipefail

if [ -n "${LIGESTAT_LO25_DIR:-}" ]; then
  top=$LIGESTAT_LO25_DIR
elif [ "$(id -u)" -eq 0 ]; then
  top=/var/cache/ligestat/lo-25.2
else
  top=${XDG_CACHE_HOME:-$HOME/.cache}/ligestat/lo-25.2
fi
root=$top/root
program=$root/usr/lib/libreoffice/program
stamp=$top/installed
# Bump when the recipe below changes: a cache with another stamp is rebuilt.
# (Not a hash of this file: worktrees with different copies share the cache.)
want="25.2 bookworm-backports, recipe 1"

mkdir -p "$top"
# One install at a time; tests elsewhere on the machine may be using it.
exec 9>"$top/lock"
flock 9
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$program/soffice.bin" ]; then
  echo "$program"
  exit 0
fi
rm -f "$stamp"

# From bookworm-backports: the office itself, the parts the tests use (Calc,
# Danish, the Python script provider) and its own UNO runtime and Python
# bridge (a 7.4 client cannot drive a 25.2 office).
backports=(
  libreoffice-core libreoffice-common libreoffice-calc
  libreoffice-base-core libreoffice-style-colibre libreoffice-uiconfig-common
  libreoffice-uiconfig-calc libreoffice-l10n-da libreoffice-script-provider-python
  ure uno-libs-private libuno-cppu3 libuno-cppuhelpergcc3-3 libuno-sal3
  libuno-salhelpergcc3-3 libuno-purpenvhelpergcc3-3 python3-uno
)
# From bookworm: libraries 25.2 needs that 7.4 did not.
bookworm=(libzxcvbn0)

log() { echo "install-lo25: $*" >&2; }

apt_dir=$top/apt
mkdir -p "$apt_dir/state/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/etc/preferences.d" "$apt_dir/etc/sources.list.d"
cat > "$apt_dir/etc/sources.list" <<'EOF'
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm-backports main
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main
EOF
: > "$apt_dir/state/status"
apt_private=(
  -o Dir::State="$apt_dir/state" -o Dir::State::status="$apt_dir/state/status"
  -o Dir::Cache="$apt_dir/cache"
  -o Dir::Etc::SourceList="$apt_dir/etc/sources.list"
  -o Dir::Etc::SourceParts="$apt_dir/etc/sources.list.d"
  -o Dir::Etc::PreferencesParts="$apt_dir/etc/preferences.d"
  -o Dir::Etc::Preferences="$apt_dir/etc/preferences"
  -o APT::Get::List-Cleanup=false
  # Files in a root-only folder: the _apt sandbox user could not write them.
  -o APT::Sandbox::User="$(id -un)"
  -qq
)

log "fetching package lists (bookworm, bookworm-backports) into $apt_dir"
apt-get "${apt_private[@]}" update >&2
debs=$top/debs
rm -rf "$debs" && mkdir -p "$debs"
names=()
for p in "${backports[@]}"; do names+=("$p/bookworm-backports"); done
names+=("${bookworm[@]}")
log "downloading ${#names[@]} packages"
(cd "$debs" && apt-get "${apt_private[@]}" download "${names[@]}" >&2)

log "unpacking into $root"
rm -rf "$root" && mkdir -p "$root"
for deb in "$debs"/*.deb; do dpkg -x "$deb" "$root"; done
rm -rf "$debs"  # unpacked: 70 MB less in the cache

# ---- repoint what still names the system installation -----------------------
lo=$root/usr/lib/libreoffice
# The office finds its own folders relative to program/.
sed -i 's|^BRAND_BASE_DIR=.*|BRAND_BASE_DIR=${ORIGIN}/..|' "$program/fundamentalrc"
# sofficerc names the FHS folder (/etc/libreoffice, /usr/lib/libreoffice…).
sed -i "s|/usr/lib/libreoffice|$lo|g; s|/etc/libreoffice|$root/etc/libreoffice|g" "$program/sofficerc"
# What libreoffice-common's postinst does: the configuration lives in /etc.
mkdir -p "$root/etc/libreoffice/registry"
cp "$lo/share/.registry/main.xcd" "$root/etc/libreoffice/registry/main.xcd"
# Libraries from bookworm land in usr/lib/<triplet>; the office's RUNPATH is
# its program folder ($ORIGIN), so link them there.
for lib in "$root"/usr/lib/*-linux-gnu/libzxcvbn.so.*; do
  ln -sfn "$lib" "$program/$(basename "$lib")"
done
# Absolute symlinks into /etc, /var and /usr/lib/libreoffice: point them inside.
find "$root" -type l | while read -r link; do
  target=$(readlink "$link")
  case "$target" in
    /*) if [ -e "$root$target" ] || [ -L "$root$target" ]; then ln -sfn "$root$target" "$link"; fi ;;
  esac
done
# unopkg sets PYTHONPATH to the system's program folder.
sed -i "s|/usr/lib/libreoffice/program|$program|g" "$program/unopkg"
# 25.2's uno.py names the system's program folder (sys.path, URE_BOOTSTRAP).
sed -i "s|/usr/lib/libreoffice/program|$program|g" "$root/usr/lib/python3/dist-packages/uno.py"
chmod -R a+rX "$top"

version=$("$program/soffice" --version 2>/dev/null | head -1 || true)
case "$version" in
  *" 25.2"*) log "$version" ;;
  *) log "unexpected version: '$version'"; exit 1 ;;
esac
echo "$want" > "$stamp"
echo "$program"
