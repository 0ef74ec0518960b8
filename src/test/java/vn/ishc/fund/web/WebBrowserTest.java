package vn.ishc.fund.web;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages in a real browser, as a treasurer on a phone uses them: sign in, the home page, the meeting sheet
 * filled by typing (amounts ticked and totalled as she goes), saved with a double tap and posted once, the
 * language switch, sign-out. Checks what the phone needs (no sideways scrolling at 360 px, 18 px text,
 * 48 px targets) and writes screenshots at 360×740 and 1280×800 to target/screenshots/.
 */
class WebBrowserTest {

    private static ChromeDriver driver;
    private static ClubBooks books;
    private static Fixtures.User treasurer;
    private static long loan;
    private static String base;

    @BeforeAll
    static void setUp() throws Exception {
        Chromium.assumeInstalled();
        books = new ClubBooks(6);
        treasurer = Fixtures.createUser("TREASURER", null, List.of(books.club));
        LocalDate today = TestApp.bean(BusinessDates.class).today();
        books.op("contribution", Map.of("memberId", books.member(5), "amount", 12_500_000, "date", books.founded.toString()))
                .expect(201);
        Lending lending = new Lending(books);
        loan = lending.active(books.member(0), lending.product(Map.of()), 2_000_000, today.minusDays(45));
        base = TestApp.server().getURI().toString();
        driver = Chromium.start();
    }

    @AfterAll
    static void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    private static void open(String path) {
        driver.get(base + path);
    }

