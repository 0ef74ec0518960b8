package vn.ishc.fund.common.error;

import io.micronaut.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ishc.fund.common.text.Texts;
import vn.ishc.fund.security.Role;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every message key the main code uses has a text in Vietnamese and in English, so no problem ever
 * shows a raw key ("Không có entity.ledger với mã này"). Keys are read off the source
 * ({@link MessageKeyScanner}); an argument that is not a literal must be listed in {@link #DYNAMIC}
 * with the keys it can produce, so a new kind of key cannot slip past.
 */
class MessageKeysTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /**
     * Arguments that are not literals, by file and expression, with the keys they can take. The
     * plumbing of common/error passes keys through; the rest are checked here from their origin.
     */
    private static final Map<String, Supplier<List<String>>> DYNAMIC = Map.ofEntries(
            plumbing("ApiException.java", "rule"),
            plumbing("ApiException.java", "reasonKey"),
            plumbing("ApiException.java", "code"),
            plumbing("ApiException.java", "\"entity.\" + what"),
            plumbing("ProblemResponses.java", "\"problem.\" + code + \".detail\""),
            plumbing("ProblemResponses.java", "\"problem.\" + code + \".title\""),
            plumbing("ProblemResponses.java", "\"rule.\" + f.rule()"),
            plumbing("RequestBindingErrors.java", "rule.rule()"),
            // the codes of every error status the framework answers itself
            Map.entry("ProblemErrorResponseProcessor.java|code", () -> Stream.of(HttpStatus.values())
                    .filter(s -> s.getCode() >= 400)
                    .flatMap(s -> Stream.of(MessageKeyScanner.PROBLEM).map(t -> t.formatted(ProblemErrorResponseProcessor.codeOf(s))))
                    .toList()),
            // a role's scope, named in rule.scope-mismatch
            Map.entry("ScopeRules.java|\"scope.\" + role.name()", () -> Stream.of(Role.values()).map(r -> "scope." + r.name()).toList()),
            // the loan engine's rules (LoanRuleException literals) passed on by the service
            Map.entry("LoanService.java|e.rule()", List::of),
            Map.entry("LoanBook.java|beforeDisbursementRule", List::of),
            // what Texts.unacceptable answers for a control character and for half a surrogate pair
            Map.entry("CleanTextDeserializer.java|rule", MessageKeysTest::textRules),
            Map.entry("QueryParameterRules.java|textRule", MessageKeysTest::textRules),
            // the club intake: a cell's text rule, and the rules of its problems passed on (scanned where they arise)
            Map.entry("CellReader.java|bad", MessageKeysTest::textRules),
            plumbing("IntakeService.java", "i.rule()"),
            plumbing("IntakeService.java", "\"rule.\" + i.rule()"),
            plumbing("IntakeService.java", "f.rule()"),
            plumbing("IntakeService.java", "e.code()"));

    private static Properties en;
    private static Properties vi;
    private static MessageKeyScanner scanner;

    @BeforeAll
    static void load() throws IOException {
        en = bundle("/messages_en.properties");
        vi = bundle("/messages_vi.properties");
        scanner = new MessageKeyScanner();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                scanner.scan(file.getFileName().toString(), Files.readString(file));
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesHasBothTexts() {
        List<String> missing = new ArrayList<>();
        for (MessageKeyScanner.Use use : scanner.uses) {
            missingIn(use.key(), use.file() + ":" + use.line(), missing);
        }
        assertTrue(missing.isEmpty(), "keys without a text:\n" + String.join("\n", new TreeSet<>(missing)));
        assertTrue(scanner.uses.size() > 200, "the scan found only " + scanner.uses.size() + " key uses");
        Set<String> keys = scanner.uses.stream().map(MessageKeyScanner.Use::key).collect(Collectors.toSet());
        assertTrue(keys.containsAll(Set.of("entity.ledger", "entity.loan", "entity.repayment", "rule.enum",
                "rule.required", "problem.login-failed.title", "rule.overpayment", "rule.repayment-before-disbursement")), "scan reach");
    }

    @Test
    void everyKeyOfANonLiteralArgumentIsKnownAndHasBothTexts() {
        List<String> unknown = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (MessageKeyScanner.Dynamic d : scanner.dynamics) {
            String id = d.file() + "|" + d.expression();
            seen.add(id);
            Supplier<List<String>> keys = DYNAMIC.get(id);
            if (keys == null) {
                unknown.add(d.file() + ":" + d.line() + " " + d.call() + "(… " + d.expression() + " …)");
                continue;
            }
            keys.get().forEach(k -> missingIn(k, id, missing));
        }
        assertTrue(unknown.isEmpty(), "message keys the source does not show; pass a literal, or list the "
                + "expression in MessageKeysTest.DYNAMIC with the keys it can take:\n" + String.join("\n", unknown));
        assertTrue(missing.isEmpty(), "keys without a text:\n" + String.join("\n", missing));
        Set<String> stale = new TreeSet<>(DYNAMIC.keySet());
        stale.removeAll(seen);
        assertTrue(stale.isEmpty(), "DYNAMIC lists expressions the source no longer has: " + stale);
    }

    @Test
    void aNewRuleWithoutTextsIsCaught() {
        MessageKeyScanner s = new MessageKeyScanner();
        s.scan("New.java", """
                class New {
                    void check(Long amount, boolean big) {
                        // ApiException.rule("x", "commented-out") is no use
                        if (amount == null) throw ApiException.rule("x", "new-rule");
                        throw ApiException.invalid(field(a, b),
                                big ? "too-large" : "another-new-rule", 5);
                    }
                    void other() { throw ApiException.notFound("spaceship"); }
                    void dynamic(String r) { throw ApiException.conflict("y", r); }
                }
                """);
        List<String> missing = new ArrayList<>();
        s.uses.forEach(u -> missingIn(u.key(), u.file() + ":" + u.line(), missing));
        assertEquals(Set.of("rule.new-rule New.java:4", "rule.another-new-rule New.java:5", "entity.spaceship New.java:8"),
                missing.stream().map(m -> m.replace(" (en, vi)", "")).collect(Collectors.toSet()));
        assertEquals(1, s.dynamics.size());
        assertEquals("r", s.dynamics.get(0).expression());
    }

    @Test
    void bundlesHaveOneTextPerKeyEachAWellFormedPattern() throws IOException {
        for (String resource : List.of("/messages_en.properties", "/messages_vi.properties")) {
            Map<String, Integer> count = new HashMap<>();
            for (String line : lines(resource)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    count.merge(line.substring(0, line.indexOf('=')).strip(), 1, Integer::sum);
                }
            }
            List<String> twice = count.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
            assertTrue(twice.isEmpty(), resource + " gives these keys twice: " + twice);
        }
        assertEquals(en.stringPropertyNames(), vi.stringPropertyNames());
        for (Properties p : List.of(en, vi)) {
            for (String key : p.stringPropertyNames()) {
                new MessageFormat(p.getProperty(key)); // throws on a broken {0} or quote
            }
        }
    }

    private static Map.Entry<String, Supplier<List<String>>> plumbing(String file, String expression) {
        return Map.entry(file + "|" + expression, List::of);
    }

    private static List<String> textRules() {
        return Stream.of("\u0000", "\u001b", "\u0085", "\uD800").map(Texts::unacceptable).map(r -> "rule." + r).toList();
    }

    private static void missingIn(String key, String where, List<String> missing) {
        List<String> languages = new ArrayList<>();
        if (!en.containsKey(key)) {
            languages.add("en");
        }
        if (!vi.containsKey(key)) {
            languages.add("vi");
        }
        if (!languages.isEmpty()) {
            missing.add(key + " " + where + " (" + String.join(", ", languages) + ")");
        }
    }

    private static Properties bundle(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageKeysTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = MessageKeysTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
