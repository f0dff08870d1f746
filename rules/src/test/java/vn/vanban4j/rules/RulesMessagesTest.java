package vn.vanban4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.DocumentKind;
import vn.vanban4j.model.Family;
import vn.vanban4j.model.Header;
import vn.vanban4j.model.MessageBundleCheck;
import vn.vanban4j.model.Recipient;
import vn.vanban4j.model.Section;
import vn.vanban4j.model.Task;
import vn.vanban4j.rules.internal.RulesMessages;

class RulesMessagesTest {
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void bundlesHoldEveryKeyInBothLanguages() {
        assertThat(MessageBundleCheck.problems(RulesMessages.class)).isEmpty();
    }

    @Test
    void checksReadInVietnameseAsBeforeAndInEnglishOnRequest() {
        Document plan = Document.builder(DocumentKind.PLAN, Family.STATE)
                .header(Header.of("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"))
                .number("15/KH-UBND").place("Lai Châu").issueDate(LocalDate.of(2026, 3, 2)).summary("Triển khai năm 2026")
                .section(Section.builder("II.", "NHIỆM VỤ").task(Task.builder("Rà soát thủ tục").deadline("trước ngày 15/01/2026").build()).build())
                .recipient("Sở Nội vụ", null).recipient("Sở  Nội vụ", null)
                .build();

        List<Diagnostic> found = PlanChecks.check(plan, DeadlineRules.standard());

        assertThat(found).extracting(Diagnostic::code).containsExactlyInAnyOrder("VB001", "VB003", "VB007");
        Diagnostic late = found.stream().filter(d -> d.code().equals("VB001")).findFirst().orElseThrow();
        assertThat(late.message()).isEqualTo("thời hạn trước ngày 15/01/2026 (15/01/2026) trước ngày ban hành 02/03/2026");
        assertThat(late.message(VI)).isEqualTo(late.message());
        assertThat(late.message(Locale.ENGLISH))
                .isEqualTo("the deadline trước ngày 15/01/2026 (15/01/2026) is before the issue date 02/03/2026");
        Diagnostic twice = found.stream().filter(d -> d.code().equals("VB007")).findFirst().orElseThrow();
        assertThat(twice.describe(Locale.ENGLISH)).isEqualTo("VB007 WARNING $.recipients[1]: \"Sở  Nội vụ\" is already recipient number 1");
        assertThat(twice.toString()).isEqualTo("VB007 WARNING $.recipients[1]: \"Sở  Nội vụ\" đã có ở nơi nhận thứ 1");
    }

    @Test
    void aDiagnosticMadeFromPlainTextReadsTheSameInEveryLanguage() {
        Diagnostic host = new Diagnostic("HOST1", Diagnostic.Severity.WARNING, "$", "lời của hệ thống");

        assertThat(host.message(Locale.ENGLISH)).isEqualTo("lời của hệ thống");
    }
}
