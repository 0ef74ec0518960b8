package vn.ishc.fund.db;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.support.Api;
import vn.ishc.fund.support.Dates;
import vn.ishc.fund.support.Db;
import vn.ishc.fund.support.OwnService;
import vn.ishc.fund.support.Response;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A backup taken through the API while treasurers keep posting, restored into an empty data folder:
 * the service started there holds exactly the books as they were at one instant (every ledger a
 * prefix of the source's chain), every balance equal to the source's for those entries, every chain valid.
 */
class BackupRestoreTest {

    private static final Path RESTORED = Path.of("target", "restore-db");

    @Test
    void aBackupTakenWhileWritingRestoresIntoAnEmptyFolderWithEveryBalanceAndChain() throws Exception {
        Path backup = Path.of("target", "backup-test", "backup.sql");
        List<Long> ledgers = new ArrayList<>();
        Map<Long, List<Map<String, Object>>> sourceEntries = new TreeMap<>();
        try (OwnService source = OwnService.start("backup-db", true, Map.of())) {
            List<OwnService.Club> clubs = List.of(source.club(3), source.club(3));
            clubs.forEach(c -> ledgers.addAll(List.of(c.igf(), c.af())));
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger posted = new AtomicInteger();
            List<Thread> writers = new ArrayList<>();
            for (OwnService.Club club : clubs) {
                for (long member : club.members()) {
                    Thread t = new Thread(() -> write(source.anonymous().as(club.treasurer()), club.id(), member, stop, posted));
                    writers.add(t);
                    t.start();
                }
            }
            while (posted.get() < 30) {
                Thread.sleep(20);
            }
            // only ADMIN takes backups
            source.anonymous().as(clubs.get(0).treasurer()).get("/api/v1/admin/backup").expectProblemType(403, "forbidden");
            int before = posted.get();
            download(source, backup);
            int during = posted.get() - before;
            Thread.sleep(500);
            stop.set(true);
            for (Thread t : writers) {
                t.join();
            }
            String sql = Files.readString(backup);
            assertTrue(sql.contains("CREATE TABLE `journal_entry`"), "the books are in the dump");
            assertTrue(sql.stripTrailing().lines().reduce((a, b) -> b).orElse("").startsWith("-- Dump completed"),
                    "a complete dump");
            assertTrue(posted.get() > before, "writing went on around the backup (" + during + " during it)");
            Db db = source.db();
            for (long ledger : ledgers) {
                sourceEntries.put(ledger, db.rows("SELECT id, seq, hash FROM journal_entry WHERE ledger_id = ? ORDER BY seq", ledger));
            }
            deleteTree(RESTORED);
            Path cut = backup.resolveSibling("cut.sql");
            Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(backup), (int) Files.size(backup) / 2));
            assertThrows(IOException.class, () -> Restore.into(cut, RESTORED), "a cut backup is refused");
            assertFalse(Files.exists(RESTORED), "and nothing was started for it");
            Restore.into(backup, RESTORED);
            long restoredTotal = 0;
            try (OwnService restored = OwnService.start("restore-db", false, Map.of())) {
                Db copy = restored.db();
                for (long ledger : ledgers) {
                    List<Map<String, Object>> entries = copy.rows("SELECT id, seq, hash FROM journal_entry WHERE ledger_id = ? "
                            + "ORDER BY seq", ledger);
                    List<Map<String, Object>> all = sourceEntries.get(ledger);
                    assertTrue(entries.size() <= all.size(), "no entry the source does not have");
                    assertEquals(all.subList(0, entries.size()), entries, "ledger " + ledger + " is the source's, up to the backup");
                    restoredTotal += entries.size();
                    long headSeq = entries.isEmpty() ? 0 : ((Number) entries.get(entries.size() - 1).get("seq")).longValue();
                    assertEquals(nets(db, ledger, headSeq), trialBalanceNets(restored.admin(), ledger),
                            "every balance of ledger " + ledger + " as in the source for those entries");
                    JsonNode report = restored.admin().get("/api/v1/ledgers/" + ledger + "/verify").expect(200).json();
                    assertTrue(report.get("valid").asBoolean(), report.toString());
                    assertEquals(entries.size(), report.get("entriesChecked").asLong(), report.toString());
                }
                long someEntry = ((Number) sourceEntries.get(ledgers.get(0)).get(0).get("id")).longValue();
                assertThrows(RuntimeException.class, () -> copy.update("UPDATE journal_entry SET description = 'changed' "
                        + "WHERE id = ?", someEntry), "the restored books still refuse changes (triggers)");
                assertTrue(restoredTotal >= before, "the backup holds what was posted before it (" + restoredTotal + " >= "
                        + before + ")");
                // and the restored service works: it takes new postings on top
                OwnService.Club first = clubs.get(0);
                String treasurer = restored.login(restored.db().string("SELECT username FROM app_user WHERE role = 'TREASURER' "
                        + "ORDER BY id LIMIT 1"), vn.ishc.fund.support.Fixtures.PASSWORD);
                restored.anonymous().as(treasurer).header("Idempotency-Key", UUID.randomUUID().toString())
                        .post("/api/v1/clubs/" + first.id() + "/operations/fee",
                                Map.of("memberId", first.members().get(0), "amount", 7000, "date", Dates.today().toString()))
                        .expect(201);
                System.out.printf("Backup test: %d entries in the backup of %d posted (%d while it was taken), %d bytes%n",
                        restoredTotal, posted.get(), during, Files.size(backup));
            }
        }
    }

    private static void write(Api treasurer, long club, long member, AtomicBoolean stop, AtomicInteger posted) {
        String today = Dates.today().toString();
        for (int i = 0; !stop.get(); i++) {
            String operation = i % 2 == 0 ? "fee" : "contribution";
            treasurer.header("Idempotency-Key", UUID.randomUUID().toString())
                    .post("/api/v1/clubs/" + club + "/operations/" + operation,
                            Map.of("memberId", member, "amount", 1000 * (1 + i % 7), "date", today))
                    .expect(201);
            posted.incrementAndGet();
        }
    }

    /** GET /api/v1/admin/backup as ADMIN, saved to a file. */
    private static void download(OwnService service, Path to) throws IOException, InterruptedException {
        Files.createDirectories(to.getParent());
        String token = service.login("admin", OwnService.ADMIN_PASSWORD);
        URI uri = service.context().getBean(io.micronaut.runtime.server.EmbeddedServer.class).getURI().resolve("/api/v1/admin/backup");
        HttpResponse<Path> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofFile(to,
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
        assertEquals(200, r.statusCode(), () -> readQuietly(to));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sql"));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("ishc-backup-"));
    }

    /** Debit minus credit per account code over the entries up to {@code headSeq}, from the postings. */
    private static Map<String, BigDecimal> nets(Db db, long ledger, long headSeq) {
        Map<String, BigDecimal> nets = new TreeMap<>();
        for (Map<String, Object> row : db.rows("SELECT a.code, SUM(CASE WHEN p.side = 'D' THEN p.amount ELSE -p.amount END) "
                + "AS net FROM posting p JOIN journal_entry e ON e.id = p.entry_id JOIN account a ON a.id = p.account_id "
                + "WHERE p.ledger_id = ? AND e.seq <= ? GROUP BY a.code", ledger, headSeq)) {
            BigDecimal net = new BigDecimal(row.get("net").toString());
            if (net.signum() != 0) {
                nets.put((String) row.get("code"), net.stripTrailingZeros());
            }
        }
        return nets;
    }

    /** Debit minus credit per account code, as the restored service's trial balance shows them. */
    private static Map<String, BigDecimal> trialBalanceNets(Api admin, long ledger) {
        Response r = admin.get("/api/v1/ledgers/" + ledger + "/trial-balance").expect(200);
        assertTrue(r.json().get("balanced").asBoolean(), r.text());
        Map<String, BigDecimal> nets = new TreeMap<>();
        for (JsonNode row : r.json().get("rows")) {
            BigDecimal net = row.get("debit").decimalValue().subtract(row.get("credit").decimalValue());
            if (net.signum() != 0) {
                nets.put(row.get("code").asText(), net.stripTrailingZeros());
            }
        }
        return nets;
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
