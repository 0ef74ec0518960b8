package vn.ishc.fund.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ishc.fund.common.time.BusinessDates;
import vn.ishc.fund.support.ClubBooks;
import vn.ishc.fund.support.Fixtures;
import vn.ishc.fund.support.Lending;
import vn.ishc.fund.support.TestApp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core, run in Chromium on every page a treasurer sees, in both languages, at a phone's width and at a
 * desktop's: no serious or critical violation of WCAG 2.1 A/AA. A page added to the app is added to
 * {@link #pages()}.
 */
class WebAccessibilityTest {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static ChromeDriver driver;
    private static ClubBooks books;
    private static Fixtures.User treasurer;
    private static String base;

    @BeforeAll
    static void setUp() throws Exception {
        Chromium.assumeInstalled();
        books = new ClubBooks(4);
        treasurer = Fixtures.createUser("TREASURER", null, List.of(books.club));
        books.op("contribution", Map.of("memberId", books.member(1), "amount", 3_000_000, "date", books.founded.toString()))
                .expect(201);
        Lending lending = new Lending(books);
        lending.active(books.member(0), lending.product(Map.of()), 1_000_000,
                TestApp.bean(BusinessDates.class).today().minusDays(40));
        base = TestApp.server().getURI().toString();
        driver = Chromium.start();
    }

    @AfterAll
    static void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** The signed-in pages: the club's home, the meeting sheet, a page that does not exist. */
    private static List<String> pages() {
        String club = "/clubs/" + books.club;
        return List.of(club, club + "/meeting", club + "/no-such-page");
    }

    @Test
    void everyPageHasNoSeriousOrCriticalViolation() {
        List<String> found = new ArrayList<>();
        for (int width : new int[] {360, 1280}) {
            Chromium.size(driver, width, width == 360 ? 740 : 800);
            driver.manage().deleteAllCookies();
            driver.get(base + "/sign-in");
            found.addAll(check("sign-in @" + width));
            driver.findElement(By.id("username")).sendKeys(treasurer.username());
            driver.findElement(By.id("password")).sendKeys("wrong");
            submit();
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("signin-error")));
            found.addAll(check("sign-in error @" + width));
            driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
            submit();
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/clubs/" + books.club));
            for (String language : List.of("vi", "en")) {
                driver.get(base + "/language/" + language + "?back=/clubs/" + books.club);
                for (String page : pages()) {
                    driver.get(base + page);
                    found.addAll(check(page + " (" + language + ") @" + width));
                }
            }
        }
        assertEquals(List.of(), found, "serious or critical accessibility violations");
    }

    @Test
    void theCheckFindsAViolation() {
        // an image without text and an unlabelled field on a page: if axe did not run, the test above would pass vacuously
        driver.get(base + "/sign-in");
        driver.executeScript("document.body.insertAdjacentHTML('beforeend', '<input type=text id=bare><img src=/x.png>')");
        assertTrue(check("sign-in, spoiled").stream().anyMatch(v -> v.contains("label") || v.contains("image-alt")));
    }

    private static void submit() {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector("form.stack button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
    }

    private static List<String> check(String where) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        assertTrue(results.getErrorMessage() == null, where + ": axe failed: " + results.getErrorMessage());
        List<String> out = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                out.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " — "
                        + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
        return out;
    }
}
