package vn.ishc.fund;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shape of architecture.md, checked on the sources: dependencies between capabilities point one
 * way (no cycle, no upward arrow), and each table is read and written only by the capability that owns
 * it; the others go through its API (for SQL they embed, through fragments it writes, such as
 * club.ClubScope or geo.UnitTree).
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/vn/ishc/fund");

    /** What each capability may use. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("common", Set.of()),
            Map.entry("money", Set.of("common")),
            Map.entry("security", Set.of("common")),
            Map.entry("db", Set.of("common", "security")),
            Map.entry("health", Set.of("common", "security", "db")),
            Map.entry("geo", Set.of("common", "security")),
            Map.entry("club", Set.of("common", "security", "money", "geo")),
            Map.entry("user", Set.of("common", "security", "geo", "club")),
            Map.entry("ledger", Set.of("common", "security", "money", "geo", "club")),
            Map.entry("fund", Set.of("common", "security", "money", "geo", "club", "ledger")),
            Map.entry("lending", Set.of("common", "security", "money", "geo", "club", "ledger")),
            Map.entry("audit", Set.of("common", "security", "money", "geo", "club", "ledger")),
            Map.entry("report", Set.of("common", "security", "money", "geo", "club", "ledger", "fund", "lending", "audit")),
            Map.entry("monitoring", Set.of("common", "security", "money", "geo", "club", "ledger", "fund", "lending")),
            Map.entry("intake", Set.of("common", "security", "money", "geo", "club", "ledger", "fund", "lending")),
            Map.entry("demo", Set.of("common", "security", "money", "geo", "club", "user", "ledger", "fund", "lending")),
            // the pages: on top of everything, and nothing depends on them
            Map.entry("web", Set.of("common", "security", "money", "geo", "club", "ledger", "fund", "lending", "report", "monitoring", "intake")));

    /** Who owns each table (the migrations create them; anything new must be given an owner here). */
    private static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("admin_unit", "geo"), Map.entry("admin_unit_closure", "geo"),
            Map.entry("club", "club"), Map.entry("member", "club"), Map.entry("board_member", "club"),
            Map.entry("training", "club"), Map.entry("donor", "club"),
            Map.entry("app_user", "security"), Map.entry("app_user_club", "security"),
            Map.entry("app_setting", "security"), Map.entry("login_failure", "security"),
            Map.entry("ledger", "ledger"), Map.entry("account", "ledger"), Map.entry("account_template", "ledger"),
            Map.entry("account_month", "ledger"), Map.entry("account_day", "ledger"),
            Map.entry("journal_entry", "ledger"), Map.entry("posting", "ledger"), Map.entry("period_event", "ledger"),
            Map.entry("year_close", "ledger"), Map.entry("idempotency_key", "ledger"),
            Map.entry("loan_product", "lending"), Map.entry("loan", "lending"), Map.entry("loan_event", "lending"),
            Map.entry("loan_allocation", "lending"), Map.entry("club_lending", "lending"),
            Map.entry("statement_settings", "report"),
            Map.entry("audit_review", "audit"), Map.entry("audit_finding", "audit"),
            Map.entry("indicator", "monitoring"), Map.entry("target_plan", "monitoring"),
            Map.entry("target_goal", "monitoring"));

    /** User administration keeps security's users (no other capability reads them). */
    private static final Set<String> ALSO = Set.of("user:app_user");

    private static final Pattern IMPORT = Pattern.compile("\\bvn\\.ishc\\.fund\\.([a-z]+)\\.");
    private static final Pattern TABLE = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+([a-z_]+)\\b");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void dependenciesPointOneWay() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = capability(file);
            if (pkg == null) {
                continue;
            }
            assertTrue(ALLOWED.containsKey(pkg), "capability " + pkg + " has no place in the architecture");
            Matcher m = IMPORT.matcher(code(file));
            Set<String> used = new TreeSet<>();
            while (m.find()) {
                used.add(m.group(1));
            }
            used.remove(pkg);
            for (String dep : used) {
                if (!ALLOWED.get(pkg).contains(dep)) {
                    wrong.add(MAIN.relativize(file) + " uses " + dep);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void eachTableIsUsedByItsOwnerOnly() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> migrations = Files.list(Path.of("db/migration"))) {
            for (Path m : migrations.toList()) {
                Matcher t = Pattern.compile("CREATE TABLE (\\w+)").matcher(Files.readString(m));
                while (t.find()) {
                    created.add(t.group(1));
                }
            }
        }
        assertEquals(created, new TreeSet<>(OWNER.keySet()), "every table has an owner");
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = capability(file);
            Matcher m = TABLE.matcher(code(file));
            while (m.find()) {
                String owner = OWNER.get(m.group(1));
                if (owner != null && !owner.equals(pkg) && !ALSO.contains(pkg + ":" + m.group(1))) {
                    wrong.add(MAIN.relativize(file) + " uses " + m.group(1) + " of " + owner);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    /** The capability of a source file; null for the application class at the root. */
    private static String capability(Path file) {
        Path rel = MAIN.relativize(file);
        return rel.getNameCount() > 1 ? rel.getName(0).toString() : null;
    }

    private static String code(Path file) throws IOException {
        return COMMENT.matcher(Files.readString(file)).replaceAll(" ");
    }
}
