package vn.ishc.fund.bench;

import io.micronaut.runtime.server.EmbeddedServer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Club intake benchmark. Starts the service on a fresh embedded MariaDB and, for R fresh clubs, fills the
 * club's template with M members and their opening balances (cash, bank, a grant, every member's capital,
 * the loans-to-members balance of L of them, the activity fund's cash), then measures over HTTP the dry run
 * and the import (one transaction) of that file; prints the file's size and the best and median of each.
 * Run: {@code ./mvnw -Pbench test-compile exec:java -Dbench.main=vn.ishc.fund.bench.IntakeBenchmark
 * [-Dbench.members=500 -Dbench.loans=100 -Dbench.runs=5]}
 */
public final class IntakeBenchmark {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) {
        BenchServer.main(IntakeBenchmark::run);
    }

    private static void run() throws Exception {
        int members = Integer.getInteger("bench.members", 500);
        int loans = Integer.getInteger("bench.loans", 100);
        int runs = Integer.getInteger("bench.runs", 5);
        try (EmbeddedServer server = BenchServer.start("bench-intake-db", 8)) {
            BenchClient http = new BenchClient(server.getURI());
            String admin = http.login("admin", BenchServer.ADMIN_PASSWORD);
            System.out.printf("ishc-fund intake benchmark — %d cores, %d members, %d with a loans balance, %d runs "
                    + "(after one warm-up)%n", Runtime.getRuntime().availableProcessors(), members, loans, runs);
            LedgerBenchmark.Registry reg = new LedgerBenchmark.Registry(http, admin);
            List<Double> dry = new ArrayList<>();
            List<Double> imports = new ArrayList<>();
            int size = 0;
            for (int i = 0; i <= runs; i++) {
                long club = reg.club(0, false).id();
                String path = "/api/v1/clubs/" + club + "/import";
                byte[] file = fill(http.download(path + "/template", admin), members, loans);
                size = file.length;
                long t0 = System.nanoTime();
                String plan = post(http, path + "?dryRun=true", admin, null, file, 200);
                long t1 = System.nanoTime();
                post(http, path, admin, UUID.randomUUID().toString(), file, 201);
                long t2 = System.nanoTime();
                if (!plan.contains("\"problems\":0")) {
                    throw new IllegalStateException("the dry run found problems: " + plan.substring(0, Math.min(2000, plan.length())));
                }
                long count = http.get("/api/v1/clubs/" + club + "/members?size=1", admin).get("totalItems").asLong();
                if (count != members) {
                    throw new IllegalStateException(count + " members imported, not " + members);
                }
                if (i > 0) {
                    dry.add((t1 - t0) / 1e9);
                    imports.add((t2 - t1) / 1e9);
                }
            }
            System.out.printf("file: %d rows, %.0f kB%n", members + members + loans + 4, size / 1e3);
            System.out.printf("dry run (HTTP, reads the file and checks every row): best %.2f s, median %.2f s%n",
                    best(dry), median(dry));
            System.out.printf("import (HTTP, members, donors and both funds' opening balances in one transaction): "
                    + "best %.2f s, median %.2f s%n", best(imports), median(imports));
        }
    }

    /** The template filled in: members 1..M, their capital, L loans balances, cash, bank, a grant; AF cash. */
    private static byte[] fill(byte[] template, int members, int loans) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet m = wb.getSheet("Thành viên");
            for (int no = 1; no <= members; no++) {
                Row r = m.createRow(2 + no);
                r.createCell(0).setCellValue(no);
                r.createCell(1).setCellValue("Thành viên số " + no);
                r.createCell(2).setCellValue(no % 3 == 0 ? "Nam" : "Nữ");
                r.createCell(3).setCellValue(1940 + no % 40);
                r.createCell(4).setCellValue(no % 2 == 0 ? "Hộ nghèo" : "Không");
                r.createCell(7).setCellValue(LocalDate.of(2020, 2, 1 + no % 28));
                r.getCell(7).setCellStyle(date);
            }
            Sheet b = wb.getSheet("Số dư đầu kỳ");
            LocalDate opening = BenchServer.today().withDayOfYear(1);
            int[] row = {3};
            balance(b, row, date, "IGF", opening, "111", null, 15_000_000);
            balance(b, row, date, "IGF", opening, "112", null, 200_000_000);
            balance(b, row, date, "IGF", opening, "4118", null, 50_000_000);
            for (int no = 1; no <= members; no++) {
                balance(b, row, date, "IGF", opening, "4111", no, 500_000);
            }
            for (int no = 1; no <= loans; no++) {
                balance(b, row, date, "IGF", opening, "12881", no * (members / Math.max(1, loans)), 2_000_000);
            }
            balance(b, row, date, "AF", opening, "111", null, 3_000_000);
            Sheet d = wb.getSheet("Nhà tài trợ");
            Row donor = d.createRow(3);
            donor.createCell(0).setCellValue("Hội Người cao tuổi tỉnh");
            donor.createCell(1).setCellValue("Tổ chức");
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void balance(Sheet s, int[] row, CellStyle date, String fund, LocalDate on, String code, Integer member,
                                long amount) {
        Row r = s.createRow(row[0]++);
        r.createCell(0).setCellValue(fund);
        r.createCell(1).setCellValue(on);
        r.getCell(1).setCellStyle(date);
        r.createCell(2).setCellValue(code);
        if (member != null) {
            r.createCell(3).setCellValue(member);
        }
        r.createCell(4).setCellValue(amount);
    }

    private static double best(List<Double> seconds) {
        return seconds.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double median(List<Double> seconds) {
        List<Double> sorted = seconds.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String post(BenchClient http, String path, String token, String key, byte[] file, int expected)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(http.base().resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Content-Type", XLSX)
                .POST(HttpRequest.BodyPublishers.ofByteArray(file));
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body().replace(" ", "");
    }
}
