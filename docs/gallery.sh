#!/bin/sh
# Screenshot gallery: the workbench on every sample, the compare window, a slide and the
# scenario editor, each at a laptop's 1366x768, a small 1024x700 and a 2560x1440 screen.
# PNGs go to target/gallery (never committed). Look at them before a release: what misleads
# there misleads an analyst.
#
#   docs/gallery.sh            (builds the classes first if needed; needs xvfb-run)
#   apt-get install -y xvfb openbox libgtk-3-0   if missing
set -eu
cd "$(dirname "$0")/.."
out=target/gallery
mkdir -p "$out"
if [ ! -d target/classes/io/tranchelab ]; then
    mvn -B -q -o compile
fi
if [ ! -s target/gallery.classpath ]; then
    mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/gallery.classpath
fi
cp="target/classes:$(cat target/gallery.classpath)"

# One shot on a virtual 1920x1080 screen with a window manager, as on a desktop; a size larger
# than the screen is rendered off screen at the size asked for.
shot() {
    name=$1
    shift
    xvfb-run -a -s "-screen 0 1920x1080x24" sh -c 'openbox >/dev/null 2>&1 & exec java -cp "$0" io.tranchelab.Main "$@"' \
        "$cp" "$@" --snapshot "$out/$name.png" 2>/dev/null | grep -v '^$' || echo "gallery: $name failed" >&2
}

for size in 1366x768 1024x700 2560x1440; do
    for sample in samples/*.json; do
        base=$(basename "$sample" .json)
        shot "$base-$size" "$sample" --size "$size"
    done
    shot "compare-$size" samples/eth-lending-book.json --size "$size" --window compare
    shot "scenarios-$size" samples/eth-lending-book.json --size "$size" --window scenarios
    shot "slide3-$size" samples/eth-lending-book.json --size "$size" --slide 3
done
ls -1 "$out"/*.png
