package vn.ishc.fund.report;

/** A statement ready to download: its bytes, format and file name. */
public record Rendered(byte[] bytes, OutputFormat format, String fileName) {
}
