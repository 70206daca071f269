#!/bin/sh
# Gives headless Chromium (Debian's `chromium`) a local Web Speech voice through speech-dispatcher
# and espeak-ng, as root on a fresh Debian 12 machine with no desktop session or sound card: what
# the exercise timer's spoken cues are tested with (scripts/speech-test.mjs; scripts/check.sh runs
# this first when it runs as root) and measured with (`npm run bench -- timer`). Idempotent.
#
#   SPEECH_AUDIO=pulse (default)  PulseAudio with a null sink: speech is paced in real time, so an
#                                 utterance's `start`..`end` lasts as long as its text (about 2.6 s
#                                 for "Hello world. This is a speech test.").
#   SPEECH_AUDIO=null             ALSA's "null" device, no sound server: `end` follows `start` after
#                                 0 to about 150 ms whatever the text.
#
# Chromium must be launched with `--enable-speech-dispatcher` (without it: no voices, and every
# speak() fails with `synthesis-failed`), and with `--autoplay-policy=no-user-gesture-required` when
# a page speaks without a person's gesture (Playwright's page.evaluate counts as one).
#
# What was measured with it: 13,362 espeak-ng voices, all `localService: true` in Chromium (pick by
# name or lang: `default` is the first alphabetically); speak()→start 35-100 ms; `boundary` never
# fires on Linux; never call speechSynthesis.pause() (speech-dispatcher 0.11.4 then stops speaking
# for every client until it restarts); cancel() gives `error: 'interrupted'`. Firefox ESR lists the
# same voices but with `localService: false` (so the timer's local-only rule finds none there).
# Through the timer (scripts/speech-test.mjs, on a busy 2-CPU machine): speak()→start 40-300 ms,
# about 100 ms typically; Chromium lists its voices 1.5-3.5 s after a fresh start.
# Pulse mode starts a PulseAudio daemon here: run this again in every new job or after a reboot.
set -eu

MODE=${SPEECH_AUDIO:-pulse}
STATE_DIR=${SPEECH_CI_DIR:-/tmp/speech-ci}
PULSE_SOCK="$STATE_DIR/pulse.sock"
CONF=/etc/speech-dispatcher/speechd.conf

case "$MODE" in pulse|null) ;; *) echo "SPEECH_AUDIO must be pulse or null" >&2; exit 2 ;; esac
[ "$(id -u)" = 0 ] || { echo "run as root" >&2; exit 2; }

# 1. packages (speech-dispatcher pulls in libspeechd2, which Chromium dlopen()s as libspeechd.so.2,
#    and speech-dispatcher-audio-plugins; speech-dispatcher-espeak-ng pulls in libespeak-ng1 +
#    espeak-ng-data). Recommends (sound-icons, espeak-ng CLI) are not needed.
pkgs="speech-dispatcher speech-dispatcher-espeak-ng"
[ "$MODE" = pulse ] && pkgs="$pkgs pulseaudio"
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends $missing || { apt-get update && apt-get install -y --no-install-recommends $missing; }
fi

# 2. speech-dispatcher config: a marked block appended to the system config, so that the daemon
#    Chromium autospawns (as whatever user, with whatever HOME / XDG_RUNTIME_DIR) picks it up.
#    Without a working audio output speech-dispatcher reports BEGIN but never END (utterance
#    `start` fires, `end` never does) - the default "pulse" output needs a running PulseAudio.
mkdir -p "$STATE_DIR"
if [ "$MODE" = pulse ]; then
  # (AudioPulseServer is ignored by speech-dispatcher 0.11.4 - "TODO: restore AudioPulseServer
  #  option" in its source - so the server is set in libpulse's client.conf.d below instead.)
  AUDIO_LINES="AudioOutputMethod \"pulse\""
else
  AUDIO_LINES="AudioOutputMethod \"alsa\"
AudioALSADevice \"null\""
fi
BLOCK="# >>> speech-ci (managed by setup.sh)
# Load only espeak-ng (skips autodetected espeak-ng-mbrola/dummy modules).
AddModule \"espeak-ng\" \"sd_espeak-ng\" \"espeak-ng.conf\"
DefaultModule espeak-ng
$AUDIO_LINES
# <<< speech-ci"
current=$(sed -n '/^# >>> speech-ci/,/^# <<< speech-ci/p' "$CONF")
restart_speechd=no
if [ "$current" != "$BLOCK" ]; then
  [ -f "$CONF.speech-ci.orig" ] || cp -p "$CONF" "$CONF.speech-ci.orig"
  sed -i '/^# >>> speech-ci/,/^# <<< speech-ci/d' "$CONF"
  printf '%s\n' "$BLOCK" >> "$CONF"
  restart_speechd=yes
fi

# 3. PulseAudio (pulse mode only): one root daemon with a null sink on a fixed socket, independent
#    of HOME / XDG_RUNTIME_DIR. Runs as root (it warns "not intended to be run as root"; harmless).
#    All libpulse clients (speech-dispatcher's pulse output, and Chromium's own audio) are pointed at
#    it through /etc/pulse/client.conf.d; libpulse never autospawns a daemon for root anyway.
PULSE_CLIENT_CONF=/etc/pulse/client.conf.d/99-speech-ci.conf
if [ "$MODE" = pulse ]; then
  printf '%s\n' "# managed by speech-ci setup.sh" "default-server = unix:$PULSE_SOCK" "autospawn = no" > "$PULSE_CLIENT_CONF"
  if ! pactl --server="unix:$PULSE_SOCK" info >/dev/null 2>&1; then
    rm -f "$PULSE_SOCK"
    pulseaudio --daemonize=yes -n --use-pid-file=no --exit-idle-time=-1 --disallow-exit \
      --log-target="file:$STATE_DIR/pulse.log" \
      --load="module-null-sink sink_name=speech_ci_null" \
      --load="module-native-protocol-unix socket=$PULSE_SOCK auth-anonymous=1"
    restart_speechd=yes
    i=0; until pactl --server="unix:$PULSE_SOCK" info >/dev/null 2>&1; do
      i=$((i+1)); [ $i -gt 50 ] && { echo "pulseaudio did not start, see $STATE_DIR/pulse.log" >&2; exit 1; }; sleep 0.1
    done
  fi
else
  rm -f "$PULSE_CLIENT_CONF"
fi

# 4. A speech-dispatcher already running with an older config, or one that started before the
#    audio sink existed (it is then stuck: BEGIN without END), must be restarted. Normally none is
#    running: Chromium autospawns `speech-dispatcher --spawn` on first use and it exits 5 s after
#    the browser disconnects. NB: this kills every speech-dispatcher on the machine.
if [ "$restart_speechd" = yes ] && pgrep -x speech-dispatch >/dev/null 2>&1; then
  for pid in $(pgrep -x speech-dispatch); do kill "$pid" 2>/dev/null || true; done
  sleep 1
  for pid in $(pgrep -x speech-dispatch); do kill -9 "$pid" 2>/dev/null || true; done
fi

# 5. Smoke test: autospawns a daemon (exits again after 5 s idle) and waits for the END event.
#    A hang here means no working audio output.
if timeout 20 spd-say -w -o espeak-ng -l en "speech check" 2>/dev/null; then
  echo "speech-dispatcher OK (mode=$MODE)"
else
  echo "speech-dispatcher smoke test FAILED (mode=$MODE); logs: ~/.cache/speech-dispatcher/log/" >&2
  exit 1
fi
