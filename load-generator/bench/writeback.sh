# Sourced by ingestion.sh: the kernel's background-writeback threshold for the run, restored afterwards.
# With the kernel's default (write back from 10 % of RAM dirty, 2 GiB here, or after 30 s) the broker's log piles
# up in the page cache and leaves in bursts of up to 900 MB in one second; when the six partitions of a topic roll
# their segments together, the broker's fsync of the old segments waits behind such a burst and every
# acknowledgement stalls for 100 to 150 ms. From 64 MiB the kernel writes continuously and the rolls pass unnoticed
# (docs/performance.md, fifth round). Kafka's documentation ("Understanding Linux OS Flush Behavior") makes the same
# case for broker hosts. BENCH_DIRTY_BACKGROUND_BYTES=0 leaves the host as it is.
WRITEBACK_BYTES="${BENCH_DIRTY_BACKGROUND_BYTES:-67108864}"
WRITEBACK_SAVED=""
WRITEBACK_BYTES_FILE=/proc/sys/vm/dirty_background_bytes
WRITEBACK_RATIO_FILE=/proc/sys/vm/dirty_background_ratio

writeback_apply() {
  [ "$WRITEBACK_BYTES" != 0 ] || return 0
  local saved
  saved="$(cat "$WRITEBACK_BYTES_FILE") $(cat "$WRITEBACK_RATIO_FILE")"
  if { echo "$WRITEBACK_BYTES" >"$WRITEBACK_BYTES_FILE"; } 2>/dev/null; then
    WRITEBACK_SAVED="$saved"
  else
    log "cannot set vm.dirty_background_bytes (needs root): the host's writeback stays as it is"
  fi
}

# The kernel keeps one of the two: writing the ratio back clears the byte threshold, and the other way round.
writeback_restore() {
  [ -n "$WRITEBACK_SAVED" ] || return 0
  local bytes="${WRITEBACK_SAVED% *}" ratio="${WRITEBACK_SAVED#* }"
  if [ "$bytes" != 0 ]; then echo "$bytes" >"$WRITEBACK_BYTES_FILE"; else echo "$ratio" >"$WRITEBACK_RATIO_FILE"; fi
  WRITEBACK_SAVED=""
}

writeback_describe() {
  local bytes
  bytes="$(cat "$WRITEBACK_BYTES_FILE")"
  if [ "$bytes" != 0 ]; then echo "background writeback from $((bytes / 1048576)) MiB dirty"
  else echo "background writeback from $(cat "$WRITEBACK_RATIO_FILE") % of RAM dirty"; fi
}
