package vn.ishc.fund;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every class that declares tests runs in {@code ./mvnw verify}: Surefire only picks up classes named by its
 * default includes (Test*, *Test, *Tests, *TestCase), so a test class named otherwise (as LoanEngineProperties
 * once was) silently never runs. Counts the classes with tests and the ones Surefire will run: they must agree.
 */
class EveryTestClassRunsTest {

    private static final Pattern DECLARES_TESTS = Pattern.compile(
            "@(?:[\\w.]+\\.)?(Test|ParameterizedTest|RepeatedTest|TestFactory|Property|Example)\\b");
    private static final Pattern SUREFIRE_INCLUDES = Pattern.compile("(Test\\w*|\\w*Test|\\w*Tests|\\w*TestCase)\\.java");

    @Test
    void surefireRunsEveryClassThatDeclaresTests() throws IOException {
        List<Path> withTests;
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            withTests = files.filter(p -> p.toString().endsWith(".java")).filter(EveryTestClassRunsTest::declaresTests).toList();
        }
        List<Path> run = withTests.stream().filter(p -> SUREFIRE_INCLUDES.matcher(p.getFileName().toString()).matches()).toList();
        List<String> notRun = withTests.stream().filter(p -> !run.contains(p)).map(Path::toString).toList();
        assertTrue(withTests.size() > 50, "the test sources were found: " + withTests.size());
        assertEquals(List.of(), notRun, "classes with tests that Surefire would not run (rename them to *Test)");
        assertEquals(withTests.size(), run.size());
        System.out.println("Test classes: " + withTests.size() + " declare tests, " + run.size() + " run");
    }

    private static boolean declaresTests(Path file) {
        try {
            return DECLARES_TESTS.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
