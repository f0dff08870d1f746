package vn.vanban4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceTest {

    @Test
    void readsKindNumberDateIssuerAndTitle() {
        List<Reference> refs = Reference.findAll(
                "Thực hiện Chỉ thị số 27/CT-TTg ngày 08/9/2016 của Thủ tướng Chính phủ về đẩy mạnh học tập và làm theo"
                        + " tư tưởng, đạo đức, phong cách Hồ Chí Minh; Quy định 08-QĐi/TW, ngày 25/10/2018 của Ban Chấp"
                        + " hành Trung ương về trách nhiệm nêu gương");
        assertThat(refs).hasSize(2);
        Reference directive = refs.get(0);
        assertThat(directive.kind()).isEqualTo(DocumentKind.DIRECTIVE);
        assertThat(directive.number()).hasToString("27/CT-TTg");
        assertThat(directive.date()).isEqualTo(LocalDate.of(2016, 9, 8));
        assertThat(directive.issuer()).isEqualTo("Thủ tướng Chính phủ");
        assertThat(directive.title()).isEqualTo("đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
        Reference regulation = refs.get(1);
        assertThat(regulation.kind()).isEqualTo(DocumentKind.REGULATION);
        assertThat(regulation.number()).hasToString("08-QĐi/TW");
        assertThat(regulation.issuer()).isEqualTo("Ban Chấp hành Trung ương");
    }

    @Test
    void quotedTitleAndAlias() {
        List<Reference> refs = Reference.findAll("Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị"
                + " số 05-CT/TW “Về đẩy mạnh học tập” (sau đây gọi tắt là Kết luận số 01-KL/TW) giai đoạn 2021 - 2025");
        assertThat(refs).extracting(r -> r.number().toString()).containsExactly("01-KL/TW", "05-CT/TW");
        assertThat(refs.get(0).alias()).isEqualTo("Kết luận số 01-KL/TW");
        assertThat(refs.get(0).issuer()).isEqualTo("Bộ Chính trị");
        assertThat(refs.get(0).date()).isNull();
        assertThat(refs.get(1).title()).isEqualTo("Về đẩy mạnh học tập");
        assertThat(refs.get(1).alias()).isNull();
    }

    @Test
    void textWithoutReferencesGivesNone() {
        assertThat(Reference.findAll("Hoàn thành trong quý II/2023.")).isEmpty();
    }
}
