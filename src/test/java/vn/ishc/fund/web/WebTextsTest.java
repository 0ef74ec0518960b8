package vn.ishc.fund.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every text of the pages is in both web bundles: the keys the templates and the web package use, and no others. */
class WebTextsTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("t\\.(?:get|arg)\\('([^']+)'");
    private static final Pattern CODE_KEY = Pattern.compile("\"((?:app|lang|signin|signout|nav|home|meeting|web|error)\\.[A-Za-z.]+)\"");

    @Test
    void bothLanguagesHaveEveryKey() throws IOException {
        Set<String> vi = keys("/web_vi.properties");
        Set<String> en = keys("/web_en.properties");
        assertEquals(vi, en);
        Set<String> used = new TreeSet<>();
        scan(Path.of("src/main/resources/views"), TEMPLATE_KEY, used);
        scan(Path.of("src/main/java/vn/ishc/fund/web"), CODE_KEY, used);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(vi);
        assertEquals(Set.of(), missing, "keys used but not in the bundles");
        assertTrue(used.size() > 40, "the scan found the keys: " + used.size());
        for (String key : vi) {
            assertTrue(!new WebTexts(vn.ishc.fund.common.error.Messages.VIETNAMESE).get(key).isBlank(), key);
        }
    }

    @Test
    void textsTakeTheirArguments() {
        assertEquals("quá hạn 12 ngày", new WebTexts(vn.ishc.fund.common.error.Messages.VIETNAMESE).arg("meeting.overdue", 12));
        assertEquals("12 days overdue", new WebTexts(vn.ishc.fund.common.error.Messages.ENGLISH).arg("meeting.overdue", 12));
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = WebTextsTest.class.getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static void scan(Path folder, Pattern key, Set<String> into) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            Matcher m = key.matcher(Files.readString(f));
            while (m.find()) {
                into.add(m.group(1));
            }
        }
    }
}
