package vn.vanban4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A document built in code with the builders equals the same document read from JSON. */
class BuildersTest {
    private static Document fromJson() throws IOException {
        try (InputStream in = BuildersTest.class.getResourceAsStream("/v010/15-KH-UBND.json")) {
            return Plans.read(in, "15-KH-UBND.json");
        }
    }

    @Test
    void theStateSampleBuiltInCodeEqualsItsJson() throws IOException {
        Document built = Document.builder(DocumentKind.PLAN, Family.STATE)
                .header(Header.of("UBND TỈNH LAI CHÂU", "ỦY BAN NHÂN DÂN THÀNH PHỐ LAI CHÂU"))
                .number("15/KH-UBND").place("TP. Lai Châu").issueDate(LocalDate.of(2023, 1, 10))
                .summary("Thực hiện Kết luận số 01-KL/TW của Bộ Chính trị năm 2023 (mẫu minh họa của vanban4j)")
                .basis("Căn cứ Chỉ thị số 27/CT-TTg ngày 08/9/2016 của Thủ tướng Chính phủ về đẩy mạnh học tập và làm theo tư tưởng,"
                        + " đạo đức, phong cách Hồ Chí Minh;")
                .basis("Căn cứ Kế hoạch số 107-KH/ThU, ngày 26/12/2022 của Ban Thường vụ Thành ủy Lai Châu thực hiện Kết luận số"
                        + " 01-KL/TW năm 2023.")
                .basis("Ủy ban nhân dân thành phố ban hành Kế hoạch thực hiện như sau:")
                .section(Section.builder("I.", "MỤC ĐÍCH, YÊU CẦU").item("-", "Cụ thể hóa nhiệm vụ Ủy ban nhân dân thành phố được"
                        + " giao tại mục III.2 Kế hoạch số 107-KH/ThU; chỉ đạo các cơ quan, đơn vị học tập Chuyên đề năm 2023 trong"
                        + " sinh hoạt định kỳ.").build())
                .section(Section.builder("II.", "NỘI DUNG THỰC HIỆN")
                        .task(Task.builder("Các phòng, ban, đơn vị thuộc Ủy ban nhân dân thành phố đưa nội dung Chuyên đề năm 2023"
                                + " vào sinh hoạt định kỳ hằng tháng của cơ quan, đơn vị.").marker("1.")
                                .lead("Các phòng, ban, đơn vị thuộc Ủy ban nhân dân thành phố").recurrence("định kỳ hằng tháng")
                                .output(TaskOutput.ACTIVITY).build())
                        .task(Task.builder("Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND và UBND thành phố tổng hợp, báo cáo"
                                + " kết quả thực hiện 6 tháng trước ngày 15/6/2023 và năm trước ngày 05/11/2023.").marker("2.")
                                .lead("Phòng Nội vụ").partners("Văn phòng HĐND và UBND thành phố").deadline("trước ngày 05/11/2023")
                                .output(TaskOutput.REPORT).build())
                        .build())
                .section(Section.builder("III.", "TỔ CHỨC THỰC HIỆN").paragraph("Thủ trưởng các cơ quan, đơn vị căn cứ Kế hoạch"
                        + " này tổ chức thực hiện; trong quá trình thực hiện nếu có vướng mắc, báo cáo Ủy ban nhân dân thành phố (qua"
                        + " Phòng Nội vụ) để xem xét, giải quyết.").build())
                .recipient("Thường trực Thành ủy", "b/c").recipient("Chủ tịch, các Phó Chủ tịch UBND thành phố")
                .recipient("Các phòng, ban, đơn vị thuộc UBND thành phố").filing("VP")
                .signature(Signature.builder("PHÓ CHỦ TỊCH", "Nguyễn Văn Minh họa").authority(SigningAuthority.DEPUTY_FOR, "CHỦ TỊCH")
                        .build())
                .build();
        Document read = fromJson();
        assertThat(built).isEqualTo(read);
        assertThat(Plans.toJson(built)).isEqualTo(Plans.toJson(read));
    }

    @Test
    void eachStepChecksItsValue() {
        assertThatThrownBy(() -> Document.builder(DocumentKind.PLAN, Family.STATE).number("mười lăm"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mười lăm");
        assertThatThrownBy(() -> Task.builder(" ").build()).hasMessageContaining("a task needs its text or its action");
        assertThatThrownBy(() -> Signature.builder("PHÓ CHỦ TỊCH", " ").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("signer");
        assertThatThrownBy(() -> Document.builder(DocumentKind.PLAN, Family.STATE).number("15/KH-UBND").place("Lào Cai").build())
                .hasMessageContaining("header");
        Appendix annex = Appendix.builder(Appendix.AppendixKind.TEXT, "Phụ lục I").title("DANH MỤC").landscape(true)
                .section(Section.builder(null, null).paragraph("x").build()).build();
        assertThat(annex.landscapePages()).isTrue();
    }
}
