package vn.vanban4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vanban4j.Vanban4j;
import vn.vanban4j.importer.ImportException;
import vn.vanban4j.importer.Importer;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.test.Fixtures;

/** The library's errors as RFC 9457 problem details in a servlet web application, and not when switched off. */
class Vanban4jProblemDetailsTest {
    @TempDir
    static Path dir;

    /** A host's controller whose calls fail as a clerk's requests do. */
    @RestController
    static class Failing {
        private final Vanban4j vanban;

        Failing(Vanban4j vanban) {
            this.vanban = vanban;
        }

        @GetMapping("/plan")
        Object plan() {
            return vanban.read("{\"kind\": \"PLAN\", \"number\": 15, \"issued\": \"hôm qua\"}", "ke-hoach.json");
        }

        @GetMapping("/syntax")
        Object syntax() {
            return vanban.read("{\n  \"kind\": \"PLAN\",\n  \"number\" \"15\"\n}", "loi-cu-phap.json");
        }

        @GetMapping("/template")
        Object template() throws Exception {
            Path templates = dir.resolve("mau-hong");
            Renderer.exportDefaults(templates, true);
            Files.writeString(templates.resolve("plan.ftlx"), "<#-- mẫu hỏng -->\n${khong_co_gi}\n");
            return vanban.withRenderer(Renderer.fromTemplates(templates)).render(Fixtures.statePlan(), Vanban4j.Format.DOCX);
        }

        @GetMapping("/pdf")
        Object pdf() {
            return PdfConverter.withOfficeHome(dir.resolve("khong-co-libreoffice"), Duration.ofSeconds(5)).pdf(new byte[] {1}, "x");
        }

        @GetMapping("/import")
        Object importing() throws Exception {
            try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream scan = new ByteArrayOutputStream()) {
                pdf.addPage(new PDPage());
                pdf.save(scan);
                return vanban.importDocument(scan.toByteArray(), Importer.Format.PDF, "scan.pdf");
            }
        }
    }

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(Vanban4jAutoConfiguration.class, Vanban4jProblemDetailsAutoConfiguration.class,
                    WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class))
            .withUserConfiguration(Failing.class);

    @Test
    void eachErrorAnswersWithItsStatusAndFields() {
        web.run(context -> {
            assertThat(context).hasSingleBean(Vanban4jProblemDetails.class);
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            mvc.perform(get("/plan").header("Accept-Language", "en-US,en;q=0.9")).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.source").value("ke-hoach.json"))
                    .andExpect(jsonPath("$.problems[0].path").exists())
                    .andExpect(jsonPath("$.problems[0].message").exists())
                    .andExpect(jsonPath("$.problems[?(@.path == '$.issued')]").exists())
                    .andExpect(jsonPath("$.title").value("The document cannot be read"))
                    .andExpect(jsonPath("$.problems[?(@.path == '$.family')].message").value("required field is missing"))
                    .andExpect(jsonPath("$.problems[?(@.path == '$.family')].code").value("REQUIRED"))
                    .andExpect(jsonPath("$.problems[0].line").doesNotExist());
            mvc.perform(get("/syntax")).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.problems[0].line").value(3))
                    .andExpect(jsonPath("$.problems[0].column").isNumber())
                    .andExpect(jsonPath("$.problems[0].path").exists());
            mvc.perform(get("/template")).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("khong_co_gi")))
                    .andExpect(jsonPath("$.template").value("plan.ftlx"))
                    .andExpect(jsonPath("$.line").value(2))
                    .andExpect(jsonPath("$.column").isNumber())
                    .andExpect(jsonPath("$.code").value("TEMPLATE_RUNTIME"));
            mvc.perform(get("/pdf").header("Accept-Language", "en")).andExpect(status().isServiceUnavailable())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("PDF"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("khong-co-libreoffice")));
            mvc.perform(get("/import").header("Accept-Language", "en")).andExpect(status().isUnprocessableEntity())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.source").value("scan.pdf"))
                    .andExpect(jsonPath("$.code").value("NO_TEXT"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no text layer")));
        });
    }

    @Test
    void clerksReadVietnameseUnlessTheRequestAsksForEnglish() {
        web.run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            mvc.perform(get("/plan")).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.title").value("Không đọc được văn bản"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern("ke-hoach\\.json: \\d+ lỗi")))
                    .andExpect(jsonPath("$.problems[?(@.path == '$.family')].message").value("thiếu trường bắt buộc"))
                    .andExpect(jsonPath("$.problems[?(@.path == '$.family')].code").value("REQUIRED"));
            mvc.perform(get("/syntax").header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5")).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.startsWith("không phải JSON hợp lệ: ")))
                    .andExpect(jsonPath("$.problems[0].code").value("JSON_SYNTAX"));
            mvc.perform(get("/import").header("Accept-Language", "fr-FR")).andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.title").value("Không nhập được văn bản"))
                    .andExpect(jsonPath("$.code").value("NO_TEXT"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không có lớp chữ")));
            mvc.perform(get("/pdf")).andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.code").value("PDF"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("chưa cài đặt LibreOffice trong ")));
        });
    }

    @Test
    void everyTitleIsInBothLanguages() {
        for (ProblemTitles title : ProblemTitles.values()) {
            assertThat(title.in(java.util.Locale.ENGLISH)).isNotBlank()
                    .isNotEqualTo(title.in(java.util.Locale.forLanguageTag("vi")));
        }
    }

    @Test
    void thePropertyChoosesTheLanguageWhenTheRequestNamesNeither() {
        web.withPropertyValues("vanban4j.locale=en").run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            mvc.perform(get("/import").header("Accept-Language", "de")).andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.title").value("The document cannot be read in"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no text layer")));
            mvc.perform(get("/import").header("Accept-Language", "vi")).andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không có lớp chữ")));
        });
    }

    @Test
    void switchedOffTheErrorsAreTheApplicationsAgain() {
        web.withPropertyValues("vanban4j.problem-details.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(Vanban4jProblemDetails.class);
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            assertThatThrownBy(() -> mvc.perform(get("/import"))).hasRootCauseInstanceOf(ImportException.class);
        });
    }

    @Test
    void notAWebApplicationNoAdvice() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(Vanban4jAutoConfiguration.class, Vanban4jProblemDetailsAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Vanban4jProblemDetails.class));
    }
}
