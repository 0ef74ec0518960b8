package vn.ishc.fund.bench;

import java.util.Arrays;

/** Latency figures of a run, in milliseconds. */
final class Stats {

    private Stats() {
    }

    static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", ms(at(sorted, 0.50)),
                ms(at(sorted, 0.95)), ms(at(sorted, 0.99)), ms(sorted[sorted.length - 1]));
    }

    static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return ms(at(sorted, 0.5));
    }

    static long at(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
