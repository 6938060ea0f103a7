#!/usr/bin/env bash
# Makes the sounds of the built-in scene packs, from the texts in
# tools/src/main/resources/fi/retki/tools/content/texts/<pack>.json:
#
#   scenes/packs/<pack>/audio/narration/<poi>-<fi|sv|en>.ogg   the daycare narration of every point
#                                                               of interest (field trips only)
#   scenes/packs/<pack>/audio/ambient.ogg                      a looping background sound
#
# Speech is espeak-ng; the ambient sounds are synthesised with sox (no recordings, nothing to
# download); oggenc encodes. Running it again gives byte-identical files (fixed random seed, fixed
# Ogg serial numbers, no dates in the files).
#
# Needs: apt-get install espeak-ng sox vorbis-tools jq
# Run from anywhere: tools/content/make-audio.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
texts="$root/tools/src/main/resources/fi/retki/tools/content/texts"
packs="$root/scenes/packs"

for tool in espeak-ng sox oggenc jq; do
  command -v "$tool" >/dev/null || { echo "make-audio: $tool is missing; apt-get install espeak-ng sox vorbis-tools jq" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rate=22050

# encode WAV OGG SERIAL: Ogg Vorbis, mono, fixed serial so the bytes repeat.
encode() {
  oggenc --quiet -q 2 -s "$3" -o "$2" "$1"
}

voice() {
  case "$1" in
    fi) echo "fi+f3" ;;
    sv) echo "sv+f3" ;;
    en) echo "en-gb+f3" ;;
  esac
}

serial=1000
for pack in rainforest lunar-surface sea-floor medieval-town; do
  out="$packs/$pack/audio/narration"
  mkdir -p "$out"
  count=$(jq '.pointsOfInterest | length' "$texts/$pack.json")
  for ((i = 0; i < count; i++)); do
    poi=$(jq -r ".pointsOfInterest[$i].id" "$texts/$pack.json")
    for lang in fi sv en; do
      line=$(jq -r ".pointsOfInterest[$i].daycare.$lang" "$texts/$pack.json")
      # Slow, a little higher and warmer than the default: spoken for children aged 1 to 6.
      espeak-ng -v "$(voice "$lang")" -s 125 -p 60 -g 6 -w "$work/raw.wav" "$line"
      sox -R "$work/raw.wav" -r $rate -c 1 -b 16 "$work/clip.wav" \
        gain -3 highpass 80 gain -n -3 fade t 0.05 0 0.1 pad 0.3 0.5
      serial=$((serial + 1))
      encode "$work/clip.wav" "$out/$poi-$lang.ogg" "$serial"
    done
  done
  echo "narration: $pack ($count points x 3 languages)"
done

# ambient PACK SERIAL SOX-SYNTH-ARGS...: 40 s of mono sound with faded ends, so it loops softly.
length=40
ambient() {
  local pack="$1" serial="$2"
  shift 2
  mkdir -p "$packs/$pack/audio"
  sox -R "$@" -r $rate -c 1 -b 16 "$work/ambient.wav" gain -n -6 fade t 2 $length 2
  encode "$work/ambient.wav" "$packs/$pack/audio/ambient.ogg" "$serial"
  echo "ambient: $pack"
}

# layer NAME SOX-ARGS...: one synthesised layer of $length seconds into $work/NAME.wav
layer() {
  local name="$1"
  shift
  sox -R -n -r $rate -c 1 -b 16 "$work/$name.wav" "$@"
}

# Rainforest: soft rain, a bed of insects, and bird calls that rise and fall.
layer rain synth $length pinknoise lowpass 3000 highpass 200 gain -14
layer insects synth $length sine 4200 sine 4350 tremolo 18 90 gain -34
layer bird1 synth 0.35 sine 1800-2600 synth 0.35 sine amod 12 gain -16 pad 3 0 repeat 9 trim 0 $length
layer bird2 synth 0.5 sine 2900-1900 tremolo 9 70 gain -20 pad 5.2 0 repeat 6 trim 0 $length
ambient rainforest 2001 -m "$work/rain.wav" "$work/insects.wav" "$work/bird1.wav" "$work/bird2.wav"

# The Moon itself is silent: there is no air to carry sound. What a visitor hears is the inside
# of the spacesuit: a low radio hum and the slow rush of the suit's air supply.
layer hum synth $length sine 60 sine 120 gain -26
layer suit synth $length brownnoise lowpass 600 tremolo 0.2 60 gain -18
layer beep synth 0.12 sine 1250 gain -26 pad 9.88 0 repeat 3 trim 0 $length
ambient lunar-surface 2002 -m "$work/hum.wav" "$work/suit.wav" "$work/beep.wav"

# Sea floor: a deep rumble with slow swells, and bubbles now and then.
layer rumble synth $length brownnoise lowpass 400 tremolo 0.12 70 gain -10
layer bubbles synth 0.06 sine 500-1400 gain -14 pad 0.31 0 synth 0.05 sine 700-1700 gain -16 pad 2.7 0 repeat 12 trim 0 $length
ambient sea-floor 2003 -m "$work/rumble.wav" "$work/bubbles.wav"

# Medieval town: the murmur of a market, a distant church bell, a hammer on an anvil.
layer murmur synth $length pinknoise bandpass 500 400 tremolo 0.7 40 gain -14
layer bell synth 4 sine 392 sine 784 sine 1176 fade q 0.01 4 3.9 gain -16 pad 8 0 repeat 3 trim 0 $length
layer anvil synth 0.25 sine 2200 sine 3350 fade q 0.001 0.25 0.24 gain -18 pad 0.55 0 repeat 2 pad 0 5.6 repeat 5 trim 0 $length
ambient medieval-town 2004 -m "$work/murmur.wav" "$work/bell.wav" "$work/anvil.wav"

# School yard: a light breeze and birdsong from the trees.
layer breeze synth $length pinknoise lowpass 1200 tremolo 0.15 50 gain -16
layer song synth 0.18 sine 3000-3600 pad 0.08 0 synth 0.18 sine 3400-2800 gain -20 pad 4.5 0 repeat 7 trim 0 $length
ambient school-yard 2005 -m "$work/breeze.wav" "$work/song.wav"
