package io.unmogrowp.engine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's JIT compiler threads so far, from /proc (0 where there is none): the benchmark
 * reports it beside the process CPU, since compilation still running in a measured run is not the engine's.
 */
final class JitCpu {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private JitCpu() {
    }

    static double seconds() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return 0;
        }
        long ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                ticks += compilerTicks(thread);
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks / TICKS_PER_SECOND;
    }

    private static long compilerTicks(Path thread) {
        try {
            String name = Files.readString(thread.resolve("comm")).trim();
            if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
                return 0;
            }
            String stat = Files.readString(thread.resolve("stat"));
            // Fields after the parenthesised name: state is field 3, utime 14 and stime 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException threadGone) {
            return 0;
        }
    }
}
