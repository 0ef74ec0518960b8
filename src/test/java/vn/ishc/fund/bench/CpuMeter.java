package vn.ishc.fund.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * CPU time spent by this JVM (service and load generator) and by the embedded mariadbd during a
 * measurement, so a benchmark can say where each entry's cost goes. Linux only for mariadbd (/proc).
 */
final class CpuMeter {

    private static final double TICK_NANOS = 1e9 / 100; // USER_HZ

    private final Optional<Long> mariadbd;
    private final long jvmStart;
    private final long dbStart;
    private final long[] jvmSplitStart = split(ProcessHandle.current().pid());

    CpuMeter() {
        mariadbd = ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
                .map(ProcessHandle::pid).findFirst();
        jvmStart = jvmNanos();
        dbStart = dbNanos();
    }

    /** "JVM x ms + mariadbd y ms of CPU per unit". */
    String perUnit(int units, String unit) {
        double jvm = (jvmNanos() - jvmStart) / 1e6 / units;
        long db = dbNanos();
        String dbPart = db < 0 ? "mariadbd not measured" : String.format("mariadbd %.2f ms", (db - dbStart) / 1e6 / units);
        long[] sp = split(ProcessHandle.current().pid());
        return String.format("CPU per %s: JVM (service and clients) %.2f ms (user %.2f, kernel %.2f), %s", unit, jvm,
                (sp[0] - jvmSplitStart[0]) * TICK_NANOS / 1e6 / units, (sp[1] - jvmSplitStart[1]) * TICK_NANOS / 1e6 / units, dbPart);
    }

    private static long jvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long[] split(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12])};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    private long dbNanos() {
        if (mariadbd.isEmpty()) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", mariadbd.get().toString(), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 (utime, stime), counted from the state field as 3
            return (long) ((Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_NANOS);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
