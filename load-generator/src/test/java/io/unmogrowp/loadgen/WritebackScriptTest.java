package io.unmogrowp.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * bench/writeback.sh against stand-ins for /proc/sys/vm: the benchmark changes a host-wide kernel setting, so
 * it must put back exactly what the host had. The stand-ins mimic the kernel, which keeps one of the two
 * thresholds: writing the byte threshold zeroes the ratio.
 */
class WritebackScriptTest {

    private static final Path SCRIPT = Path.of("bench/writeback.sh");

    @TempDir
    Path vm;

    /** The kernel keeps one threshold: the non-zero one is what the host had and must get back. */
    @ParameterizedTest
    @CsvSource({"0, 7, dirty_background_ratio, 7", "33554432, 0, dirty_background_bytes, 33554432"})
    void theHostGetsBackTheThresholdItHad(String bytes, String ratio, String kept, String expected) throws Exception {
        host(bytes, ratio);
        String out = run("", "writeback_apply; kernel_keeps_bytes; writeback_describe; writeback_restore");
        assertEquals("background writeback from 64 MiB dirty", out.strip());
        assertEquals(expected, read(kept));
    }

    @Test
    void zeroLeavesTheHostAloneAndDescribesItsOwnSetting() throws Exception {
        host("0", "10");
        String out = run("0", "writeback_apply; writeback_describe; writeback_restore");
        assertEquals("background writeback from 10 % of RAM dirty", out.strip());
        assertEquals("0", read("dirty_background_bytes"));
        assertEquals("10", read("dirty_background_ratio"));
    }

    @Test
    void restoringTwiceChangesNothingTheSecondTime() throws Exception {
        host("0", "5");
        run("", "writeback_apply; kernel_keeps_bytes; writeback_restore; echo 9 > \"$WRITEBACK_RATIO_FILE\"; writeback_restore");
        assertEquals("9", read("dirty_background_ratio"));
    }

    private void host(String bytes, String ratio) throws IOException {
        Files.writeString(vm.resolve("dirty_background_bytes"), bytes + "\n");
        Files.writeString(vm.resolve("dirty_background_ratio"), ratio + "\n");
    }

    private String read(String name) throws IOException {
        return Files.readString(vm.resolve(name)).strip();
    }

    /**
     * Sources the script (with {@code BENCH_DIRTY_BACKGROUND_BYTES} set to {@code threshold}, or unset when
     * empty) and its files pointed at the stand-ins, then runs {@code commands}; returns stdout.
     */
    private String run(String threshold, String commands) throws Exception {
        String script = "set -euo pipefail; log() { echo \"$*\" >&2; }; "
                + ". " + SCRIPT.toAbsolutePath() + "; "
                + "WRITEBACK_BYTES_FILE=" + vm.resolve("dirty_background_bytes") + "; "
                + "WRITEBACK_RATIO_FILE=" + vm.resolve("dirty_background_ratio") + "; "
                + "kernel_keeps_bytes() { echo 0 > \"$WRITEBACK_RATIO_FILE\"; }; "
                + commands;
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().remove("BENCH_DIRTY_BACKGROUND_BYTES");
        if (!threshold.isEmpty()) {
            builder.environment().put("BENCH_DIRTY_BACKGROUND_BYTES", threshold);
        }
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("bash did not finish");
        }
        assertEquals(0, process.exitValue(), "bash exit status; stdout: " + out);
        return out;
    }
}
