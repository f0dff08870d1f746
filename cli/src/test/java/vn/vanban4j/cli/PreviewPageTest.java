package vn.vanban4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
 * with its template line marked, and clears it when fixed. Screenshots go to target/preview/.
 */
class PreviewPageTest {
    @TempDir
    Path dir;

    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
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

    @Test
    void thePageLoadsFollowsEditsAndShowsMistakesAtTheirLine() throws Exception {
        Path templates = dir.resolve("mau");
        Renderer.exportDefaults(templates, false);
        Path data = Files.writeString(dir.resolve("15-KH-UBND.json"), Samples.text(Samples.STATE_SAMPLE_PLAN));
        WebDriver driver = null;
        try (PdfConverter pdf = PdfConverter.standard().withProcesses(1);
                PreviewServer server = new PreviewServer(RenderCommand.rendererSource(templates, null, false, null), data, templates,
                        RenderCommand.watched(data, templates, null, null), pdf, 0)) {
            server.start();
            assertThat(server.address().getAddress().isLoopbackAddress()).as("listens on 127.0.0.1 only").isTrue();
            driver = chromium();
            WebDriver page = driver;
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(30));
            page.get(server.url());
            wait.until(d -> previewText(d).contains("KẾ HOẠCH"));
            wait.until(d -> !d.findElements(By.cssSelector("#pages img")).isEmpty()
                    && d.findElements(By.cssSelector("#pages img")).stream().allMatch(i -> !"0".equals(i.getAttribute("naturalWidth"))));
            assertThat(page.findElement(By.id("error")).isDisplayed()).isFalse();
            screenshot(page, "1-loaded");

            // an edit to a template shows within 2 s of the save
            Path plan = templates.resolve("plan.ftlx");
            String original = Files.readString(plan);
            String edited = original.replace("<@lib.rest/>", "<p>Dòng thêm của tác giả mẫu</p>\n<@lib.rest/>");
            assertThat(edited).isNotEqualTo(original);
            Files.writeString(plan, edited);
            long saved = System.nanoTime();
            new WebDriverWait(page, Duration.ofSeconds(10)).until(d -> previewText(d).contains("Dòng thêm của tác giả mẫu"));
            assertThat(Duration.ofNanos(System.nanoTime() - saved)).as("shown after the save").isLessThan(Duration.ofSeconds(2));
            screenshot(page, "2-edited");

            // a mistake appears on the page with its template line marked; the last good preview stays
            String broken = edited.replace("<p>Dòng thêm của tác giả mẫu</p>", "<p role=\"signature\">Dòng thêm</p>");
            Files.writeString(plan, broken);
            new WebDriverWait(page, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("error")).isDisplayed());
            String message = page.findElement(By.id("error-message")).getText();
            int line = broken.lines().toList().indexOf(broken.lines().filter(l -> l.contains("role=\"signature\"")).findFirst()
                    .orElseThrow()) + 1;
            assertThat(message).startsWith("plan.ftlx:" + line + ":").contains("<p role=\"signature\">: use one of body, basis");
            assertThat(page.findElement(By.cssSelector("#error-source .bad")).getText())
                    .contains(String.valueOf(line)).contains("role=\"signature\"");
            assertThat(previewText(page)).contains("Dòng thêm của tác giả mẫu");
            screenshot(page, "3-error");

            // fixed: the mistake goes away
            Files.writeString(plan, original);
            new WebDriverWait(page, Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("error")).isDisplayed());
            new WebDriverWait(page, Duration.ofSeconds(10)).until(d -> !previewText(d).contains("Dòng thêm"));
            screenshot(page, "4-fixed");
        } finally {
            if (driver != null) {
                driver.quit();
            }
        }
    }
}