    private static void phoneChecks(String page) {
        long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
        long width = ((Number) js("return window.innerWidth")).longValue();
        assertTrue(scroll <= width, page + ": no sideways scrolling (" + scroll + " > " + width + ")");
        double font = Double.parseDouble(String.valueOf(js("return parseFloat(getComputedStyle(document.body).fontSize)")));
        assertTrue(font >= 18, page + ": body text " + font + " px");
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) js("return Array.from(document.querySelectorAll('button, a.button, input[type=text],"
                + " input[type=password], input[type=date], .tick, .bar a')).filter(e => e.offsetParent !== null)"
                + ".filter(e => e.getBoundingClientRect().height < 48).map(e => e.outerHTML.slice(0, 80))");
        assertEquals(List.of(), small, page + ": touch targets under 48 px");
    }

    @Test
    void aTreasurerRecordsTheMeetingOnAPhone() throws Exception {
        Chromium.size(driver, 360, 740);
        open("/");
        assertTrue(driver.getCurrentUrl().endsWith("/sign-in"), driver.getCurrentUrl());
        phoneChecks("sign-in");
        Chromium.screenshot(driver, "sign-in-360");
        driver.findElement(By.id("username")).sendKeys(treasurer.username());
        driver.findElement(By.id("password")).sendKeys("wrong-password");
        clickAndLoad(By.cssSelector("form.stack button"));
        assertTrue(waitFor(By.id("signin-error")).getText().contains("không đúng"));
        Chromium.screenshot(driver, "sign-in-error-360");
        driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        clickAndLoad(By.cssSelector("form.stack button"));

        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/clubs/" + books.club));
        // 12,500,000 contributed, 2,000,000 lent
        assertEquals("10.500.000 ₫", driver.findElement(By.cssSelector("[data-figure=igf-cash]")).getText().replace('\u00a0', ' '));
        phoneChecks("home");
        Chromium.screenshot(driver, "home-360");

        clickAndLoad(By.cssSelector("a.button.primary"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/meeting"));
        phoneChecks("meeting");
        Chromium.screenshot(driver, "meeting-360");
        long entriesBefore = books.entries();

        type("fee_" + books.member(0), "20000");
        type("fee_" + books.member(1), "20k");
        type("contribution_" + books.member(1), "100000");
        type("fee_" + books.member(2), "20.000");
        WebElement repay = driver.findElement(By.name("repay_" + loan));
        repay.click();
        driver.findElement(By.tagName("h1")).click();
        assertTrue(driver.findElement(By.name("paid_" + books.member(0))).isSelected(), "typing an amount ticks its line");
        assertEquals("20.000", driver.findElement(By.id("fee_" + books.member(1))).getAttribute("value"), "20k is shown back as 20.000");
        assertEquals("100.000", driver.findElement(By.id("contribution_" + books.member(1))).getAttribute("value"));
        String due = driver.findElement(By.id("amount_" + loan)).getAttribute("value");
        long repayment = Long.parseLong(due.replace(".", ""));
        assertEquals(format(60_000), total("fee"));
        assertEquals(format(100_000), total("contribution"));
        assertEquals(format(160_000 + repayment), total("all"));
        // the cash count: 10,500,000 in the box before the meeting (12,500,000 contributed, 2,000,000 lent)
        long expected = 10_500_000 + 160_000 + repayment;
        assertEquals(format(10_500_000), driver.findElement(By.cssSelector("[data-cash=opening]")).getText().replace('\u00a0', ' '));
        assertEquals(format(expected), driver.findElement(By.cssSelector("[data-cash=expected]")).getText().replace('\u00a0', ' '));
        type("counted", String.valueOf(expected - 10_000));
        assertEquals("−10.000 ₫", driver.findElement(By.cssSelector("[data-cash=difference]")).getText().replace('\u00a0', ' '));
        Chromium.screenshot(driver, "meeting-cash-count-360");
        js("window.scrollTo(0, 0)");
        Chromium.screenshot(driver, "meeting-filled-360");

        // a double tap on save
        WebElement save = driver.findElement(By.cssSelector("button.save"));
        js("arguments[0].scrollIntoView({block: 'center'})", save);
        js("arguments[0].click(); arguments[0].click();", save);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("saved="));
        assertTrue(waitFor(By.cssSelector(".notice-ok")).getText().startsWith("Đã lưu buổi sinh hoạt"));
        // three fees in one AF entry, a contribution in one IGF entry, a repayment: exactly three entries
        assertEquals(entriesBefore + 3, books.entries());
        Chromium.screenshot(driver, "home-saved-360");
        driver.navigate().refresh();
        driver.navigate().back();
        assertEquals(entriesBefore + 3, books.entries(), "reloading and going back post nothing");
        assertEquals("", driver.findElement(By.id("fee_" + books.member(0))).getAttribute("value"),
                "going back shows a fresh sheet, not the one saved");
        assertEquals(60_000, books.net(books.af, "111").longValueExact());
        books.checkInvariants();

        open("/clubs/" + books.club);
        clickAndLoad(By.cssSelector("a.lang"));
        assertEquals("Fund size", waitFor(By.id("fund-size")).getText());
        assertTrue(driver.findElement(By.cssSelector("[data-figure=af-cash]")).getText().replace('\u00a0', ' ').equals("60,000 ₫"),
                driver.findElement(By.cssSelector("[data-figure=af-cash]")).getText());
        Chromium.screenshot(driver, "home-en-360");

        Chromium.size(driver, 1280, 800);
        Chromium.screenshot(driver, "home-en-1280");
        clickAndLoad(By.cssSelector("a.lang"));
        Chromium.screenshot(driver, "home-1280");
        open("/clubs/" + books.club + "/meeting");
        Chromium.screenshot(driver, "meeting-1280");
        clickAndLoad(By.cssSelector("form.signout button"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/sign-in"));
        Chromium.screenshot(driver, "sign-in-1280");
        open("/clubs/" + books.club);
        assertTrue(driver.getCurrentUrl().contains("/sign-in"), "signed out");
    }

    /** Clicks something that loads a new page and waits until the old page is gone, so nothing is read from it. */
    private static void clickAndLoad(By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
    }

    private static WebElement waitFor(By target) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(target));
    }

    private static void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        js("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(text);
    }

    private static String total(String kind) {
        return driver.findElement(By.cssSelector("[data-total=" + kind + "]")).getText().replace('\u00a0', ' ');
    }

    private static String format(long amount) {
        return new WebFormat(vn.ishc.fund.common.error.Messages.VIETNAMESE).money(java.math.BigDecimal.valueOf(amount));
    }
}
