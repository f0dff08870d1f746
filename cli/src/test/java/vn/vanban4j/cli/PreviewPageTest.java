package vn.vanban4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.samples.Samples;

/**
 * The preview page in a real headless Chromium (Debian's chromium and chromium-driver): it loads
 * with the HTML and the PDF pages, shows a template edit within 2 s of the save, shows a mistake
 * with its template line marked, and clears it when fixed; a failed render keeps each pane's last
 * good preview, and the status line says what each pane shows. Screenshots go to target/preview/.
 */
class PreviewPageTest {
    @TempDir
    Path dir;

    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // no background networking: on a machine without the internet its refused connections slow Chromium down
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        return new ChromeDriver(service, options);
    }

    private static void screenshot(WebDriver driver, String name) throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "preview"));
        Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String previewText(WebDriver driver) {
        driver.switchTo().frame("html");
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (RuntimeException e) {
            return "";
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    private static final String TIME = "\\d\\d:\\d\\d:\\d\\d";

    private static byte[] png() throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static String status(WebDriver driver) {
        return driver.findElement(By.id("status")).getText();
    }

    // a wait whose failure says what the page's status line and mistake showed; the PDF's waits allow LibreOffice a slow start
    private static WebDriverWait within(WebDriver page, int seconds) {
        WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(seconds));
        wait.withMessage(() -> {
            try {
                return "the page's status line: " + status(page) + "; its mistake: " + page.findElement(By.id("error-message")).getText();
            } catch (RuntimeException e) {
                return "the page could not be read: " + e;
            }
        });
        return wait;
    }

    private static List<String> pageSources(WebDriver driver) {
        return driver.findElements(By.cssSelector("#pages img")).stream().map(i -> i.getAttribute("src")).toList();
    }

    @Test
    void thePageLoadsFollowsEditsAndShowsMistakesAtTheirLine() throws Exception {
        Path templates = dir.resolve("mau");
        Renderer.exportDefaults(templates, false);
        Path data = Files.writeString(dir.resolve("15-KH-UBND.json"), Samples.text(Samples.STATE_SAMPLE_PLAN));
        WebDriver driver = null;
        try (PdfConverter pdf = PdfConverter.standard().withProcesses(1);
                PreviewServer server = new PreviewServer(RenderCommand.rendererSource(templates, null, false, null), data, templates,
                        RenderCommand.watched(data, templates, null, null), pdf, 0, java.time.Clock.systemDefaultZone(),
                        java.util.Locale.ENGLISH)) {
            server.start();
            assertThat(server.address().getAddress().isLoopbackAddress()).as("listens on 127.0.0.1 only").isTrue();
            driver = chromium();
            WebDriver page = driver;
            WebDriverWait wait = within(page, 60);
            page.get(server.url());
            wait.until(d -> previewText(d).contains("KẾ HOẠCH"));
            wait.until(d -> !d.findElements(By.cssSelector("#pages img")).isEmpty()
                    && d.findElements(By.cssSelector("#pages img")).stream().allMatch(i -> !"0".equals(i.getAttribute("naturalWidth"))));
            assertThat(page.findElement(By.id("error")).isDisplayed()).isFalse();
            wait.until(d -> status(d).contains("PDF: updated"));
            assertThat(status(page)).matches("HTML: updated at " + TIME + "; PDF: updated at " + TIME);
            screenshot(page, "1-loaded");

            // an edit to a template shows within 2 s of the save
            Path plan = templates.resolve("plan.ftlx");
            String original = Files.readString(plan);
            String edited = original.replace("<@lib.rest/>", "<p>Dòng thêm của tác giả mẫu</p>\n<@lib.rest/>");
            assertThat(edited).isNotEqualTo(original);
            Files.writeString(plan, edited);
            long saved = System.nanoTime();
            within(page, 10).until(d -> previewText(d).contains("Dòng thêm của tác giả mẫu"));
            assertThat(Duration.ofNanos(System.nanoTime() - saved)).as("shown after the save").isLessThan(Duration.ofSeconds(2));
            screenshot(page, "2-edited");

            // a mistake appears on the page with its template line marked; the last good preview stays
            String broken = edited.replace("<p>Dòng thêm của tác giả mẫu</p>", "<p role=\"signature\">Dòng thêm</p>");
            Files.writeString(plan, broken);
            within(page, 30).until(d -> d.findElement(By.id("error")).isDisplayed());
            String message = page.findElement(By.id("error-message")).getText();
            int line = broken.lines().toList().indexOf(broken.lines().filter(l -> l.contains("role=\"signature\"")).findFirst()
                    .orElseThrow()) + 1;
            assertThat(message).startsWith("plan.ftlx:" + line + ":").contains("<p role=\"signature\">: use one of body, basis");
            assertThat(page.findElement(By.cssSelector("#error-source .bad")).getText())
                    .contains(String.valueOf(line)).contains("role=\"signature\"");
            assertThat(previewText(page)).contains("Dòng thêm của tác giả mẫu");
            assertThat(status(page)).matches("HTML: last good one, of " + TIME + " - error: plan\\.ftlx:" + line
                    + ":.*; PDF: last good one, of " + TIME);
            assertThat(page.findElements(By.cssSelector("#pages img"))).as("the last good PDF pages stay").isNotEmpty();
            screenshot(page, "3-error");

            // an image that is not there (a name in other capitals) is a mistake at its line too, in the HTML as in the PDF
            Files.createDirectories(templates.resolve("images"));
            Files.write(templates.resolve("images/logo.png"), png());
            Files.writeString(plan, original.replace("<header/>", "<header logo=\"Logo.PNG\"/>"));
            within(page, 30).until(d -> d.findElement(By.id("error-message")).getText()
                    .contains("Logo.PNG"));
            assertThat(page.findElement(By.id("error-message")).getText()).startsWith("plan.ftlx:5:1: the logo image \"Logo.PNG\""
                    + " is not there; did you mean logo.png?");
            assertThat(page.findElements(By.cssSelector("#pages img"))).isNotEmpty();
            screenshot(page, "3-image");

            // fixed: the mistake goes away
            Files.writeString(plan, original);
            within(page, 30).until(d -> !d.findElement(By.id("error")).isDisplayed());
            within(page, 30).until(d -> !previewText(d).contains("Dòng thêm"));
            within(page, 60).until(d -> status(d).contains("PDF: updated"));
            screenshot(page, "4-fixed");

            // the PDF alone fails (its converter closed): the HTML pane follows, the PDF pane keeps its last good pages
            List<String> lastGood = pageSources(page);
            pdf.close();
            Files.writeString(plan, original.replace("<@lib.rest/>", "<p>Chỉ HTML</p>\n<@lib.rest/>"));
            within(page, 60).until(d -> status(d).contains("PDF: last good one"));
            assertThat(previewText(page)).contains("Chỉ HTML");
            assertThat(status(page)).matches("HTML: updated at " + TIME + "; PDF: last good one, of " + TIME
                    + " - error: this PdfConverter was closed.*");
            assertThat(page.findElement(By.id("error-message")).getText()).contains("this PdfConverter was closed");
            assertThat(page.findElements(By.cssSelector("#pages img"))).hasSameSizeAs(lastGood)
                    .allSatisfy(i -> assertThat(i.getAttribute("naturalWidth")).isNotEqualTo("0"));
            screenshot(page, "5-pdf-failed");
        } finally {
            if (driver != null) {
                driver.quit();
            }
        }
    }
}
