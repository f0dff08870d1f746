package vn.vanban4j.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.DocumentKind;
import vn.vanban4j.model.Family;
import vn.vanban4j.model.Task;

/**
 * One short, altered excerpt per class of layout that real documents of other provinces and sectors
 * showed: how the header's lines break, how a number is written, how duties are assigned. Each
 * excerpt is invented in the shape of the class, not copied from one document.
 */
class ReadingClassesTest {

    private static Document read(String text) {
        return Importer.readText(text, "excerpt.txt").document();
    }

    private static final String LETTER_BODY = """
            Kính gửi: Hiệu trưởng các trường tiểu học.

            Phòng Giáo dục và Đào tạo đề nghị các trường thực hiện một số nội dung sau:
            1. Rà soát danh sách học sinh, gửi về Phòng trước ngày 15/3/2026.
            2. Tổ chức kiểm tra cơ sở vật chất trong tháng 4/2026.

            Nơi nhận:
            - Như trên;
            - Lưu: VT.
                                                     TRƯỞNG PHÒNG
                                                     Trần Minh Hòa
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // the issuer code alone, with spaces as extraction leaves them
        "UBND HUYỆN MINH HỌA          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO          Độc lập - Tự do - Hạnh phúc\n"
                + "Số: 215 /PGDĐT                 Minh Họa, ngày 05 tháng 3 năm 2026\nV/v rà soát học sinh\n",
        // "Số:" and its value on two lines, place and date on two lines
        "UBND HUYỆN MINH HỌA\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố:\n215/PGDĐT\n"
                + "Minh Họa,\nngày 05 tháng 3 năm 2026\nV/v rà soát học sinh\n",
        // a web page's table: cells on their own lines between "|", markdown emphasis, titles broken over lines
        "|\n**UBND HUYỆN MINH HỌA**\n**PHÒNG GIÁO DỤC VÀ ĐÀO TẠO**\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n|\n"
                + "Số: 215/PGDĐT\n*V/v rà soát học sinh*\n|\n*Minh Họa, ngày 05\ntháng 3 năm 2026*\n|\n",
        // a whole header on one line, cells joined by "|"
        "UBND HUYỆN MINH HỌA PHÒNG GIÁO DỤC VÀ ĐÀO TẠO Số: 215/PGDĐT | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
                + "Minh Họa, ngày 05 tháng 3 năm 2026\nV/v rà soát học sinh\n",
        // OCR slips in "Số" and "ngày"
        "UBND HUYỆN MINH HỌA          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO          Độc lập - Tự do - Hạnh phúc\n"
                + "Sô: 215/PGDĐT                 Minh Họa, ngảy 05 tháng 3 năm 2026\nV/v rà soát học sinh\n",
    })
    void aLetterHeaderWhateverItsLinesDid(String header) {
        Document doc = read(header + "\n" + LETTER_BODY);
        assertThat(doc.kind()).isEqualTo(DocumentKind.OFFICIAL_LETTER);
        assertThat(doc.family()).isEqualTo(Family.STATE);
        assertThat(doc.header().superior()).isEqualTo("UBND HUYỆN MINH HỌA");
        assertThat(doc.header().issuer()).isEqualTo("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
        assertThat(doc.number()).hasToString("215/PGDĐT");
        assertThat(doc.place()).isEqualTo("Minh Họa");
        assertThat(doc.issueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(doc.summary()).isEqualTo("rà soát học sinh");
        // the items name no owner of their own: the opening sentence and the addressees do
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(List.of("các trường"), List.of("các trường"));
        assertThat(doc.tasks()).extracting(Task::deadline).containsExactly("trước ngày 15/3/2026", "tháng 4/2026");
    }

    @Test
    void bothColumnsJoinedAndTheTitleWithItsRule() {
        Document doc = read("""
                TỈNH ỦY MINH HỌA ĐẢNG CỘNG SẢN VIỆT NAM
                BAN TUYÊN GIÁO ------
                Số 37-HD/BTGTU           Minh Họa, ngày 19 tháng 11 năm 2025
                                HƯỚNG DẪN
                    tuyên truyền kỷ niệm ngày thành lập Đảng
                I. TỔ CHỨC THỰC HIỆN
                1. Các huyện ủy, thành ủy báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy trước ngày 10-12.
                """);
        assertThat(doc.family()).isEqualTo(Family.PARTY);
        assertThat(doc.header().superior()).isEqualTo("TỈNH ỦY MINH HỌA");
        assertThat(doc.header().issuer()).isEqualTo("BAN TUYÊN GIÁO");
        assertThat(doc.number()).hasToString("37-HD/BTGTU");
        assertThat(doc.kind()).isEqualTo(DocumentKind.GUIDANCE);
        assertThat(doc.tasks()).singleElement().satisfies(t -> {
            assertThat(t.lead()).containsExactly("Các huyện ủy", "thành ủy");
            assertThat(t.deadline()).isEqualTo("trước ngày 10-12");
        });
    }

    @Test
    void aTwoColumnTableDrawnAsTextWithPaddedCells() {
        // antiword's output of a Word table: header and closing in rows of cells padded between bars
        Document doc = read("""
                |UBND TỈNH MINH HỌA                      | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM             |
                |SỞ VĂN HÓA                              |Độc lập – Tự do – Hạnh phúc                     |
                |Số: 41/KH-SVH                           |Minh Họa, ngày 12 tháng 9 năm 2025              |

                KẾ HOẠCH
                Tổ chức hội thi trực tuyến

                      III. TỔ CHỨC THỰC HIỆN
                      1. Văn phòng Sở triển khai kế hoạch tới công chức trước ngày 30/9/2025.
                      2. UBND các xã tuyên truyền, phổ biến tới người dân trong tháng 10/2025.

                |Nơi nhận:                               |GIÁM ĐỐC                                        |
                |- UBND các xã;                          |                                                |
                |- Lưu VT;                               |Trần Văn Minh                                   |
                """);
        assertThat(doc.header().issuer()).isEqualTo("SỞ VĂN HÓA");
        assertThat(doc.number()).hasToString("41/KH-SVH");
        assertThat(doc.issueDate()).isEqualTo(LocalDate.of(2025, 9, 12));
        assertThat(doc.tasks()).extracting(t -> t.lead().get(0)).containsExactly("Văn phòng Sở", "UBND các xã");
        assertThat(doc.signature().signer()).isEqualTo("Trần Văn Minh");
        assertThat(doc.recipients()).extracting(r -> r.name()).contains("UBND các xã");
    }

    @Test
    void aBulletLeadingIntoItemsOfAnotherBulletIsNoDutyItself() {
        Document doc = read("""
                UBND TỈNH MINH HỌA              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ VĂN HÓA                      Độc lập - Tự do - Hạnh phúc
                Số: 41/KH-SVH                   Minh Họa, ngày 12 tháng 9 năm 2025
                KẾ HOẠCH
                Tổ chức hội thi trực tuyến
                III. TỔ CHỨC THỰC HIỆN
                1. Giao Phòng Nếp sống văn hóa:
                - Là đơn vị chủ trì, chịu trách nhiệm triển khai các nội dung hội thi, cụ thể:
                + Tham mưu xây dựng thể lệ hội thi trước ngày 20/9/2025.
                + Tổng hợp, báo cáo kết quả hội thi.
                - Lập dự toán kinh phí theo quy định.
                """);
        assertThat(doc.tasks()).extracting(t -> t.text()).containsExactly("Tham mưu xây dựng thể lệ hội thi trước ngày 20/9/2025.",
                "Tổng hợp, báo cáo kết quả hội thi.", "Lập dự toán kinh phí theo quy định.");
        assertThat(doc.tasks()).allSatisfy(t -> assertThat(t.lead()).containsExactly("Phòng Nếp sống văn hóa"));
    }

    @Test
    void aOneMemberCompanyThatManagesSomethingKeepsItsWholeName() {
        Document doc = read("""
                UBND TỈNH MINH HỌA              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                BAN CHỈ HUY PCTT                Độc lập - Tự do - Hạnh phúc
                Số: 25/TB-PCTT                  Minh Họa, ngày 06 tháng 9 năm 2025
                THÔNG BÁO
                Cảnh báo mưa lớn
                Kính gửi: Các cơ quan, đơn vị trong tỉnh.
                1. Công ty TNHH một thành viên quản lý khai thác thủy lợi tỉnh phối hợp với các địa phương vận hành hợp lý các hồ chứa.
                2. Công ty TNHH MTV Quản lý đường thủy nội địa số 9 bố trí lực lượng trực ban 24/24 giờ.
                """);
        assertThat(doc.tasks()).extracting(t -> t.lead()).containsExactly(
                java.util.List.of("Công ty TNHH một thành viên quản lý khai thác thủy lợi tỉnh"),
                java.util.List.of("Công ty TNHH MTV Quản lý đường thủy nội địa số 9"));
    }

    @Test
    void theUnitAskedRightBeforeTheColonOwnsTheItemsUnderIt() {
        Document doc = read("""
                UBND TỈNH MINH HỌA              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ CÔNG THƯƠNG                  Độc lập - Tự do - Hạnh phúc
                Số: 88/SCT-KT                   Minh Họa, ngày 20 tháng 5 năm 2026
                V/v sử dụng kho vật liệu nổ công nghiệp
                Kính gửi: Công ty cổ phần Đá Minh Họa
                Sở Công Thương nhận được Văn bản số 01/CV-ĐMH của Công ty. Sau khi nghiên cứu, Sở Công Thương có ý kiến như sau:
                Căn cứ Nghị định số 06/2021/NĐ-CP, để được tiếp tục sử dụng kho chứa theo quy định, Sở Công Thương đề nghị Công ty cổ phần Đá Minh Họa:
                1. Thực hiện kiểm định chất lượng hiện trạng công trình kho trước ngày 30/6/2026.
                2. Lựa chọn đơn vị tư vấn kiểm định đủ điều kiện theo quy định.
                """);
        assertThat(doc.tasks()).hasSize(2).allSatisfy(t -> assertThat(t.lead()).containsExactly("Công ty cổ phần Đá Minh Họa"));
    }

    @Test
    void itemsLetteredWithAFullStopAreItemsOfTheUnitAboveThem() {
        Document doc = read("""
                ỦY BAN MTTQ VIỆT NAM            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                XÃ MINH HỌA                     Độc lập - Tự do - Hạnh phúc
                Số: 12/HD-MTTQ-BTT              Minh Họa, ngày 20 tháng 11 năm 2025
                HƯỚNG DẪN
                Tham gia công tác bầu cử
                1. Ban Thường trực Ủy ban MTTQ xã thực hiện chế độ báo cáo với Ban Thường trực Ủy ban MTTQ tỉnh (qua thư điện tử) như sau:
                a. Báo cáo tình hình hiệp thương về Ban Thường trực Ủy ban MTTQ tỉnh chậm nhất ngày 03/02/2026.
                b. Báo cáo kết quả tiếp xúc cử tri. Thời gian gửi báo cáo chậm nhất ngày 14/3/2026.
                2. Các tổ chức thành viên thực hiện chế độ báo cáo như sau:
                a. Báo cáo kết quả giám sát trước ngày 20/3/2026.
                """);
        assertThat(doc.tasks()).extracting(t -> t.lead().get(0), Task::deadline).containsExactly(
                tuple("Ban Thường trực Ủy ban MTTQ xã", "chậm nhất ngày 03/02/2026"),
                tuple("Ban Thường trực Ủy ban MTTQ xã", "chậm nhất ngày 14/3/2026"),
                tuple("Các tổ chức thành viên", "trước ngày 20/3/2026"));
        assertThat(doc.tasks().get(0).marker()).isEqualTo("a.");
    }

    @Test
    void investorsAndContractorsHeadTheirDuties() {
        Document doc = read("""
                UBND TỈNH MINH HỌA              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                Độc lập - Tự do - Hạnh phúc
                Số: 120/QĐ-UBND                 Minh Họa, ngày 20 tháng 5 năm 2026
                QUYẾT ĐỊNH
                Chấp thuận chủ trương đầu tư dự án nhà máy A
                Điều 2. Tổ chức thực hiện
                1. Trách nhiệm của chủ đầu tư
                - Tổ chức triển khai thực hiện dự án theo đúng quy định của Luật Đầu tư.
                - Báo cáo giám sát đánh giá đầu tư dự án trước ngày 15/12/2026.
                2. Nhà thầu thi công
                - Bảo đảm an toàn lao động trong quá trình thi công.
                """);
        assertThat(doc.tasks()).extracting(t -> t.lead()).containsExactly(java.util.List.of("chủ đầu tư"),
                java.util.List.of("chủ đầu tư"), java.util.List.of("Nhà thầu thi công"));
    }

    @Test
    void aTextTableWhoseTitlesWrapAndWhoseRowsAreNumberedInBrackets() {
        // pdftotext -layout: titles over up to three lines, "Nội dung" centred over text that starts after "(1)",
        // a group row "1" over rows "(1)", "(2)", and two columns of time
        Document doc = read("""
                   TỈNH ỦY MINH HỌA                      ĐẢNG CỘNG SẢN VIỆT NAM
                        *
                 Số 12-CTr/TU                       Minh Họa, ngày 10 tháng 9 năm 2025
                                      CHƯƠNG TRÌNH HÀNH ĐỘNG
                            thực hiện Nghị quyết Đại hội Đảng bộ tỉnh
                II. NHIỆM VỤ CỤ THỂ
                                                                                                                                             Thời gian
                                                                                                                            Thời gian ban
                TT                                      Nội dung                                       Cơ quan chủ trì                       triển khai
                                                                                                                                hành
                                                                                                                                             thực hiện
                 1     Công tác lãnh đạo, chỉ đạo thực hiện Nghị quyết
                
                (1)    Xây dựng và ban hành Quy chế hoạt động của Ban Chấp hành Đảng bộ tỉnh khoá          Ban Tổ chức        Quý IV năm      Giai đoạn
                       I, nhiệm kỳ 2025 - 2030                                                              Tỉnh ủy             2025        2025 - 2030
                (2)    Xây dựng và ban hành Quy chế hoạt động của Ủy ban Kiểm tra Tỉnh ủy               Ủy ban Kiểm tra       Quý IV năm      Giai đoạn
                       khoá I, nhiệm kỳ 2025 - 2030                                                        Tỉnh ủy              2025        2025 - 2030
                """);
        assertThat(doc.tasks()).extracting(t -> t.text()).containsExactly(
                "Xây dựng và ban hành Quy chế hoạt động của Ban Chấp hành Đảng bộ tỉnh khoá I, nhiệm kỳ 2025 - 2030",
                "Xây dựng và ban hành Quy chế hoạt động của Ủy ban Kiểm tra Tỉnh ủy khoá I, nhiệm kỳ 2025 - 2030");
        assertThat(doc.tasks()).extracting(t -> t.lead()).containsExactly(java.util.List.of("Ban Tổ chức Tỉnh ủy"),
                java.util.List.of("Ủy ban Kiểm tra Tỉnh ủy"));
        assertThat(doc.tasks()).extracting(t -> t.deadline()).containsExactly("Quý IV năm 2025", "Quý IV năm 2025");
    }

    @Test
    void aFacultysPlanWithSymbolBulletsForItsStudentsAndLecturers() {
        Document doc = read("""
                TRƯỜNG ĐẠI HỌC MINH HỌA                 CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                    KHOA CÔNG NGHỆ                           Độc lập - Tự do - Hạnh phúc
                   Số: 46/KH-KCN                      Minh Họa, ngày 16 tháng 05 năm 2026
                             KẾ HOẠCH TRIỂN KHAI THỰC TẬP DOANH NGHIỆP
                II. Các quy định
                  1. Đối với sinh viên
                    \uF0B7 Sinh viên phải đăng ký học phần thực tập trước ngày 20/5/2026.
                    \uF0B7 Sinh viên cần chủ động tìm đơn vị thực tập phù hợp.
                  2. Đối với giảng viên hướng dẫn
                    \uF0A7 Hướng dẫn sinh viên viết báo cáo thực tập.
                """);
        assertThat(doc.header().superior()).isEqualTo("TRƯỜNG ĐẠI HỌC MINH HỌA");
        assertThat(doc.header().issuer()).isEqualTo("KHOA CÔNG NGHỆ");
        assertThat(doc.tasks()).extracting(t -> t.marker()).containsOnly("•");
        assertThat(doc.tasks()).extracting(t -> t.lead().get(0)).containsExactly("Sinh viên", "Sinh viên", "giảng viên hướng dẫn");
        assertThat(doc.tasks().get(0).deadline()).isEqualTo("trước ngày 20/5/2026");
    }

    @Test
    void theDateOfADocumentWhoseNumberExtractionSpacedIsNoDeadline() {
        Document doc = read("""
                UBND TỈNH MINH HỌA              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                BAN QUẢN LÝ VỊNH                Độc lập - Tự do - Hạnh phúc
                Số: /KH-BQLV                    Minh Họa, ngày    tháng    năm 2024
                KẾ HOẠCH
                Quản lý vùng vui chơi giải trí năm 2024
                III. TỔ CHỨC THỰC HIỆN
                1. Phòng Quản lý điểm đến triển khai công tác quản lý theo Quyết định 1069/2016/QĐ -UBND ngày 08/4/2016 của UBND tỉnh.
                2. Văn phòng Ban hoàn thiện phương án theo Thông tư số 28/2018/TT -BNNPTNT ngày 16/11/2018 của Bộ.
                """);
        assertThat(doc.tasks()).hasSize(2).allSatisfy(t -> assertThat(t.deadline()).isNull());
    }

    @Test
    void aNoticeAboutAV_vSubjectWithATimetableWhoseRowsNameTheirOwnSubjects() {
        Document doc = read("""
                TRƯỜNG ĐẠI HỌC MINH HỌA                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                    PHÒNG ĐÀO TẠO                            Độc lập - Tự do - Hạnh phúc
                   Số: 67/TB-ĐT                       Minh Họa, ngày 03 tháng 5 năm 2026
                                          THÔNG BÁO
                        V/v đăng ký thực tập doanh nghiệp học kỳ 2
                1. Kế hoạch thực hiện
                | TT | Thời gian | Nội dung |
                |---|---|---|
                | 1 | Ngày 24/05/2026 | Khoa thông báo danh sách giảng viên hướng dẫn đến sinh viên |
                | 2 | Trước ngày 16/06/2026 | Sinh viên nộp đề cương thực tập lên hệ thống |
                """);
        assertThat(doc.summary()).isEqualTo("đăng ký thực tập doanh nghiệp học kỳ 2");
        assertThat(doc.tasks()).extracting(t -> t.lead()).containsExactly(java.util.List.of("Khoa"), java.util.List.of("Sinh viên"));
    }

    @Test
    void aTaskTablesTimeColumnSayingEveryYearIsARecurrenceNotTheYearsEnd() {
        Document doc = read("""
                ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH MINH HỌA                           Độc lập - Tự do - Hạnh phúc
                Số: 193/KH-UBND                         Minh Họa, ngày 01 tháng 11 năm 2024
                KẾ HOẠCH
                Phát triển cây xanh đô thị
                PHỤ LỤC: NHIỆM VỤ CỤ THỂ
                | TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian thực hiện |
                |---|---|---|---|
                | 1 | Thực hiện hiệu quả Tết trồng cây | Sở Nông nghiệp và Phát triển nông thôn | Hàng năm |
                | 2 | Rà soát quy hoạch cây xanh đô thị | Sở Xây dựng | Năm 2025 |
                """);
        assertThat(doc.tasks()).extracting(Task::recurrence, Task::deadline)
                .containsExactly(tuple("Hàng năm", null), tuple(null, "Năm 2025"));
    }

    @Test
    void aTimeLineSetAboveTheItemsOfAUnitsPartDatesThemAll() {
        Document doc = read("""
                ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                PHƯỜNG AN HÒA                           Độc lập - Tự do - Hạnh phúc
                Số: 155/KH-UBND                         An Hòa, ngày 03 tháng 7 năm 2026
                KẾ HOẠCH
                Làm sạch dữ liệu đất đai
                V. NỘI DUNG THỰC HIỆN
                1. Công an phường
                Thời gian thực hiện: Từ tháng 7 đến tháng 10/2026.
                - Phối hợp kiểm tra thực địa các thửa đất.
                - Xác minh nguồn gốc, hiện trạng, ranh giới sử dụng đất.
                2. Phòng Văn hóa - Xã hội
                Thời gian thực hiện: Tháng 7- 12/2026.
                - Tuyên truyền, vận động Nhân dân kê khai đăng ký đất đai.
                """);
        assertThat(doc.tasks()).extracting(t -> t.lead().get(0), Task::deadline).containsExactly(
                tuple("Công an phường", "Từ tháng 7 đến tháng 10/2026"), tuple("Công an phường", "Từ tháng 7 đến tháng 10/2026"),
                tuple("Phòng Văn hóa - Xã hội", "Tháng 7- 12/2026"));
    }

    @Test
    void aUnionsHeaderKeepsLienDoanWholeAndItsAddresseesListStartsOnTheKinhGuiLine() {
        Document doc = read("""
                 LIÊN ĐOÀN LAO ĐỘNG                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH MINH HỌA                            Độc lập – Tự do – Hạnh phúc
                  CÔNG ĐOÀN GIÁO DỤC
                     Số: 95 / CV-CĐGD                      Minh Họa, ngày 11 tháng 5 năm 2026
                Về lấy ý kiến góp ý vào Dự thảo chương trình

                            Kính gửi: - Công đoàn Giáo dục huyện, thị xã;
                                      - CĐCS các Trường THPT, Cao đẳng;
                                      - CĐCS các Trung tâm GDTX.

                      Công đoàn Giáo dục tỉnh đề nghị các đơn vị gửi ý kiến góp ý về Công đoàn Giáo dục tỉnh trước ngày 20/5/2026.
                """);
        assertThat(doc.header().superior()).isEqualTo("LIÊN ĐOÀN LAO ĐỘNG\nTỈNH MINH HỌA");
        assertThat(doc.header().issuer()).isEqualTo("CÔNG ĐOÀN GIÁO DỤC");
        assertThat(doc.addressees()).containsExactly("Công đoàn Giáo dục huyện, thị xã", "CĐCS các Trường THPT, Cao đẳng", "CĐCS các Trung tâm GDTX");
    }

    @Test
    void aHealthCentresAbbreviatedHeaderAndItemsNumberedWithoutASpace() {
        Document doc = read("""
                    TTYT HUYỆN MINH HỌA                    CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                      PKĐK AN BÌNH                          Độc lập – Tự do – Hạnh phúc
                     Số: 12/KH-PK                           Minh Họa, ngày 02 tháng 7 năm 2026
                KẾ HOẠCH
                Hoạt động khám chữa bệnh năm 2027
                III. Nội dung và giải pháp thực hiện:
                1.Tổ chức phân công nhân lực phòng khám hợp lý trong công tác khám chữa bệnh.
                2.Cử nhân viên đi học tập, đào tạo trước ngày 30/9/2027.
                """);
        assertThat(doc.header().superior()).isEqualTo("TTYT HUYỆN MINH HỌA");
        assertThat(doc.header().issuer()).isEqualTo("PKĐK AN BÌNH");
        assertThat(doc.tasks()).extracting(Task::marker, Task::deadline).containsExactly(tuple("1.", null), tuple("2.", "trước ngày 30/9/2027"));
    }

    @Test
    void theYearAProgrammeIsNamedForIsNoDeadline() {
        Document doc = read("""
                ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH MINH HỌA                           Độc lập - Tự do - Hạnh phúc
                Số: 807/QĐ-UBND                         Minh Họa, ngày 04 tháng 11 năm 2024
                QUYẾT ĐỊNH
                Phê duyệt Kế hoạch lập Chương trình phát triển đô thị
                Điều 2. Tổ chức thực hiện
                1. Ủy ban nhân dân thành phố An Bình chủ trì tổ chức lập Chương trình phát triển đô thị thành phố An Bình đến năm 2045 theo quy định.
                2. Sở Xây dựng hướng dẫn, thẩm định Chương trình, hoàn thành đến năm 2025.
                """);
        assertThat(doc.tasks()).extracting(Task::deadline).containsExactly(null, "đến năm 2025");
    }

    @Test
    void anExpectedTimeLineUnderAnItemDatesIt() {
        Document doc = read("""
                UBND TỈNH MINH HỌA                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ THÔNG TIN VÀ TRUYỀN THÔNG            Độc lập - Tự do - Hạnh phúc
                Số: 12/KH-STTTT                         Minh Họa, ngày 10 tháng 12 năm 2026
                KẾ HOẠCH
                Đào tạo sử dụng phần mềm quản lý văn bản
                II. NỘI DUNG
                1. Văn phòng Sở tổ chức đào tạo thực hành cho cán bộ văn thư.
                - Địa điểm: Văn phòng Sở
                - Thời gian dự kiến: Chiều ngày 28/12 và cả ngày 29/12/2026
                """);
        assertThat(doc.tasks()).extracting(t -> t.lead().get(0), Task::deadline).containsExactly(tuple("Văn phòng Sở", "ngày 29/12/2026"));
    }

    @Test
    void workGivenToPeopleNamedOnNumberedLinesUnderAnArticleWrittenWithAColon() {
        Document doc = read("""
                ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                THỊ TRẤN AN BÌNH                        Độc lập - Tự do - Hạnh phúc
                Số: 142/QĐ-UBND                         An Bình, ngày 29 tháng 3 năm 2024
                QUYẾT ĐỊNH
                Phân công nhiệm vụ công chức Văn phòng - Thống kê
                QUYẾT ĐỊNH:
                Điều 1: Phân công nhiệm vụ cụ thể đối với Công chức Văn phòng - Thống kê:
                1. Công chức Văn phòng - Thống kê, Ông Nguyễn Văn An.
                a) Tham mưu, giúp Ủy ban nhân dân thị trấn trong lĩnh vực văn phòng, cải cách hành chính.
                b) Trực tiếp thực hiện các nhiệm vụ sau:
                - Tổng hợp, theo dõi, báo cáo việc thực hiện Quy chế làm việc.
                2. Bà Trần Thị Bình - Chuyên viên Văn phòng phụ trách tham mưu tổng hợp.
                - Theo dõi việc xử lý văn bản của Trung ương, tỉnh.
                """);
        assertThat(doc.sections().get(0).number()).isEqualTo("Điều 1:");
        assertThat(doc.tasks()).extracting(Task::marker, t -> t.lead().get(0)).containsExactly(
                tuple("a)", "Công chức Văn phòng - Thống kê, Ông Nguyễn Văn An"),
                tuple("-", "Công chức Văn phòng - Thống kê, Ông Nguyễn Văn An"),
                tuple("-", "Bà Trần Thị Bình - Chuyên viên Văn phòng phụ trách tham mưu tổng hợp"));
    }

    @Test
    void aNumberWithAStampedDotAndAStrayMarkAboveTheKindLine() {
        Document doc = read("""
                UỶ BAN NHÂN DÂN                  CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                THỊ XÃ AN BÌNH                            Độc lập - Tự do - Hạnh phúc
                    Số: 3070. /KH-UBND                     An Bình, ngày 09 tháng 9 năm 2024
                (

                                                KẾ HOẠCH
                    Khắc phục những tồn tại, hạn chế trong công tác bảo vệ bí mật nhà nước năm 2024

                1. Văn phòng HĐND và UBND thị xã rà soát các sổ văn bản mật, hoàn thành trước ngày 30/9/2024.
                """);
        assertThat(doc.number().toString().strip()).isEqualTo("3070/KH-UBND");
        assertThat(doc.summary()).isEqualTo("Khắc phục những tồn tại, hạn chế trong công tác bảo vệ bí mật nhà nước năm 2024");
        assertThat(doc.tasks()).extracting(Task::deadline).containsExactly("hoàn thành trước ngày 30/9/2024");
    }

    @Test
    void aBranchATaxOfficeOfTheNewStructureAndATreasuryOfficeCollectingAreOwnersAndKinhGoiAddresses() {
        Document doc = read("""
                ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                XÃ AN PHÚ                               Độc lập - Tự do - Hạnh phúc
                Số: 492/UBND-KT                         An Phú, ngày 12 tháng 9 năm 2025
                V/v chuyển mục đích sử dụng đất
                Kính gởi : - Các đơn vị có liên quan.
                1. Thuế Cơ sở 1 tỉnh Minh Họa xác định tiền sử dụng đất, thông báo nghĩa vụ tài chính cho người sử dụng đất.
                2. Phòng giao dịch số 7 - Kho bạc Nhà nước khu vực XIV thu tiền sử dụng đất, phí, lệ phí theo quy định.
                3. Chi nhánh Văn phòng Đăng ký đất đai khu vực An Phú đăng ký biến động, cấp Giấy chứng nhận.
                """);
        assertThat(doc.addressees()).containsExactly("Các đơn vị có liên quan");
        assertThat(doc.tasks()).extracting(t -> t.lead().get(0)).containsExactly("Thuế Cơ sở 1 tỉnh Minh Họa",
                "Phòng giao dịch số 7 - Kho bạc Nhà nước khu vực XIV", "Chi nhánh Văn phòng Đăng ký đất đai khu vực An Phú");
    }

    @Test
    void unitAndTimeLinesClosingASectionGiveEveryItemAboveThem() {
        Document doc = read("""
                ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH MINH HỌA                           Độc lập - Tự do - Hạnh phúc
                Số: 144/KH-UBND                         Minh Họa, ngày 20 tháng 5 năm 2025
                KẾ HOẠCH
                Triển khai hồ sơ bệnh án điện tử
                II. NỘI DUNG
                1. Triển khai kết nối liên thông dữ liệu

                Các bệnh viện triển khai hồ sơ bệnh án điện tử theo lộ trình của Bộ Y tế.
                - Rà soát các tiêu chí về hệ thống thông tin bệnh viện.
                - Thực hiện chia sẻ, liên thông dữ liệu hồ sơ bệnh án điện tử giữa các bệnh viện.
                - Đơn vị thực hiện: Các bệnh viện trong và ngoài công lập
                - Thời gian thực hiện: Hoàn thành trước ngày 30/9/2025.
                """);
        // the lead sentence keeps the owner it names; the bullets take the unit line's; every item the time line's
        assertThat(doc.tasks()).extracting(t -> t.lead().get(0), Task::deadline).containsExactly(
                tuple("Các bệnh viện", "Hoàn thành trước ngày 30/9/2025"),
                tuple("Các bệnh viện trong và ngoài công lập", "Hoàn thành trước ngày 30/9/2025"),
                tuple("Các bệnh viện trong và ngoài công lập", "Hoàn thành trước ngày 30/9/2025"));
    }

    @Test
    void aUnitLeadingIntoItsItemsEndsAtTheNextNumberAndADeputyAndAContractorInBracketsHeadTheirParts() {
        Document doc = read("""
                ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                PHƯỜNG AN HÒA                           Độc lập - Tự do - Hạnh phúc
                Số: 155/KH-UBND                         An Hòa, ngày 03 tháng 7 năm 2026
                KẾ HOẠCH
                Làm sạch dữ liệu đất đai
                VI. TỔ CHỨC THỰC HIỆN
                1. Chủ tịch UBND phường:
                - Chỉ đạo kiện toàn Ban Chỉ đạo, Tổ công tác của phường.
                2. Phó Chủ tịch UBND phường phụ trách lĩnh vực kinh tế
                - Chỉ đạo Phòng Kinh tế phối hợp rà soát hồ sơ địa chính.
                3. Đề nghị đơn vị thi công (Công ty cổ phần Đo đạc An Hòa và Công ty TNHH Bản đồ Minh Họa)
                - Tiếp tục triển khai khối lượng công việc còn lại theo hợp đồng.
                """);
        assertThat(doc.tasks()).extracting(t -> t.lead()).containsExactly(List.of("Chủ tịch UBND phường"),
                List.of("Phó Chủ tịch UBND phường phụ trách lĩnh vực kinh tế"),
                List.of("đơn vị thi công (Công ty cổ phần Đo đạc An Hòa và Công ty TNHH Bản đồ Minh Họa)"));
    }

    @Test
    void shortcomingsFoundAndTheirCausesAreNoDutiesButTheRemedyIs() {
        Document doc = read("""
                UỶ BAN NHÂN DÂN                  CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                THỊ XÃ AN BÌNH                            Độc lập - Tự do - Hạnh phúc
                Số: 307/KH-UBND                         An Bình, ngày 09 tháng 9 năm 2024
                KẾ HOẠCH
                Khắc phục những tồn tại, hạn chế năm 2024
                1. Về soạn thảo văn bản mật
                - Các chuyên viên được giao tham mưu văn bản chưa thực hiện nghiêm việc xác định độ mật.
                - Bộ phận đóng dấu và phát hành còn chưa thực hiện tốt việc kiểm soát thể thức văn bản.
                - Nguyên nhân: Cán bộ, công chức chưa nắm vững quy định về bảo vệ bí mật nhà nước.
                - Giải pháp thực hiện: Giao các Trưởng phòng, ban chủ trì, thực hiện:
                + Chấn chỉnh ý thức, trách nhiệm của chuyên viên chưa thực hiện đúng quy định, hoàn thành trong tháng 10/2024.
                """);
        assertThat(doc.tasks()).extracting(t -> t.text()).singleElement().asString().startsWith("Chấn chỉnh ý thức");
    }

    @Test
    void anArticlesTitleEndsItsLineAndItsTextBeginsOnTheNext() {
        Document doc = read("""
                HUYỆN ỦY MINH HỌA                       ĐẢNG CỘNG SẢN VIỆT NAM
                ĐẢNG ỦY XÃ AN BÌNH
                Số 05-QC/ĐU                             An Bình, ngày 10 tháng 10 năm 2025
                QUY CHẾ
                làm việc của Ban Chấp hành Đảng bộ xã
                Điều 13. Chế độ giao ban Thường trực Đảng ủy
                Thường trực Đảng ủy họp giao ban hằng tuần hoặc khi có công việc đột xuất cần giải quyết.
                Điều 14. Giao Văn phòng Đảng ủy chủ trì, phối hợp với các đơn vị: Ủy ban Kiểm tra,
                Ban Xây dựng Đảng theo dõi việc thực hiện Quy chế này.
                """);
        assertThat(doc.tasks()).extracting(t -> t.lead().get(0)).containsExactly("Thường trực Đảng ủy", "Văn phòng Đảng ủy");
        assertThat(doc.tasks().get(1).text()).contains("Ban Xây dựng Đảng theo dõi"); // the article's own text goes on, not a title
    }

    @Test
    void theBodiesAnInspectionConcernsAreNoDutiesAndAnElectionIsNoVerb() {
        Document doc = read("""
                ỦY BAN MTTQ VIỆT NAM XÃ MINH HỌA        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                BAN THƯỜNG TRỰC                         Độc lập - Tự do - Hạnh phúc
                Số: 12/KH-MTTQ-BTT                      Minh Họa, ngày 01 tháng 12 năm 2025
                KẾ HOẠCH
                Kiểm tra, giám sát công tác bầu cử
                II. ĐỐI TƯỢNG KIỂM TRA, GIÁM SÁT
                1. Đối tượng giám sát: Ban Thường trực tiến hành giám sát công tác bầu cử đối với:
                - Các tổ chức phụ trách bầu cử ở xã (Ủy ban bầu cử xã, các Ban bầu cử).
                - Các cơ quan, tổ chức có liên quan đến công tác bầu cử trên địa bàn xã.
                III. TỔ CHỨC THỰC HIỆN
                1. Ủy ban bầu cử xã tổng hợp danh sách người ứng cử trước ngày 20/12/2025.
                """);
        assertThat(doc.tasks()).singleElement().satisfies(t -> {
            assertThat(t.lead()).containsExactly("Ủy ban bầu cử xã");
            assertThat(t.deadline()).isEqualTo("trước ngày 20/12/2025");
        });
    }

    @Test
    void aUnitThatProposesToItsSuperiorKeepsTheWork() {
        Document doc = read("""
                UBND TỈNH MINH HỌA              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                Độc lập - Tự do - Hạnh phúc
                Số: 15/KH-UBND                  Minh Họa, ngày 05 tháng 01 năm 2026
                KẾ HOẠCH
                Cải cách hành chính năm 2026
                III. TỔ CHỨC THỰC HIỆN
                1. Sở Nội vụ
                - Tiếp tục đề xuất UBND tỉnh cải cách bộ máy, biên chế theo quy định.
                - Tham mưu, đề xuất UBND tỉnh tổ chức tự đánh giá chỉ số cải cách hành chính trước ngày 15/12/2026.
                """);
        assertThat(doc.tasks()).hasSize(2).allSatisfy(t -> assertThat(t.lead()).containsExactly("Sở Nội vụ"));
    }

    @Test
    void aNumberWhoseSymbolARawExtractionPutAfterTheOtherColumn() {
        Document doc = read("""
                ỦY BAN NHÂN DÂN
                TỈNH MINH HỌA
                Số:215

                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

                /KH-UBND

                Độc lập - Tự do - Hạnh phúc
                Minh Họa, ngày 28

                tháng 4

                năm 2026

                KẾ HOẠCH
                Tổ chức ngày hội văn hóa năm 2026
                I. TỔ CHỨC THỰC HIỆN
                1. Sở Văn hóa và Thể thao chủ trì tổ chức, báo cáo kết quả trước ngày 30/6/2026.
                """);
        assertThat(doc.number().toString()).isEqualTo("215/KH-UBND");
        assertThat(doc.issueDate()).isEqualTo(java.time.LocalDate.of(2026, 4, 28));
        assertThat(doc.place()).isEqualTo("Minh Họa");
        assertThat(doc.header().issuer()).isEqualTo("ỦY BAN NHÂN DÂN\nTỈNH MINH HỌA");
    }

    @Test
    void aBodyWhoseNameSpansTwoLinesIsOneBody() {
        Document doc = read("""
                NGÂN HÀNG NHÀ NƯỚC             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                VIỆT NAM                        Độc lập - Tự do - Hạnh phúc
                Số: 2210/QĐNHNN                 Hà Nội, ngày 02 tháng 4 năm 2026
                                    QUYẾT ĐỊNH
                          Về việc giao chỉ tiêu năm 2026
                Điều 1. Giao chỉ tiêu cho các chi nhánh.
                """);
        assertThat(doc.header().superior()).isNull();
        assertThat(doc.header().issuer()).isEqualTo("NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM");
        // the hyphen lost between type and issuer comes back when the kind line names the type
        assertThat(doc.number()).hasToString("2210/QĐ-NHNN");
    }

    private static final String PLAN_HEAD = """
            UBND TỈNH MINH HỌA              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ Y TẾ                          Độc lập - Tự do - Hạnh phúc
            Số: 12/KH-SYT                    Minh Họa, ngày 10 tháng 01 năm 2026
                                KẾ HOẠCH
                  Phòng, chống dịch bệnh giai đoạn 2026 - 2030
            """;

    @Test
    void ownersFromHeadingsFieldLinesAndSentences() {
        Document doc = read(PLAN_HEAD + """
                I. MỤC ĐÍCH, YÊU CẦU
                1. Chủ động phòng, chống dịch bệnh trong năm 2026.
                II. TỔ CHỨC THỰC HIỆN
                1. Trung tâm Kiểm soát bệnh tật tỉnh:
                a) Xây dựng kế hoạch giám sát dịch bệnh, hoàn thành trong quý I/2026.
                2. Tổ chức tập huấn cho cán bộ y tế cơ sở.
                - Đơn vị chủ trì: Phòng Nghiệp vụ Y.
                - Thời gian hoàn thành: tháng 5/2026.
                3. Giao Công an tỉnh, các sở, ban, ngành và UBND các huyện, thành phố phối hợp kiểm tra các cơ sở kinh doanh.
                4. Trong năm 2025 đã kiểm tra 120 cơ sở kinh doanh.
                """);
        List<Task> tasks = doc.tasks();
        assertThat(tasks).extracting(Task::text).noneMatch(t -> t.startsWith("Chủ động")) // a purpose, not a duty
                .noneMatch(t -> t.startsWith("Trong năm 2025")); // a past fact
        assertThat(tasks.get(0).lead()).containsExactly("Trung tâm Kiểm soát bệnh tật tỉnh");
        assertThat(tasks.get(0).deadline()).isEqualTo("quý I/2026");
        assertThat(tasks.get(1).lead()).containsExactly("Phòng Nghiệp vụ Y");
        assertThat(tasks.get(1).deadline()).isEqualTo("tháng 5/2026");
        assertThat(tasks.get(2).lead()).containsExactly("Công an tỉnh", "các sở, ban, ngành", "UBND các huyện, thành phố");
        // the plan's own span is not the deadline of anything
        assertThat(tasks).extracting(Task::deadline).doesNotContain("giai đoạn 2026 - 2030");
    }

    @Test
    void theDateOfADocumentNamedIsNotADeadline() {
        Document doc = read(PLAN_HEAD + """
                II. TỔ CHỨC THỰC HIỆN
                1. Các bệnh viện thực hiện Quyết định số 15/QĐ-UBND ngày 05/01/2026 của UBND tỉnh.
                """);
        assertThat(doc.tasks()).singleElement().satisfies(t -> {
            assertThat(t.lead()).containsExactly("Các bệnh viện");
            assertThat(t.deadline()).isNull();
        });
    }

    @Test
    void anUnnumberedRequestIsADutyAndAStackOnOneLineIsTwoAuthorities() {
        Document doc = read("""
                BỘ MINH HỌA                            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                           Độc lập - Tự do - Hạnh phúc
                Số: 2265/BMH-ATMT                      Hà Nội, ngày 12 tháng 4 năm 2026
                V/v triển khai kiểm tra an toàn

                Kính gửi: Sở Công Thương các tỉnh, thành phố.

                Bộ Minh Họa đề nghị Sở Công Thương các tỉnh báo cáo kết quả trước ngày 30/4/2026.

                Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH
                - Như trên;                                 PHÓ CHỦ TỊCH
                - Lưu: VT, ATMT.

                                                            Trần Minh Hòa
                """);
        assertThat(doc.tasks()).singleElement().satisfies(t -> {
            assertThat(t.lead()).containsExactly("Sở Công Thương các tỉnh");
            assertThat(t.deadline()).isEqualTo("trước ngày 30/4/2026");
        });
        assertThat(doc.signature().authorities()).extracting(a -> a.authority().name() + " " + a.body())
                .containsExactly("ON_BEHALF_OF ỦY BAN NHÂN DÂN", "DEPUTY_FOR CHỦ TỊCH");
        assertThat(doc.signature().signer()).isEqualTo("Trần Minh Hòa");
    }

    @Test
    void aTaskTableLaidOutInTextIsRebuiltWithItsUnitAndTimeColumns() {
        Document doc = read(PLAN_HEAD + """
                II. TỔ CHỨC THỰC HIỆN
                Các đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo.

                Nơi nhận:                                   GIÁM ĐỐC
                - Lưu: VT.
                                                            Trần Minh Hòa

                PHỤ LỤC
                NHIỆM VỤ TRỌNG TÂM NĂM 2026

                TT    Nội dung nhiệm vụ                         Đơn vị chủ trì        Thời gian hoàn thành
                1     Tổ chức quán triệt Chỉ thị đến           Sở Y tế               Quý I/2026
                      cán bộ, công chức toàn ngành
                2     Rà soát các cơ sở khám bệnh tư nhân       Thanh tra Sở          Tháng 6/2026
                3     Báo cáo kết quả thực hiện Kế hoạch        Văn phòng Sở          Trước ngày 15/12/2026
                """);
        assertThat(doc.appendices()).singleElement();
        List<Task> annex = new java.util.ArrayList<>();
        doc.appendices().get(0).sections().forEach(section -> Document.visit(section, b -> {
            if (b instanceof Task t) {
                annex.add(t);
            }
        }));
        assertThat(annex).extracting(Task::text).containsExactly(
                "Tổ chức quán triệt Chỉ thị đến cán bộ, công chức toàn ngành", "Rà soát các cơ sở khám bệnh tư nhân",
                "Báo cáo kết quả thực hiện Kế hoạch");
        assertThat(annex).extracting(Task::lead).containsExactly(List.of("Sở Y tế"), List.of("Thanh tra Sở"), List.of("Văn phòng Sở"));
        assertThat(annex).extracting(Task::deadline).containsExactly("Quý I/2026", "Tháng 6/2026", "Trước ngày 15/12/2026");
    }

    @Test
    void aSentenceCutByAPageBreakIsOneParagraph() {
        Document doc = read(LETTER_HEAD + """
                Kính gửi: Ủy ban nhân dân các xã.

                Sở Minh Họa đề nghị Ủy ban nhân dân các xã tổ chức
                                                 2
                kiểm tra các cơ sở, báo cáo kết quả trước ngày 30/4/2026.
                """);
        assertThat(doc.tasks()).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("Sở Minh Họa đề nghị Ủy ban nhân dân các xã tổ chức kiểm tra các cơ sở, báo cáo kết quả trước ngày 30/4/2026.");
            assertThat(t.lead()).containsExactly("Ủy ban nhân dân các xã");
        });
    }

    private static final String LETTER_HEAD = """
            UBND TỈNH MINH HỌA              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ MINH HỌA                      Độc lập - Tự do - Hạnh phúc
            Số: 12/SMH-VP                    Minh Họa, ngày 10 tháng 4 năm 2026
            V/v kiểm tra cơ sở

            """;

    @Test
    void kinhGuiLaidOutAsAWordTable() throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            var header = docx.createTable(1, 2);
            cell(header.getRow(0).getCell(0), "UBND TỈNH MINH HỌA", "SỞ MINH HỌA", "Số: 12/SMH-VP", "V/v kiểm tra cơ sở");
            cell(header.getRow(0).getCell(1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Minh Họa, ngày 10 tháng 4 năm 2026");
            var to = docx.createTable(1, 2);
            cell(to.getRow(0).getCell(0), "Kính gửi:");
            cell(to.getRow(0).getCell(1), "- Sở Y tế;", "- Ủy ban nhân dân các xã.");
            docx.createParagraph().createRun().setText("Sở Minh Họa đề nghị các đơn vị báo cáo kết quả trước ngày 30/4/2026.");
            docx.write(out);
        }
        Document doc = Importer.read(out.toByteArray(), Importer.Format.DOCX, "letter.docx").document();
        assertThat(doc.addressees()).containsExactly("Sở Y tế", "Ủy ban nhân dân các xã");
        assertThat(doc.tasks()).singleElement().satisfies(t -> assertThat(t.lead()).containsExactly("các đơn vị"));
    }

    private static void cell(org.apache.poi.xwpf.usermodel.XWPFTableCell cell, String... lines) {
        cell.getParagraphs().get(0).createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            cell.addParagraph().createRun().setText(lines[i]);
        }
    }

    @Test
    void aBodyNameAPlaceAndATitleBrokenWhereANarrowCellBrokeThem() {
        Document doc = read("""
                **ỦY
                BAN NHÂN DÂN **
                THÀNH PHỐ MINH HỌA
                |
                **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
                Độc lập - Tự do - Hạnh phúc
                |
                Số: 408/QĐ-UBND
                |
                *Thành
                phố Minh Họa, ngày 25 tháng 11 năm 2025*
                |
                QUYẾT ĐỊNH PHÊ DUYỆT
                GIÁ THÓC ĐỂ THU THUẾ
                SỬ DỤNG ĐẤT NÔNG NGHIỆP
                Căn cứ Luật Tổ chức chính quyền địa phương;
                Điều 1. Phê duyệt giá thóc.
                """);
        assertThat(doc.header().superior()).isNull();
        assertThat(doc.header().issuerName()).isEqualTo("ỦY BAN NHÂN DÂN THÀNH PHỐ MINH HỌA");
        assertThat(doc.place()).isEqualTo("Thành phố Minh Họa");
        assertThat(doc.issueDate()).isEqualTo(LocalDate.of(2025, 11, 25));
        assertThat(doc.kind()).isEqualTo(DocumentKind.DECISION);
        assertThat(doc.summary()).isEqualTo("PHÊ DUYỆT GIÁ THÓC ĐỂ THU THUẾ SỬ DỤNG ĐẤT NÔNG NGHIỆP");
    }

    @Test
    void anOwnerLineAfterItsGroupAndDatesThatBindNobody() {
        Document doc = read(PLAN_HEAD + """
                II. TỔ CHỨC THỰC HIỆN
                1. Rà soát quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.
                2. Tổ chức tập huấn theo Điều 5 “hoàn thành trước ngày 31/12/2025” của Quy định mẫu.
                Trách nhiệm thực hiện: Sở Kế hoạch và Đầu tư.
                3. Thời hạn ủy quyền: từ ngày ký đến hết ngày 28/02/2027.
                """);
        assertThat(doc.tasks()).extracting(Task::text).containsExactly(
                "Rà soát quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.",
                "Tổ chức tập huấn theo Điều 5 “hoàn thành trước ngày 31/12/2025” của Quy định mẫu.");
        assertThat(doc.tasks()).allSatisfy(t -> {
            assertThat(t.lead()).containsExactly("Sở Kế hoạch và Đầu tư");
            assertThat(t.deadline()).isNull();
        });
    }

    @Test
    void aDatedLineOpeningAGroupDatesItsItems() {
        Document doc = read(PLAN_HEAD + """
                II. TỔ CHỨC THỰC HIỆN
                Ban Thường trực thực hiện các đợt kiểm tra như sau:
                1. Đợt 1: Từ ngày 05/12/2025 đến ngày 20/02/2026:
                - Kiểm tra việc lập danh sách cử tri.
                - Giám sát việc niêm yết danh sách.
                2. Đợt 2: Từ ngày 23/02/2026 đến ngày 14/3/2026:
                - Kiểm tra việc tổ chức hội nghị cử tri.
                """);
        assertThat(doc.tasks()).extracting(Task::text).containsExactly("Kiểm tra việc lập danh sách cử tri.",
                "Giám sát việc niêm yết danh sách.", "Kiểm tra việc tổ chức hội nghị cử tri.");
        assertThat(doc.tasks()).extracting(Task::deadline).containsExactly("Từ ngày 05/12/2025 đến ngày 20/02/2026",
                "Từ ngày 05/12/2025 đến ngày 20/02/2026", "Từ ngày 23/02/2026 đến ngày 14/3/2026");
        assertThat(doc.tasks()).allSatisfy(t -> assertThat(t.lead()).containsExactly("Ban Thường trực"));
    }

    // the closing of a letter a director signs
    private static final String GIAM_DOC_SIGNS = """
            Nơi nhận:
            - Như trên;
            - Lưu: VT.
                                                 GIÁM ĐỐC
                                                 Trần Minh Hòa
            """;

    private static final String STATE_HEADER = """
            UBND TỈNH MINH HỌA          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ GIÁO DỤC VÀ ĐÀO TẠO          Độc lập - Tự do - Hạnh phúc
            Số: 88/SGDĐT-CTTT                 Minh Họa, ngày 10 tháng 12 năm 2025
            V/v phòng chống rét cho học sinh
            Kính gửi:
            - Phòng Giáo dục và Đào tạo các huyện;
            - Các đơn vị trực thuộc Sở.
            """;

    @Test
    void aLongOpeningGivesItsReasonsFirstAndAsksAtItsEnd() {
        // the opening starts as a basis does ("Theo ...", "Thực hiện ...") and asks far into the sentence;
        // its items are bullets; the closing asks to carry out "những nội dung trên"
        Document doc = read(STATE_HEADER + """

                Theo dự báo của Trung tâm Khí tượng, những ngày tới sẽ rét đậm, rét hại. Thực hiện chỉ đạo của Ủy ban
                nhân dân tỉnh, để bảo đảm sức khỏe cho học sinh, Giám đốc Sở yêu cầu trưởng phòng GDĐT các huyện, thủ trưởng
                các đơn vị trực thuộc chú ý thực hiện tốt các nội dung sau:
                - Kiểm tra và sửa chữa kịp thời các phòng học, bảo đảm tránh gió lùa.
                - Không tổ chức các hoạt động ngoài trời trong những ngày rét đậm.
                Sở GDĐT đề nghị các Phòng GDĐT và các đơn vị trực thuộc nghiêm túc triển khai thực hiện những nội dung trên./.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::text).containsExactly(
                "Kiểm tra và sửa chữa kịp thời các phòng học, bảo đảm tránh gió lùa.",
                "Không tổ chức các hoạt động ngoài trời trong những ngày rét đậm.");
        assertThat(doc.tasks()).allSatisfy(t -> assertThat(t.lead()).containsExactly("trưởng phòng GDĐT các huyện",
                "thủ trưởng các đơn vị trực thuộc"));
        assertThat(doc.conclusion()).startsWith("Sở GDĐT đề nghị");
    }

    @Test
    void aPlanADecisionIssuesAfterItsSignatureIsReadAsItsAnnex() {
        // the decision's recipients end at "Lưu"; the plan follows with a header of its own, its kind line, its title in
        // ordinary letters and "(Kèm theo ...)"; numbered headings name owners; a list of units "có trách nhiệm:"
        Document doc = read("""
                ỦY BAN NHÂN DÂN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH MINH HỌA                  Độc lập - Tự do - Hạnh phúc
                Số: 512/QĐ-UBND                Minh Họa, ngày 02 tháng 4 năm 2026
                                        QUYẾT ĐỊNH
                          Phê duyệt Kế hoạch phòng, chống úng ngập năm 2026
                                 ỦY BAN NHÂN DÂN TỈNH
                QUYẾT ĐỊNH:
                Điều 1. Phê duyệt Kế hoạch phòng, chống úng ngập năm 2026, kèm theo Quyết định này.
                Điều 2. Quyết định này có hiệu lực từ ngày ký.
                Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN
                - Như Điều 2;                                     KT. CHỦ TỊCH
                - Các sở, ngành;                                  PHÓ CHỦ TỊCH
                - Lưu: VT, KT.
                                                                  Lê Văn Bình

                ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH MINH HỌA                      Độc lập - Tự do - Hạnh phúc

                                             KẾ HOẠCH
                                Phòng, chống úng ngập năm 2026
                (Kèm theo Quyết định số 512/QĐ-UBND ngày 02/4/2026 của UBND tỉnh)

                III. TỔ CHỨC THỰC HIỆN
                1. Ban Quản lý hạ tầng tỉnh:
                Là đầu mối cùng với các đơn vị duy trì chịu trách nhiệm chính trong việc tiêu thoát nước:
                - Tăng cường kiểm tra các điểm có nguy cơ úng ngập.
                2. Công an tỉnh: bố trí lực lượng phân luồng giao thông khi có mưa lớn.
                3. Công ty Thoát nước Minh Họa; Công ty cổ phần Môi trường Đô thị theo địa bàn có trách nhiệm:
                - Chủ động triển khai phương án thoát nước trên địa bàn.
                4. UBND các huyện:
                Xây dựng kế hoạch chống úng ngập trên địa bàn, hoàn thành trong tháng 5/2026.
                """);
        assertThat(doc.recipients()).extracting(r -> r.name()).containsExactly("Như Điều 2", "Các sở, ngành");
        assertThat(doc.appendices()).hasSize(1);
        assertThat(doc.appendices().get(0).heading()).isEqualTo("KẾ HOẠCH");
        assertThat(doc.appendices().get(0).title()).isEqualTo("Phòng, chống úng ngập năm 2026");
        assertThat(doc.tasks()).filteredOn(t -> t.text().startsWith("Tăng cường kiểm tra")).singleElement()
                .satisfies(t -> assertThat(t.lead()).containsExactly("Ban Quản lý hạ tầng tỉnh"));
        assertThat(doc.tasks()).filteredOn(t -> t.text().startsWith("Xây dựng kế hoạch")).singleElement()
                .satisfies(t -> assertThat(t.lead()).containsExactly("UBND các huyện"));
        assertThat(doc.tasks()).filteredOn(t -> t.text().startsWith("Chủ động triển khai")).singleElement()
                .satisfies(t -> assertThat(t.lead()).containsExactly("Công ty Thoát nước Minh Họa", "Công ty cổ phần Môi trường Đô thị"));
    }

    @Test
    void theUnitAfterThiLeadsNotTheCaseBeforeIt() {
        Document doc = read(STATE_HEADER + """

                Sở đề nghị các đơn vị thực hiện các nội dung sau:
                1. Đối với học sinh nội trú thì Ban quản lý khu nội trú có trách nhiệm bố trí chăn ấm trước ngày 20/12/2025.
                2. Kiểm tra việc chủ trì, phối hợp tổ chức các hoạt động trong tháng 12/2025.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks().get(0).lead()).containsExactly("Ban quản lý khu nội trú");
        assertThat(doc.tasks().get(1).lead()).containsExactly("các đơn vị");
    }

    @Test
    void aPlansOwnWorkIsItsIssuersAndAHeadingsTimeDatesItsItems() {
        Document doc = read("""
                ĐẢNG BỘ TỈNH MINH HỌA             ĐẢNG CỘNG SẢN VIỆT NAM
                BAN TUYÊN GIÁO TỈNH ỦY
                Số 12-KH/BTGTU                    Minh Họa, ngày 01 tháng 12 năm 2025
                                     KẾ HOẠCH
                          tuyên truyền cuộc bầu cử năm 2026
                I. MỤC ĐÍCH, YÊU CẦU
                - Bảo đảm thống nhất với hướng dẫn của cấp trên.
                II. NỘI DUNG
                1. Đợt 1: Trong tháng 12/2025
                - Tuyên truyền Chỉ thị số 46-CT/TW của Bộ Chính trị về lãnh đạo cuộc bầu cử.
                - Tuyên truyền những điểm mới của Luật Bầu cử.
                2. Đợt 2: Từ tháng 01/2026 đến ngày 15/3/2026
                - Tập trung tuyên truyền cao điểm về ngày bầu cử.
                III. TỔ CHỨC THỰC HIỆN
                - Căn cứ Kế hoạch này, các huyện ủy, thành ủy xây dựng kế hoạch tuyên truyền của địa phương.
                - Căn cứ ý kiến chỉ đạo trên, các cơ quan, đơn vị liên quan nghiêm túc triển khai thực hiện.

                Nơi nhận:
                - Các huyện ủy, thành ủy;
                - Lưu: VT.
                                                     K/T TRƯỞNG BAN
                                                     PHÓ TRƯỞNG BAN
                                                     Trần Minh Hòa
                """);
        assertThat(doc.tasks()).extracting(Task::text).containsExactly(
                "Tuyên truyền Chỉ thị số 46-CT/TW của Bộ Chính trị về lãnh đạo cuộc bầu cử.",
                "Tuyên truyền những điểm mới của Luật Bầu cử.",
                "Tập trung tuyên truyền cao điểm về ngày bầu cử.",
                "Căn cứ Kế hoạch này, các huyện ủy, thành ủy xây dựng kế hoạch tuyên truyền của địa phương.");
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(List.of("BAN TUYÊN GIÁO TỈNH ỦY"),
                List.of("BAN TUYÊN GIÁO TỈNH ỦY"), List.of("BAN TUYÊN GIÁO TỈNH ỦY"), List.of("các huyện ủy", "thành ủy"));
        assertThat(doc.tasks()).extracting(Task::deadline).containsExactly("tháng 12/2025", "tháng 12/2025",
                "đến ngày 15/3/2026", null);
    }

    @Test
    void fieldLinesAfterAGroupOfBulletsNameTheirLeadAndLeader() {
        Document doc = read("""
                UBND TỈNH MINH HỌA                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ CÔNG THƯƠNG                     Độc lập - Tự do - Hạnh phúc
                Số: 40/KH-SCT                      Minh Họa, ngày 15 tháng 01 năm 2026
                                     KẾ HOẠCH
                          phát triển công nghiệp năm 2026
                I. NHIỆM VỤ TRỌNG TÂM
                1. Tái cơ cấu ngành công nghiệp
                - Tham mưu xây dựng chính sách thu hút dự án công nghệ cao.
                - Khẩn trương chủ trì, phối hợp rà soát danh mục dự án chậm tiến độ.
                Lãnh đạo phụ trách: Phó Giám đốc Lê Văn Bình.
                Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý Năng lượng.
                2. Bảo đảm an ninh năng lượng
                - Đôn đốc đưa vào vận hành các dự án thủy điện.
                - Rà soát nhu cầu cấp điện cho các thôn, bản.
                Đơn vị chủ trì: Phòng Quản lý Năng lượng.

                Nơi nhận:
                - Các phòng thuộc Sở;
                - Lưu: VT.
                                                     GIÁM ĐỐC
                                                     Trần Minh Hòa
                """);
        assertThat(doc.tasks()).hasSize(4);
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(List.of("Phòng Quản lý Công nghiệp"),
                List.of("Phòng Quản lý Công nghiệp"), List.of("Phòng Quản lý Năng lượng"), List.of("Phòng Quản lý Năng lượng"));
        assertThat(doc.tasks().subList(0, 2)).extracting(Task::supervisor).containsOnly("Phó Giám đốc Lê Văn Bình");
    }

    @Test
    void aUnitNamedAloneOnANumberedLineHeadsTheItemsUnderIt() {
        // "a) Cấp ủy ..." and "3. Cấp ủy cấp trên trực tiếp" name a unit and no work; the sentence after the
        // numbered line is no wrapped part of it; "Định kỳ hằng năm, chi bộ ..." names its owner after the time
        Document doc = read("""
                TỈNH ỦY MINH HỌA                  ĐẢNG CỘNG SẢN VIỆT NAM
                BAN TỔ CHỨC
                Số 05-HD/BTCTU                    Minh Họa, ngày 10 tháng 01 năm 2026
                                     HƯỚNG DẪN
                          rà soát, sàng lọc đảng viên
                I. NHIỆM VỤ CỤ THỂ
                a) Cấp ủy trực thuộc Tỉnh ủy
                - Cụ thể hóa kế hoạch rà soát của Tỉnh ủy phù hợp với đảng bộ.
                3. Cấp ủy cấp trên trực tiếp
                Chỉ đạo ban tổ chức cấp ủy tham mưu thực hiện một số nội dung sau:
                - Lập danh sách đảng viên theo mẫu, xong trong quý I/2026.
                - Định kỳ hằng năm, chi bộ kiểm tra thẻ đảng viên của đảng viên trong chi bộ.

                Nơi nhận:
                - Các đảng ủy trực thuộc;
                - Lưu: VT.
                                                     K/T TRƯỞNG BAN
                                                     PHÓ TRƯỞNG BAN
                                                     Trần Minh Hòa
                """);
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(List.of("Cấp ủy trực thuộc Tỉnh ủy"),
                List.of("Cấp ủy cấp trên trực tiếp"), List.of("chi bộ"));
        assertThat(doc.tasks().get(1).deadline()).isEqualTo("quý I/2026");
    }

    @Test
    void aLetterToOneCompanyCallsItTheCompanyAndAsksInvestorsByName() {
        Document doc = read("""
                UBND TỈNH MINH HỌA                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ CÔNG THƯƠNG                     Độc lập - Tự do - Hạnh phúc
                Số: 771/SCT-QLCN                   Minh Họa, ngày 20 tháng 7 năm 2026
                V/v hoàn thiện hồ sơ phương án nổ mìn
                Kính gửi: Công ty cổ phần Khoáng sản Minh Sơn.

                Sở Công Thương đề nghị Công ty nộp lại hồ sơ trước ngày 30/7/2026.
                Đề nghị Chủ đầu tư tổ chức khảo sát hiện trạng khu mỏ.
                Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị Công ty báo cáo về Sở Công Thương để được hướng dẫn.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(List.of("Công ty cổ phần Khoáng sản Minh Sơn"),
                List.of("Chủ đầu tư"));
        assertThat(doc.tasks().get(0).deadline()).isEqualTo("trước ngày 30/7/2026");
    }

    @Test
    void aPartyDraftsHeaderOnOneLineWithItsNumberAndDateLeftBlank() {
        // a place name ending in "VĂN" before the second body; the star joined to the issuer; "Số      -QC/ĐU" a draft's number
        Document doc = read("""
                HUYỆN UỶ ĐỒNG VĂN ĐẢNG UỶ XÃ MINH HỌA * Số      -QC/ĐU | ĐẢNG CỘNG SẢN VIỆT NAM Minh Họa, ngày    tháng    năm 2025

                QUY CHẾ
                làm việc của Ban Chấp hành Đảng bộ xã
                nhiệm kỳ 2025 - 2030

                Điều 1. Ban Chấp hành Đảng bộ xã họp định kỳ 03 tháng một lần.
                """);
        assertThat(doc.family()).isEqualTo(Family.PARTY);
        assertThat(doc.header().superior()).isEqualTo("HUYỆN UỶ ĐỒNG VĂN");
        assertThat(doc.header().issuer()).isEqualTo("ĐẢNG UỶ XÃ MINH HỌA");
        assertThat(doc.number().isDraft()).isTrue();
        assertThat(doc.number().toString().strip()).isEqualTo("-QC/ĐU");
        assertThat(doc.place()).isEqualTo("Minh Họa");
        assertThat(doc.issueDate()).isNull();
        assertThat(doc.kind()).isEqualTo(DocumentKind.RULES);
    }

    @Test
    void closingSentencesAssignNothing() {
        Document doc = read(STATE_HEADER + """

                Sở Giáo dục và Đào tạo có ý kiến như sau:
                1. Rà soát hồ sơ giáo viên tồn đọng, gửi về Sở trước ngày 15/12/2025.
                2. Trong thời hạn 05 ngày làm việc kể từ ngày nhận được hồ sơ, Phòng Giáo dục và Đào tạo các huyện thẩm định hồ sơ.
                Đề nghị các Phòng Giáo dục và Đào tạo quan tâm, chỉ đạo thực hiện đúng thời gian nêu trên.
                Sở Giáo dục và Đào tạo phúc đáp để các đơn vị biết, thực hiện./.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(
                List.of("Phòng Giáo dục và Đào tạo các huyện", "Các đơn vị trực thuộc Sở"),
                List.of("Phòng Giáo dục và Đào tạo các huyện"));
    }

    @Test
    void aSigningToolsStampAboveTheHeaderIsNoBody() {
        // the text layer of a PDF signed by a province's signing centre: its name, mailbox and time above the header
        Document doc = read("""
                                                                   TRUNG TÂM CÔNG
                                                                   BÁO VÀ TIN HỌC
                                                                   vanthu@minhhoa.gov.vn
                                                                   18.11.2025 07:25:14
                                                                   +07:00

                ỦY BAN NHÂN DÂN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH MINH HỌA                   Độc lập - Tự do - Hạnh phúc

                Số: 565    /TB-UBND             Minh Họa, ngày 15 tháng 11 năm 2025
                                     THÔNG BÁO
                          Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban
                Giao Sở Tài chính chủ trì rà soát dự toán, báo cáo trước ngày 30/11/2025.
                """);
        assertThat(doc.header().superior()).isNull();
        assertThat(doc.header().issuerName()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH MINH HỌA");
        assertThat(doc.number()).hasToString("565/TB-UBND");
        assertThat(doc.kind()).isEqualTo(DocumentKind.NOTICE);
    }

    @Test
    void anAnnexTaskTableWhoseCellsAreJoinedByBars() {
        // a Word table as a DOCX-to-text tool writes it: cells joined by "|", a row of column numbers under the titles
        Document doc = read(STATE_HEADER + """

                Sở đề nghị các đơn vị thực hiện nhiệm vụ tại Phụ lục kèm theo.

                Nơi nhận:
                - Như trên;
                - Lưu: VT.
                                                     GIÁM ĐỐC
                                                     Trần Minh Hòa

                Phụ lục
                MỘT SỐ NHIỆM VỤ TRỌNG TÂM
                (Kèm theo Công văn số 88/SGDĐT-CTTT ngày 10/12/2025 của Sở Giáo dục và Đào tạo)

                TT | Tên nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện | Ghi chú
                 | (1) | (2) | (3) | (4) | (5)
                1 | Rà soát cơ sở vật chất các trường. | Phòng Giáo dục và Đào tạo các huyện | Các trường | Xong trong quý I/2026 |
                2 | Tập huấn giáo viên cốt cán. | Phòng Giáo dục Trung học | Các phòng thuộc Sở | Tháng 3/2026 |
                """);
        assertThat(doc.tasks()).extracting(Task::text).containsExactly("Rà soát cơ sở vật chất các trường.", "Tập huấn giáo viên cốt cán.");
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(List.of("Phòng Giáo dục và Đào tạo các huyện"),
                List.of("Phòng Giáo dục Trung học"));
        assertThat(doc.tasks()).extracting(Task::deadline).containsExactly("Xong trong quý I/2026", "Tháng 3/2026");
    }

    @Test
    void aYearlyTargetOrBudgetIsAThingNotARhythm() {
        Document doc = read(STATE_HEADER + """

                Sở đề nghị các đơn vị thực hiện các nội dung sau:
                1. Đánh giá khả năng hoàn thành mục tiêu, chỉ tiêu hằng năm của từng chương trình.
                2. Bố trí ngân sách hằng năm cho các trường vùng khó khăn.
                3. Định kỳ hằng quý báo cáo kết quả về Sở.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::recurrence).containsExactly(null, null, "Định kỳ hằng quý");
    }

    @Test
    void itemsOpenWithTheVerbsOfAdministrativeWork() {
        // "Hỗ trợ", "Tạo điều kiện", "Lồng ghép", "Tuyển sinh" open items of work as "Tổ chức" does; "Trung tâm Đào tạo"
        // keeps its name whole
        Document doc = read(STATE_HEADER + """

                Sở đề nghị Trung tâm Đào tạo và bồi dưỡng nghiệp vụ thực hiện các nội dung sau:
                - Hỗ trợ các trường vùng khó khăn tổ chức lớp học.
                - Tạo điều kiện cho giáo viên tham gia tập huấn trong tháng 01/2026.
                - Lồng ghép nội dung phòng chống rét vào giờ sinh hoạt lớp.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).hasSize(3).allSatisfy(t -> assertThat(t.lead())
                .containsExactly("Trung tâm Đào tạo và bồi dưỡng nghiệp vụ"));
    }

    @Test
    void aListOfUnitsBrokenAfterACommaIsOneSubject() {
        // a PDF's text layer indents the first line of a paragraph and not the next: the comma at the line's end says it goes on;
        // "tổ chức" after a comma opens the list's next unit, not the work
        Document doc = read(STATE_HEADER + """

                  3. Tổ chức thực hiện
                                  Sở Y tế, Sở Tài chính, Công an tỉnh,
                      Bộ Chỉ huy Quân sự tỉnh, Ủy ban nhân dân các huyện có trách nhiệm chỉ đạo thực hiện trước ngày 30/6/2026.
                                  Các cơ quan, tổ chức từ tỉnh đến cơ sở có trách nhiệm báo cáo kết quả trước ngày 15/12/2026.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(
                List.of("Sở Y tế", "Sở Tài chính", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Ủy ban nhân dân các huyện"),
                List.of("Các cơ quan", "tổ chức từ tỉnh đến cơ sở"));
        assertThat(doc.tasks()).extracting(Task::deadline).containsExactly("trước ngày 30/6/2026", "trước ngày 15/12/2026");
    }

    @Test
    void anAddresseeWrappedOntoTheNextLineStaysOne() {
        Document doc = read("""
                UBND TỈNH MINH HỌA          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ GIÁO DỤC VÀ ĐÀO TẠO          Độc lập - Tự do - Hạnh phúc
                Số: 88/SGDĐT-CTTT                 Minh Họa, ngày 10 tháng 12 năm 2025
                V/v phòng chống rét cho học sinh
                                    Kính gửi:
                                              - Ủy ban nhân dân các xã, phường;
                                              - Hiệu trưởng các trường phổ thông, trường phổ
                                              thông có nhiều cấp học;
                                              - Giám đốc các trung tâm giáo dục nghề nghiệp -
                                              giáo dục thường xuyên.

                         Căn cứ Kế hoạch số 12/KH-UBND ngày 05 tháng 12 năm 2025 của
                    Ủy ban nhân dân tỉnh về phòng chống rét;
                         Sở Giáo dục và Đào tạo đề nghị các đơn vị báo cáo kết quả trước ngày 20/12/2025.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.addressees()).containsExactly("Ủy ban nhân dân các xã, phường",
                "Hiệu trưởng các trường phổ thông, trường phổ thông có nhiều cấp học",
                "Giám đốc các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên");
        assertThat(doc.tasks()).singleElement().satisfies(t -> {
            assertThat(t.lead()).containsExactly("các đơn vị");
            assertThat(t.deadline()).isEqualTo("trước ngày 20/12/2025");
        });
    }

    @Test
    void ownersListedWithSemicolonsOrInBracketsAfterTheWork() {
        Document doc = read(STATE_HEADER + """

                1. Các sở, ban, ngành trực thuộc UBND tỉnh; UBND các huyện, thành phố tiếp tục tổ chức tuyên truyền về bảo vệ bí mật nhà nước.
                2. Xây dựng Quy chế bảo vệ bí mật nhà nước của tỉnh (Giao Công an tỉnh chủ trì, phối hợp với Sở Tư pháp tham mưu).
                3. Báo cáo theo đề cương mà Đoàn kiểm tra yêu cầu trước ngày 10/4/2026 (Phòng Giáo dục Trung học thực hiện).

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(
                List.of("Các sở, ban, ngành trực thuộc UBND tỉnh", "UBND các huyện, thành phố"), List.of("Công an tỉnh"),
                List.of("Phòng Giáo dục Trung học"));
    }

    @Test
    void theItemsUnderAParagraphAreOwedByItsLastSentencesUnit() {
        Document doc = read(STATE_HEADER + """

                Đề nghị Ủy ban nhân dân cấp xã chỉ đạo các trường chuẩn bị báo cáo. Riêng Ủy ban nhân dân phường Hòa Bình cử đại diện lãnh đạo tham dự và chỉ đạo:
                - Cử lãnh đạo Phòng Văn hóa - Xã hội tiếp đón Đoàn kiểm tra.
                - Chuẩn bị hội trường trước ngày 17/4/2026.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::lead).containsOnly(List.of("Ủy ban nhân dân phường Hòa Bình"));
    }

    @Test
    void aMeetingLetterDatesItsPreparationsByTheMeetingsDayAndListsItsPeopleAsNoDuties() {
        Document doc = read(STATE_HEADER + """

                Thường trực Ủy ban nhân dân tỉnh kính mời các đồng chí tham dự cuộc họp về phòng chống rét.
                1. Thành phần:
                - Đồng chí Trần Minh Hòa, Phó Chủ tịch UBND tỉnh (chủ trì);
                - Lãnh đạo Sở Y tế, Sở Tài chính;
                - Đại diện lãnh đạo Ủy ban nhân dân các huyện.
                2. Thời gian: Vào lúc 07 giờ 30, ngày 06/3/2026 (sáng thứ Sáu).
                3. Địa điểm: Hội trường Ủy ban nhân dân tỉnh.
                4. Chuẩn bị nội dung:
                - Sở Y tế chuẩn bị báo cáo tình hình dịch bệnh mùa rét.
                - Sở Tài chính báo cáo kinh phí hỗ trợ trước ngày 04/3/2026.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(
                List.of("Phòng Giáo dục và Đào tạo các huyện", "Các đơn vị trực thuộc Sở"), List.of("Sở Y tế"), List.of("Sở Tài chính"));
        assertThat(doc.tasks()).extracting(Task::deadline).containsExactly("ngày 06/3/2026", "ngày 06/3/2026", "trước ngày 04/3/2026");
    }

    @Test
    void aMeetingsAgendaByTheHourIsNoTaskTable() {
        Document doc = read(STATE_HEADER + """

                Sở đề nghị các đơn vị chuẩn bị báo cáo theo chương trình làm việc sau:

                THỜI GIAN          NỘI DUNG                                       THỰC HIỆN
                8h30 - 8h35        Tuyên bố lý do, giới thiệu đại biểu             Văn phòng Sở
                8h35 - 9h00        Báo cáo tóm tắt tình hình phòng chống rét       Phòng Giáo dục Trung học
                9h00 - 10h30       Ý kiến của các đơn vị                           Các trường

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::text).noneMatch(t -> t.startsWith("Tuyên bố") || t.startsWith("Ý kiến"));
    }

    @Test
    void severalDutiesAfterAColonFallDueEachOnItsDate() {
        Document doc = read(STATE_HEADER + """

                1. Hiệu trưởng các trường căn cứ chức năng, nhiệm vụ chỉ đạo: xây dựng kế hoạch phòng chống rét và gửi về Sở trước ngày 15/12/2025; lập dự toán kinh phí mua chăn ấm cho học sinh; báo cáo kết quả thực hiện về Sở trước ngày 10/3/2026.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::lead).containsOnly(List.of("Hiệu trưởng các trường"));
        assertThat(doc.tasks()).extracting(Task::deadline).containsExactly("trước ngày 15/12/2025", null, "trước ngày 10/3/2026");
        assertThat(doc.tasks()).extracting(Task::text).containsExactly(
                "xây dựng kế hoạch phòng chống rét và gửi về Sở trước ngày 15/12/2025;",
                "lập dự toán kinh phí mua chăn ấm cho học sinh;", "báo cáo kết quả thực hiện về Sở trước ngày 10/3/2026.");
    }

    @Test
    void aPartyLettersSummaryUnderItsNumberWithoutVv() {
        Document doc = read("""
                ĐẢNG BỘ TỈNH MINH HỌA
                ĐẢNG UỶ XÃ HÒA BÌNH
                *
                Số 315-CV/ĐU
                Khẩn trương chuẩn bị các điều kiện cần thiết
                phục vụ Chương trình thăm, chúc tết tại xã
                ĐẢNG CỘNG SẢN VIỆT NAM

                Hòa Bình, ngày 07 tháng 02 năm 2026

                Kính gửi: - UBND xã,
                - Công an xã.

                Thường trực Đảng uỷ có ý kiến chỉ đạo như sau:
                1. Uỷ ban nhân dân xã:
                - Chuẩn bị nội dung báo cáo tóm tắt, trình Thường trực Đảng uỷ trước 11 giờ 00 ngày 09/02/2026.
                2. Công an xã:
                - Xây dựng phương án bảo đảm an ninh trật tự tại buổi trao quà.
                3. Thời gian Lúc 08 giờ 00 phút, ngày 10 tháng 02 năm 2026.

                Nơi nhận:
                - Như trên,
                - Lưu VP.
                                                     T/M BAN THƯỜNG VỤ
                                                     PHÓ BÍ THƯ
                                                     Trần Minh Hòa
                """);
        assertThat(doc.family()).isEqualTo(Family.PARTY);
        assertThat(doc.kind()).isEqualTo(DocumentKind.OFFICIAL_LETTER);
        assertThat(doc.number()).hasToString("315-CV/ĐU");
        assertThat(doc.summary()).isEqualTo("Khẩn trương chuẩn bị các điều kiện cần thiết phục vụ Chương trình thăm, chúc tết tại xã");
        assertThat(doc.issueDate()).isEqualTo(LocalDate.of(2026, 2, 7));
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(List.of("Uỷ ban nhân dân xã"), List.of("Công an xã"));
        // the visit's day, given with no colon after "Thời gian", dates what names no date of its own
        assertThat(doc.tasks()).extracting(Task::deadline).containsExactly("ngày 09/02/2026", "ngày 10 tháng 02 năm 2026");
    }

    @Test
    void theOwnerAfterAClauseATopicOrAFirstSentenceThatAssignsNothing() {
        Document doc = read(STATE_HEADER + """

                Sở đề nghị các đơn vị thực hiện các nội dung sau:
                1. Sau khi hoàn thành kiểm định, Trung tâm Kiểm định gửi báo cáo kết quả về Sở trước ngày 30/12/2025.
                2. Trước 11h00 ngày 23/12/2025: các trường nộp báo cáo nhanh về Phòng Giáo dục và Đào tạo.
                3. Tiêu chuẩn đo lường chất lượng: Ủy ban nhân dân các huyện chủ động phối hợp với Sở tuyên truyền.
                4. Việc kiểm tra được tổ chức vào dịp cuối năm. Các đơn vị lập danh sách giáo viên đủ điều kiện.
                5. Phòng Giáo dục Trung học là đầu mối theo dõi, tổng hợp kết quả.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(List.of("Trung tâm Kiểm định"), List.of("các trường"),
                List.of("Ủy ban nhân dân các huyện"), List.of("Các đơn vị"), List.of("Phòng Giáo dục Trung học"));
    }

    @Test
    void aPartyCommitteesRulesMeetingsAndReportsAreItsUnitsDuties() {
        Document doc = read(STATE_HEADER + """

                1. Hằng quý, Đảng uỷ xã báo cáo kết quả thực hiện nhiệm vụ với Huyện uỷ.
                2. Các chi bộ trực thuộc sinh hoạt định kỳ mỗi tháng một lần.
                3. Các nghị quyết của Đảng uỷ được thông qua khi có quá nửa số Đảng uỷ viên dự họp tán thành.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(List.of("Đảng uỷ xã"), List.of("Các chi bộ trực thuộc"));
    }

    @Test
    void aParagraphWhoseSentencesSetDifferentUnitsToWorkIsADutyEach() {
        Document doc = read(STATE_HEADER + """

                1. Các trường rà soát hồ sơ học sinh vùng khó khăn. Định kỳ hằng quý, Phòng Giáo dục Trung học tổng hợp kết quả báo cáo Giám đốc Sở. Sở Tài chính bố trí kinh phí trước ngày 30/6/2026.
                2. Phát triển giáo dục vùng khó khăn là nhiệm vụ quan trọng. Giám đốc Sở yêu cầu các đơn vị trực thuộc kiểm tra cơ sở vật chất trong tháng 01/2026.
                3. Tổ chức tập huấn cho giáo viên cốt cán.
                Thời hạn hoàn thành trước ngày 15/02/2026.
                Sở Giáo dục và Đào tạo thông báo cho các đơn vị được biết và thực hiện.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(List.of("Các trường"), List.of("Phòng Giáo dục Trung học"),
                List.of("Sở Tài chính"), List.of("các đơn vị trực thuộc"), List.of("Phòng Giáo dục và Đào tạo các huyện", "Các đơn vị trực thuộc Sở"));
        assertThat(doc.tasks()).extracting(Task::recurrence).containsExactly(null, "Định kỳ hằng quý", null, null, null);
        assertThat(doc.tasks()).extracting(Task::deadline).containsExactly(null, null, "trước ngày 30/6/2026", "tháng 01/2026",
                "trước ngày 15/02/2026");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // a web page: the title's lines are paragraphs of their own, blank lines between them, the decider under it in bold
        "**QUYẾT ĐỊNH**\n\nVỀ VIỆC PHÊ DUYỆT GIÁ THÓC\n\nTRÊN ĐỊA BÀN TỈNH MINH HỌA\n**ỦY BAN NHÂN DÂN TỈNH MINH HỌA**\n",
        // a PDF: the title in capitals, then the first numbered line of the body with no space after its number
        "QUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT GIÁ THÓC\nTRÊN ĐỊA BÀN TỈNH MINH HỌA\n**1.****\n**Trên cơ sở tài liệu của Bộ, các sở thực hiện.\n",
    })
    void aTitleInCapitalsEndsWhereItsCapitalsDo(String title) {
        Document doc = read("UBND TỈNH MINH HỌA          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Số: 57/QĐ-UBND                 Minh Họa, ngày 19 tháng 11 năm 2025\n\n" + title + """

                Điều 1. Phê duyệt giá thóc để thu thuế năm 2025.
                Điều 2. Sở Tài chính hướng dẫn thực hiện Quyết định này.
                """ + GIAM_DOC_SIGNS);
        assertThat(doc.kind()).isEqualTo(DocumentKind.DECISION);
        assertThat(doc.summary()).isEqualTo("VỀ VIỆC PHÊ DUYỆT GIÁ THÓC TRÊN ĐỊA BÀN TỈNH MINH HỌA");
    }

    @Test
    void aSummaryLosesTheCellBarsOfATableCopiedToText() {
        Document doc = read("""
                UBND TỈNH MINH HỌA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ CÔNG THƯƠNG | Độc lập - Tự do - Hạnh phúc
                Số: 1200/SCT-KTAT | Minh Họa, ngày 10 tháng 12 năm 2025
                V/v tham mưu triển khai Công |
                văn số 3980/C04-P6 của Cục Cảnh sát | |
                Kính gửi: Ủy ban nhân dân tỉnh.

                Sở Công Thương đề nghị Ủy ban nhân dân tỉnh xem xét, chỉ đạo.
                """ + GIAM_DOC_SIGNS);
        assertThat(doc.summary()).isEqualTo("tham mưu triển khai Công văn số 3980/C04-P6 của Cục Cảnh sát");
    }

    @Test
    void aNoticeWhoseFirstParagraphAsksInItsSecondSentenceHasDuties() {
        Document doc = read("""
                 ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                 TỈNH MINH HỌA                   Độc lập - Tự do - Hạnh phúc
                  Số: 453/TB-UBND                Minh Họa, ngày 29 tháng 4 năm 2026

                                      THÔNG BÁO
                                 Về việc treo cờ Tổ quốc

                Nhân dịp Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ XI, nhiệm kỳ 2026 - 2031. Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành và các hộ gia đình trên địa bàn tỉnh treo cờ Tổ quốc từ ngày 10/5/2026 đến hết ngày 14/5/2026.
                Ủy ban nhân dân các phường, xã có trách nhiệm chỉ đạo, kiểm tra việc treo cờ Tổ quốc ở địa bàn dân cư.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(List.of("các sở, ban, ngành", "các hộ gia đình trên địa bàn tỉnh"),
                List.of("Ủy ban nhân dân các phường, xã"));
    }

    @Test
    void aPlansItemsOwedByTheUnitAfterADashAndDatedByItsTimeSection() {
        Document doc = read("""
                SỞ GDĐT TỈNH MINH HỌA          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TRƯỜNG THPT HÒA BÌNH          Độc lập - Tự do - Hạnh phúc
                Số: 58/KH-THPTHB                 Minh Họa, ngày 15 tháng 4 năm 2026

                KẾ HOẠCH
                Tổ chức sinh hoạt chuyên môn môn Lịch sử

                I. NỘI DUNG SINH HOẠT CHUYÊN MÔN
                1. Phân tích đề thi tốt nghiệp năm 2025 – Trường THPT Hòa Bình thực hiện.
                2. Tham luận về công tác ôn thi - Trường THPT Thống Nhất hỗ trợ thực hiện.
                II. THỜI GIAN VÀ HÌNH THỨC
                1. Thời gian
                Lúc 14 giờ 00 phút, ngày 28 tháng 4 năm 2026.
                2. Hình thức
                Trực tuyến.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(List.of("Trường THPT Hòa Bình"), List.of("Trường THPT Thống Nhất"));
        assertThat(doc.tasks()).extracting(Task::deadline).containsOnly("ngày 28 tháng 4 năm 2026");
    }

    @Test
    void aCompanyNamedByItsWordAloneInALetterToIt() {
        Document doc = read("""
                UBND TỈNH MINH HỌA          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ CÔNG THƯƠNG          Độc lập - Tự do - Hạnh phúc
                Số: 1200/SCT-KTAT                 Minh Họa, ngày 10 tháng 12 năm 2025
                V/v kiểm định đập thủy điện
                Kính gửi: Công ty cổ phần Thủy điện Hòa Bình.

                Sau khi hoàn thành kiểm định, Công ty gửi báo cáo kết quả kiểm định về Sở Công Thương để Sở tiếp nhận trước ngày 30/12/2025.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).singleElement().satisfies(t -> {
            assertThat(t.lead()).containsExactly("Công ty cổ phần Thủy điện Hòa Bình");
            assertThat(t.deadline()).isEqualTo("trước ngày 30/12/2025");
        });
    }

    @Test
    void aUnitHeadingInsideAUnitsSectionOwnsTheItemsUnderIt() {
        Document doc = read(STATE_HEADER.replace("V/v phòng chống rét cho học sinh\n", "").replace("88/SGDĐT-CTTT", "88/KH-SGDĐT") + """

                KẾ HOẠCH
                Tổ chức cuộc thi

                IV. TỔ CHỨC THỰC HIỆN
                1. Sở Giáo dục và Đào tạo
                a) Phòng Học sinh, sinh viên
                - Thường trực, chủ trì, phối hợp với Sở Văn hóa tổ chức Cuộc thi.
                - Chỉ đạo các trường tích cực tham gia các hoạt động.
                b) Các phòng thuộc Sở
                - Thông báo Kế hoạch Cuộc thi đến các trường.
                2. Liên đoàn Vovinam
                - Hỗ trợ kinh phí.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(List.of("Phòng Học sinh, sinh viên"),
                List.of("Phòng Học sinh, sinh viên"), List.of("Các phòng thuộc Sở"), List.of("Liên đoàn Vovinam"));
    }

    @Test
    void aUnitWhoseNameHoldsACommaAskedAtTheEndOfAHeading() {
        Document doc = read(STATE_HEADER + """

                3. Về dự thảo Kế hoạch nâng cao chỉ số năng lực cạnh tranh năm 2026, giao Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh:
                - Chủ trì rà soát nội dung thỏa thuận hợp tác.
                - Theo dõi, tổng hợp tình hình triển khai thực hiện.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::lead).containsOnly(List.of("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh"));
    }

    @Test
    void aPlansPeriodIsNoMeetingsDay() {
        // "Thời gian: 100 ngày làm việc, từ ngày ... đến hết ngày ..." spans the plan: it dates none of its items
        Document doc = read(STATE_HEADER.replace("V/v phòng chống rét cho học sinh\n", "").replace("88/SGDĐT-CTTT", "88/KH-SGDĐT") + """

                KẾ HOẠCH
                100 ngày làm việc

                1. Thời gian: 100 ngày làm việc, từ ngày 10/7/2026 đến hết ngày 30/11/2026.
                2. Phòng Giáo dục Trung học chủ trì tổng hợp báo cáo kết quả thực hiện.
                3. Văn phòng Sở theo dõi, đôn đốc triển khai Kế hoạch.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::lead).contains(List.of("Phòng Giáo dục Trung học"), List.of("Văn phòng Sở"));
        assertThat(doc.tasks()).filteredOn(t -> !t.lead().isEmpty()).extracting(Task::deadline).containsOnlyNulls();
    }

    @Test
    void aTaskTablesGroupRowWithItsRomanNumberInACellOfItsOwn() {
        Document doc = read(STATE_HEADER + """

                Sở đề nghị các đơn vị thực hiện các nhiệm vụ sau:

                | STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |
                | :---: | :--- | :--- | :---: |
                | **I** | **NHÓM THỂ CHẾ, CHỈ ĐẠO** | | |
                | 1 | Rà soát, ban hành quy chế làm việc. | Văn phòng Sở | Tháng 01/2026 |
                | **II** | **NHÓM HẠ TẦNG SỐ** | | |
                | 2 | Nâng cấp mạng nội bộ của các trường. | Phòng Công nghệ thông tin | Quý I/2026 |

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::text).containsExactly("Rà soát, ban hành quy chế làm việc.",
                "Nâng cấp mạng nội bộ của các trường.");
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(List.of("Văn phòng Sở"), List.of("Phòng Công nghệ thông tin"));
    }

    @Test
    void aGroupRowInOrdinaryLettersOverRowsNumberedFromOne() {
        Document doc = read(STATE_HEADER + """

                Sở đề nghị các đơn vị thực hiện các nhiệm vụ sau:

                STT | Nội dung | Thời gian | Chủ trì | Thực hiện
                I | Công tác giáo dục quốc phòng - an ninh |  |  |\s
                1 | Rà soát danh sách cán bộ chưa được bồi dưỡng. | Quý I/2026 | Văn phòng Sở | Phòng Tổng hợp
                II | Chế độ báo cáo |  |  |\s
                1 | Báo cáo sơ kết 6 tháng | Trước 10/6 | Văn phòng Sở | Phòng Tổng hợp

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::text).containsExactly("Rà soát danh sách cán bộ chưa được bồi dưỡng.",
                "Báo cáo sơ kết 6 tháng");
        assertThat(doc.tasks()).extracting(Task::deadline).containsExactly("Quý I/2026", "Trước 10/6");
    }

    @Test
    void itemsNumberedInBracketsUnderAMinistrysDepartments() {
        Document doc = read(STATE_HEADER + """

                Bộ trưởng chỉ đạo các Vụ khẩn trương thực hiện các nhiệm vụ cụ thể sau:
                1. Vụ Chính quyền địa phương
                (1) Chủ trì, tổng hợp chung, xây dựng báo cáo bổ sung gửi Ban Chỉ đạo trước ngày 25/6/2026.
                (2) Chủ trì, xây dựng báo cáo về:
                - Đánh giá về sự cần thiết tiếp tục sắp xếp đơn vị hành chính cấp xã.
                2. Vụ Tổ chức cán bộ
                (1) Tổ chức hiệp thương lần thứ nhất.
                (2) Tổ chức hiệp thương lần thứ hai.
                - Đơn vị chủ trì: Phòng Tổ chức
                - Thời gian hoàn thành: Quý I/2026.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::text).containsExactly(
                "Chủ trì, tổng hợp chung, xây dựng báo cáo bổ sung gửi Ban Chỉ đạo trước ngày 25/6/2026.",
                "Đánh giá về sự cần thiết tiếp tục sắp xếp đơn vị hành chính cấp xã.",
                "Tổ chức hiệp thương lần thứ nhất.", "Tổ chức hiệp thương lần thứ hai.");
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(List.of("Vụ Chính quyền địa phương"),
                List.of("Vụ Chính quyền địa phương"), List.of("Phòng Tổ chức"), List.of("Phòng Tổ chức"));
    }

    @Test
    void aRuleUnderTheTitleJoinedToTheFirstBasisEndsTheTitle() {
        Document doc = read("""
                BAN CHẤP HÀNH ĐẢNG BỘ TỈNH MINH HỌA          ĐẢNG CỘNG SẢN VIỆT NAM
                BAN TỔ CHỨC
                *
                Số 38-HD/BTCTU                 Minh Họa, ngày 29 tháng 11 năm 2025

                HƯỚNG DẪN
                Nghiệp vụ công tác tổ chức đảng và đảng viên
                ----- Căn cứ Điều lệ Đảng, Ban Tổ chức Tỉnh ủy hướng dẫn như sau:
                1. Các cấp ủy rà soát danh sách đảng viên trước ngày 15/12/2025.
                """);
        assertThat(doc.summary()).isEqualTo("Nghiệp vụ công tác tổ chức đảng và đảng viên");
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(List.of("Các cấp ủy"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "UBND TỈNH MINH HỌA VĂN PHÒNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc|UBND TỈNH MINH HỌA|VĂN PHÒNG",
        "ỦY BAN BẦU CỬ XÃ HÒA BÌNH TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
                + "|ỦY BAN BẦU CỬ XÃ HÒA BÌNH|TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN",
    })
    void twoBodiesJoinedOnTheHeadersLineAreTold(String row) {
        String[] parts = row.split("\\|");
        Document doc = read(parts[0] + "|" + parts[1] + """

                Số: 12/TB-VP | Minh Họa, ngày 05 tháng 6 năm 2026

                THÔNG BÁO
                Kết luận của đồng chí Chủ tịch
                """ + GIAM_DOC_SIGNS);
        assertThat(doc.header().superior()).isEqualTo(parts[2]);
        assertThat(doc.header().issuer()).isEqualTo(parts[3]);
    }

    @Test
    void aBodysNameBrokenInsideItsFirstWords() {
        Document doc = read("""
                **VĂN
                PHÒNG CHÍNH PHỦ**
                -------
                |
                **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
                Độc lập - Tự do - Hạnh phúc
                |
                Số: 1200/VPCP-KTTH
                V/v đề xuất giải pháp tháo gỡ khó khăn
                |
                *Hà Nội, ngày 03 tháng 12 năm 2025*
                Kính gửi: Bộ Tài chính.

                Văn phòng Chính phủ đề nghị Bộ Tài chính báo cáo trước ngày 10/12/2025.
                """ + GIAM_DOC_SIGNS);
        assertThat(doc.header().superior()).isNull();
        assertThat(doc.header().issuer().replace("\n", " ")).isEqualTo("VĂN PHÒNG CHÍNH PHỦ"); // its lines as printed
    }

    @Test
    void aStandingCommitteesResolutionNumberedAfterItsKind() {
        Document doc = read("""
                ỦY BAN THƯỜNG VỤ QUỐC HỘI
                -------
                |

                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

                Độc lập - Tự do - Hạnh phúc
                |

                Nghị quyết số: 108/2025/UBTVQH15
                |

                Hà Nội, ngày 17 tháng 10 năm 2025

                NGHỊ QUYẾT

                Về tổ chức bộ máy của Ban Dân tộc

                Điều 1. Ban Dân tộc có trách nhiệm báo cáo kết quả trước ngày 31/12/2025.
                """);
        assertThat(doc.kind()).isEqualTo(DocumentKind.RESOLUTION);
        assertThat(doc.number()).hasToString("108/2025/UBTVQH15");
        assertThat(doc.issueDate()).isEqualTo(LocalDate.of(2025, 10, 17));
        assertThat(doc.summary()).isEqualTo("Về tổ chức bộ máy của Ban Dân tộc");
    }

    @Test
    void aCopyWhoseDateLineLostItsPlaceReadsWithTheDateAndAMissingPlace() {
        ImportResult result = Importer.readText("""
                BỘ MINH HỌA

                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

                Độc lập - Tự do - Hạnh phúc

                Số: 41/2026/TT-BMH

                Ngày 9 tháng 3 năm 2026

                THÔNG BÁO

                Về việc rà soát hồ sơ lưu trữ

                1. Vụ Tổ chức cán bộ chủ trì rà soát hồ sơ, báo cáo Bộ trưởng trước ngày 30/4/2026.
                """, "web-copy.txt");
        Document doc = result.document();
        assertThat(doc.place()).isNull();
        assertThat(doc.issueDate()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(doc.summary()).isEqualTo("Về việc rà soát hồ sơ lưu trữ");
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("$.place");
            assertThat(f.status()).isEqualTo(Finding.Status.MISSING);
        });
        assertThat(doc.tasks()).singleElement().satisfies(t -> assertThat(t.lead()).containsExactly("Vụ Tổ chức cán bộ"));
    }

    @Test
    void aTitleInCapitalsEndsAtTheIssuersOwnNameThatDecides() {
        Document doc = read("""
                HỘI ĐỒNG QUỐC GIA MINH HỌA
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Nghị quyết số: 12/2026/NQ-HĐQG
                Hà Nội, ngày 02 tháng 02 năm 2026

                NGHỊ QUYẾT

                CHƯƠNG TRÌNH GIÁM SÁT NĂM 2027

                HỘI ĐỒNG QUỐC GIA MINH HỌA

                Căn cứ Luật Tổ chức Hội đồng;

                QUYẾT NGHỊ:

                Điều 1. Thường trực Hội đồng tổng hợp kết quả giám sát trước ngày 15/12/2027.
                """);
        assertThat(doc.summary()).isEqualTo("CHƯƠNG TRÌNH GIÁM SÁT NĂM 2027");
        assertThat(doc.decidingAuthority()).isEqualTo("HỘI ĐỒNG QUỐC GIA MINH HỌA");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // an office of two bodies, its name broken after its first words: one body, no superior
        "VĂN PHÒNG ĐOÀN ĐBQH           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVÀ HĐND TỈNH MINH HỌA         Độc lập - Tự do - Hạnh phúc\n"
                + "Số: 95/VP-CTHĐND              Minh Họa, ngày 12 tháng 5 năm 2026\nV/v gửi danh mục công việc\n|VĂN PHÒNG ĐOÀN ĐBQH VÀ HĐND TỈNH MINH HỌA|",
        // a Party delegation under the Central Committee: "ĐẢNG ĐOÀN" opens a body of its own
        "ĐẢNG CỘNG SẢN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG ĐOÀN HỘI ĐỒNG MINH HỌA\n*\nSố 95-CV/ĐĐHĐ\nHà Nội, ngày 12 tháng 5 năm 2026\n"
                + "V/v gửi danh mục công việc\nBAN CHẤP HÀNH TRUNG ƯƠNG|ĐẢNG ĐOÀN HỘI ĐỒNG MINH HỌA",
        // a web page turned into markdown: an escaped star under the bodies, a tool's page banner above them
        "# PAGE 1\n**ĐẢNG ỦY HỘI ĐỒNG MINH HỌA**\n**VĂN PHÒNG**\n\\*\nSố 95-CV/VPĐU\nV/v gửi danh mục công việc\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n"
                + "Hà Nội, ngày 12 tháng 5 năm 2026\nĐẢNG ỦY HỘI ĐỒNG MINH HỌA|VĂN PHÒNG",
    })
    void bodiesOfOneNameAndMarkdownsMarksInAHeader(String excerpt) {
        String[] parts = excerpt.split("\n(?=[^\n]*\\|[^\n]*$)");
        String[] expected = parts[1].split("\\|", -1);
        Document doc = read(parts[0] + "\nKính gửi: Sở Nội vụ.\n\nĐề nghị Sở Nội vụ tổng hợp, trả lời trước ngày 30/5/2026.\n");
        assertThat(doc.summary()).isEqualTo("gửi danh mục công việc");
        assertThat(doc.header().superior() == null ? "" : doc.header().superior().replace("\n", " ")).isEqualTo(expected[0]);
        assertThat(doc.header().issuer().replace("\n", " ")).isEqualTo(expected[1]);
    }

    @Test
    void aProgrammeAttachedAfterTheSignatureWithItsTitleOnTheKindLineHoldsDuties() {
        Document doc = read("""
                CHÍNH PHỦ MINH HỌA               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                 Độc lập - Tự do - Hạnh phúc
                Số: 07/NQ-CP                     Hà Nội, ngày 09 tháng 01 năm 2026

                NGHỊ QUYẾT
                Ban hành Chương trình hành động về chuyển đổi số

                Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động về chuyển đổi số.
                Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.

                Nơi nhận:
                - Các bộ, cơ quan ngang bộ;
                - Lưu: VT.
                                                 TM. CHÍNH PHỦ
                                                 THỦ TƯỚNG
                                                 Nguyễn Văn A

                CHƯƠNG TRÌNH HÀNH ĐỘNG VỀ CHUYỂN ĐỔI SỐ
                Thực hiện Kết luận số 12-KL/TW của Bộ Chính trị
                (Kèm theo Nghị quyết số 07/NQ-CP ngày 09 tháng 01 năm 2026 của Chính phủ)

                III. TỔ CHỨC THỰC HIỆN
                1. Bộ Tài chính chủ trì bảo đảm kinh phí thực hiện trong quý I/2026.
                2. Bộ Nội vụ chủ trì tổng hợp kết quả, báo cáo Chính phủ trước ngày 15/12/2026.
                """);
        assertThat(doc.appendices()).singleElement().satisfies(a -> assertThat(a.heading()).isEqualTo("CHƯƠNG TRÌNH HÀNH ĐỘNG VỀ CHUYỂN ĐỔI SỐ"));
        assertThat(doc.signatures()).singleElement().satisfies(s -> assertThat(s.signer()).isEqualTo("Nguyễn Văn A"));
        assertThat(doc.tasks()).extracting(t -> t.lead().get(0)).containsExactly("Bộ Tài chính", "Bộ Nội vụ");
        assertThat(doc.tasks().get(1).deadline()).isEqualTo("trước ngày 15/12/2026");
    }

    @Test
    void anInvitationsAddresseesUnderItsKindLineAreNoTitle() {
        Document doc = read("""
                HỘI ĐỒNG NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                HUYỆN MINH HỌA                   Độc lập - Tự do - Hạnh phúc
                Số: 06/GM-HĐND                   Minh Họa, ngày 12 tháng 11 năm 2026

                GIẤY MỜI
                Kính gửi: ……………………………
                Thường trực HĐND huyện tổ chức cuộc họp mở rộng, cụ thể như sau:
                1. Thời gian: 14 giờ 00 phút, ngày 16/11/2026.
                2. Địa điểm: Hội trường UBND huyện.
                """);
        assertThat(doc.kind()).isEqualTo(DocumentKind.INVITATION);
        assertThat(doc.summary()).isNull();
    }

    @Test
    void aTeamIsAUnitThatOwnsWork() {
        Document doc = read("""
                HỘI ĐỒNG NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH MINH HỌA                    Độc lập - Tự do - Hạnh phúc
                ĐOÀN GIÁM SÁT
                Số: 12/TB-ĐGS                    Minh Họa, ngày 21 tháng 10 năm 2026

                THÔNG BÁO
                Phân công nhiệm vụ thành viên Đoàn giám sát

                I. PHÂN CÔNG NHIỆM VỤ
                a) Tổ công tác số 01: tổ chức làm việc trực tiếp với UBND huyện Bình Sơn.
                b) Tổ chuyên môn xây dựng báo cáo kết quả giám sát trước ngày 15/11/2026.
                c) Tổ chức họp rút kinh nghiệm sau đợt giám sát.
                """);
        assertThat(doc.tasks()).extracting(t -> t.lead().isEmpty() ? "" : t.lead().get(0))
                .containsExactly("Tổ công tác số 01", "Tổ chuyên môn"); // "Tổ chức họp" is work, not a team
        assertThat(doc.tasks().get(1).deadline()).isEqualTo("trước ngày 15/11/2026");
    }

    @Test
    void aLetterThatAsksItsAddresseesAsComradesAndCitesAnotherBodysLetter() {
        Document doc = read("""
                ĐẢNG ỦY TỈNH MINH HỌA                ĐẢNG CỘNG SẢN VIỆT NAM
                VĂN PHÒNG
                *
                Số 402-CV/VPĐU                       Minh Họa, ngày 25 tháng 5 năm 2026
                V/v xin ý kiến dự thảo báo cáo

                Kính gửi: Các đồng chí Ủy viên Ban Thường vụ Đảng ủy tỉnh.

                Ban Tuyên giáo Trung ương có văn bản số 1500-CV/BTGTW ngày 23/5/2026 đề nghị Đảng ủy tỉnh cho ý kiến đối với dự thảo báo cáo.
                Do thời gian gấp, trân trọng đề nghị Đồng chí dành thời gian nghiên cứu, cho ý kiến và gửi về Văn phòng trước 17h00 ngày 27/5/2026.

                Nơi nhận:
                - Như trên,
                - Lưu VP.
                                                     CHÁNH VĂN PHÒNG
                                                     Trần Văn B
                """);
        assertThat(doc.tasks()).singleElement().satisfies(t -> {
            assertThat(t.lead()).containsExactly("Các đồng chí Ủy viên Ban Thường vụ Đảng ủy tỉnh");
            assertThat(t.text()).startsWith("Do thời gian gấp");
        });
    }

    @Test
    void aSummaryGoesOnOntoTheNumberItsLineEndedWaitingFor() {
        Document doc = read("""
                SỞ MINH HỌA                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                 Độc lập - Tự do - Hạnh phúc
                Số: 95/SMH-VP                    Minh Họa, ngày 12 tháng 5 năm 2026
                V/v gửi danh mục công việc
                quy đổi theo Nghị định số
                335/2025/NĐ-CP.
                """ + LETTER_BODY);
        assertThat(doc.summary()).isEqualTo("gửi danh mục công việc quy đổi theo Nghị định số 335/2025/NĐ-CP.");
        assertThat(doc.addressees()).containsExactly("Hiệu trưởng các trường tiểu học");
    }

    @Test
    void nationalBodiesOwnWorkAndTheirEnactingSentenceOwesNothing() {
        Document doc = read("""
                THỦ TƯỚNG CHÍNH PHỦ              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                 Độc lập - Tự do - Hạnh phúc
                Số: 12/2026/QĐ-TTg               Hà Nội, ngày 02 tháng 3 năm 2026

                QUYẾT ĐỊNH
                Quy định tiêu chí phân bổ vốn

                Căn cứ Luật Tổ chức Chính phủ;
                Theo đề nghị của Bộ trưởng Bộ Tài chính;
                Thủ tướng Chính phủ ban hành Quyết định quy định tiêu chí phân bổ vốn đến năm 2030.

                Điều 3. Tổ chức thực hiện
                1. Chính phủ, các cơ quan trình dự án tiếp tục rà soát các tiêu chí trong năm 2026.
                2. Đề nghị Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao phối hợp rà soát, báo cáo trước ngày 30/6/2026.
                """);
        assertThat(doc.tasks()).extracting(t -> t.lead().get(0)).containsExactly("Chính phủ", "Tòa án nhân dân tối cao");
        assertThat(doc.tasks().get(1).lead()).contains("Viện kiểm sát nhân dân tối cao");
        assertThat(doc.preamble()).contains("Thủ tướng Chính phủ ban hành Quyết định quy định tiêu chí phân bổ vốn đến năm 2030.");
    }

    @Test
    void aChapterAfterTheSignatureOpensTheRegulationTheDocumentIssues() {
        Document doc = read("""
                ĐẢNG CỘNG SẢN VIỆT NAM
                BAN CHẤP HÀNH TRUNG ƯƠNG
                BAN MINH HỌA TRUNG ƯƠNG
                *
                Số 15-QĐ/BMHTW                   Hà Nội, ngày 02 tháng 3 năm 2026

                QUYẾT ĐỊNH
                ban hành Quy chế bồi dưỡng

                Điều 1. Ban hành kèm theo Quyết định này Quy chế bồi dưỡng.

                Nơi nhận:
                - Các tỉnh ủy, thành ủy,
                - Lưu VP.
                                                 K/T TRƯỞNG BAN
                                                 PHÓ TRƯỞNG BAN
                                                 Đinh Văn C

                Chương V
                TỔ CHỨC THỰC HIỆN
                Điều 17. Tổ chức thực hiện
                1. Ban Minh Họa Trung ương xây dựng tài liệu bồi dưỡng trong quý II/2026.
                2. Ban thường vụ cấp ủy cấp tỉnh chỉ đạo tổ chức thực hiện Quy chế này.

                Chương VI
                ĐIỀU KHOẢN THI HÀNH
                Điều 18. Quy chế này có hiệu lực từ ngày ký.
                """);
        assertThat(doc.signatures()).singleElement().satisfies(s -> assertThat(s.signer()).isEqualTo("Đinh Văn C"));
        assertThat(doc.appendices()).hasSize(1);
        assertThat(doc.tasks()).extracting(t -> t.lead().get(0)).containsExactly("Ban Minh Họa Trung ương", "Ban thường vụ cấp ủy cấp tỉnh");
    }

    @Test
    void namesThatHoldWordsOfWork() {
        Document doc = read(STATE_HEADER + """

                Sở đề nghị các đơn vị thực hiện các nội dung sau:
                1. Ban Quản lý dự án đầu tư xây dựng số 1 chủ trì rà soát hồ sơ công trình trước ngày 15/4/2026.
                2. Các cơ quan chuyên trách tham mưu giúp việc Tỉnh ủy tổ chức thực hiện các nhiệm vụ được giao trong quý II/2026.
                3. Các cơ quan tham mưu, giúp việc của Tỉnh ủy tăng cường kiểm tra, đôn đốc.
                4. Các Sở, ngành quản lý ngành, lĩnh vực xây dựng báo cáo giá thị trường trước ngày 20/12/2026.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(t -> t.lead().get(0)).containsExactly("Ban Quản lý dự án đầu tư xây dựng số 1",
                "Các cơ quan chuyên trách tham mưu giúp việc Tỉnh ủy", "Các cơ quan tham mưu, giúp việc của Tỉnh ủy",
                "Các Sở, ngành quản lý ngành, lĩnh vực");
    }

    @Test
    void aUnitAfterSeveralPeriodsThatLeadTheSentence() {
        Document doc = read(STATE_HEADER + """

                III. TỔ CHỨC THỰC HIỆN
                1. Định kỳ 6 tháng, hàng năm, giữa nhiệm kỳ, Sở Công Thương tổ chức sơ kết, đánh giá kết quả thực hiện.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).singleElement().satisfies(t -> assertThat(t.lead()).containsExactly("Sở Công Thương"));
    }

    @Test
    void aGazetteCopyWithItsRunningHeadOnEveryPage() {
        Document doc = read("""
                84    CÔNG BÁO/Số 271/Ngày 12-05-2026

                CHÍNH PHỦ                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                 Độc lập - Tự do - Hạnh phúc
                Số: 113/NQ-CP                    Hà Nội, ngày 25 tháng 4 năm 2026

                NGHỊ QUYẾT
                Về thanh toán chi phí khám bệnh

                Điều 1. Bộ Y tế chủ trì hướng dẫn thanh toán trước ngày 01 tháng 8 năm 2026.
                CÔNG BÁO/Số 271/Ngày 12-05-2026    85
                Điều 2. Bảo hiểm xã hội Việt Nam tổng hợp, báo cáo trong quý III/2026.
                """);
        assertThat(doc.header().issuer()).isEqualTo("CHÍNH PHỦ");
        assertThat(doc.number()).hasToString("113/NQ-CP");
        assertThat(doc.tasks()).hasSize(2).noneMatch(t -> t.text().contains("CÔNG BÁO"));
    }

    @Test
    void aWebPagesCopyWithFrontMatterAFactsTableAndItsHeadings() {
        ImportResult result = Importer.readText("""
                ---
                layout: vanban
                title: "Về phòng, chống đuối nước"
                sohieu: 46/CĐ-TTg
                ---

                # CÔNG ĐIỆN

                ## THÔNG TIN VĂN BẢN

                | Trường | Nội dung |
                |--------|----------|
                | Số hiệu | 46/CĐ-TTg |
                | Cơ quan ban hành | Thủ tướng Chính phủ |
                | Ngày ban hành | 11 tháng 7 năm 2026 |

                ## VĂN BẢN

                THỦ TƯỚNG CHÍNH PHỦ

                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

                Độc lập - Tự do - Hạnh phúc

                Số: 46/CĐ-TTg

                Hà Nội, ngày 11 tháng 7 năm 2026

                **CÔNG ĐIỆN**

                **Về phòng, chống đuối nước đối với trẻ em**

                THỦ TƯỚNG CHÍNH PHỦ điện:

                - Bộ trưởng các Bộ: Y tế, Giáo dục và Đào tạo;
                - Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.

                Thủ tướng Chính phủ yêu cầu:

                **1.** Bộ Giáo dục và Đào tạo chỉ đạo các trường tổ chức dạy bơi trong tháng 8/2026.
                """, "web.md");
        Document doc = result.document();
        assertThat(doc.kind()).isEqualTo(DocumentKind.TELEGRAM);
        assertThat(doc.header().issuer()).isEqualTo("THỦ TƯỚNG CHÍNH PHỦ");
        assertThat(doc.number()).hasToString("46/CĐ-TTg");
        assertThat(doc.summary()).isEqualTo("Về phòng, chống đuối nước đối với trẻ em");
        assertThat(doc.addressees()).containsExactly("Bộ trưởng các Bộ: Y tế, Giáo dục và Đào tạo",
                "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương");
        assertThat(doc.tasks()).singleElement().satisfies(t -> assertThat(t.lead()).containsExactly("Bộ Giáo dục và Đào tạo"));
        // the front matter's lines are blank, so a finding still names the line it came from
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("$.number");
            assertThat(f.source()).isEqualTo("line 25");
        });
    }

    @Test
    void aMinistrysCircularIsAThongTuNotAPartyThongTri() {
        Document doc = read("""
                BỘ NỘI VỤ                        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                 Độc lập - Tự do - Hạnh phúc
                Số: 14/2026/TT-BNV               Hà Nội, ngày 29 tháng 5 năm 2026

                THÔNG TƯ
                Quy định chi tiết việc điều chỉnh lương hưu

                Điều 5. Bảo hiểm xã hội Việt Nam tổ chức thực hiện điều chỉnh trước ngày 01/7/2026.
                """);
        assertThat(doc.kind()).isEqualTo(DocumentKind.LEGAL_CIRCULAR);
        assertThat(doc.summary()).isEqualTo("Quy định chi tiết việc điều chỉnh lương hưu");
        assertThat(vn.vanban4j.model.DocumentNumber.parse("05-TT/TW").kind()).contains(DocumentKind.CIRCULAR);
    }

    @Test
    void howFarAUnitActsIsNoPartOfItsName() {
        Document doc = read(STATE_HEADER + """

                III. TỔ CHỨC THỰC HIỆN
                1. Các sở, ban, ngành theo chức năng, nhiệm vụ được giao chủ trì rà soát các quy định trong quý III/2026.
                2. Ủy ban nhân dân các xã, phường trong phạm vi quản lý tổ chức kiểm tra trước ngày 30/11/2026.

                """ + GIAM_DOC_SIGNS);
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(List.of("Các sở, ban, ngành"),
                List.of("Ủy ban nhân dân các xã, phường"));
    }

    @Test
    void aCircularsDatedRulesBindNoOneButItsOrdersDo() {
        Document doc = read("""
                BỘ MINH HỌA                      CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                 Độc lập - Tự do - Hạnh phúc
                Số: 14/2026/TT-BMH               Hà Nội, ngày 29 tháng 5 năm 2026

                THÔNG TƯ
                Quy định chi tiết việc điều chỉnh trợ cấp

                Điều 2. Mức điều chỉnh
                1. Mức trợ cấp hằng tháng từ tháng 7 năm 2026 được tính theo công thức tại Phụ lục.
                [...]
                Điều 5. Tổ chức thực hiện
                a) Định kỳ hoặc đột xuất báo cáo kết quả thực hiện về Bộ Minh Họa.
                b) Bảo hiểm xã hội Việt Nam tổ chức chi trả trước ngày 15/7/2026.
                """);
        assertThat(doc.tasks()).extracting(Task::text).containsExactly("Định kỳ hoặc đột xuất báo cáo kết quả thực hiện về Bộ Minh Họa.",
                "Bảo hiểm xã hội Việt Nam tổ chức chi trả trước ngày 15/7/2026.");
    }

    @Test
    void aNoticeCopiedFromAWebPageWithoutANumberIsReadWithTheNumberMissing() {
        // the page's title and its print link over the header; the notice was posted with no number
        ImportResult result = Importer.readText("""
                THÔNG BÁO ĐIỀU CHỈNH LỊCH TIẾP NHẬN HỒ SƠ LỚP 6 NĂM HỌC 2026-2027
                In trang (Ctr + P)
                Thứ 3, 14/07/2026 | 09:12
                THÔNG BÁO ĐIỀU CHỈNH LỊCH TIẾP NHẬN HỒ SƠ LỚP 6 NĂM HỌC 2026-2027
                UBND XÃ MINH HỌA
                TRƯỜNG THCS MINH HỌA
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Minh Họa, ngày 13 tháng 7 năm 2026
                THÔNG BÁO
                Về việc điều chỉnh lịch tiếp nhận hồ sơ tuyển sinh lớp 6
                Hội đồng tuyển sinh nhà trường thông báo như sau:
                1. Tổ tuyển sinh tiếp nhận hồ sơ trực tiếp từ ngày 20/7/2026 đến hết ngày 24/7/2026.
                2. Bộ phận văn thư tổng hợp danh sách, báo cáo Phòng Văn hóa - Xã hội trước ngày 27/7/2026.
                HIỆU TRƯỞNG
                Lê Thu An
                """, "notice.txt");
        Document doc = result.document();

        assertThat(doc.number()).isNull();
        assertThat(doc.name()).isEqualTo("Thông báo (không số)");
        assertThat(result.finding("$.number")).hasValueSatisfying(f -> assertThat(f.status()).isEqualTo(Finding.Status.MISSING));
        assertThat(doc.header().superior()).isEqualTo("UBND XÃ MINH HỌA");
        assertThat(doc.header().issuer()).isEqualTo("TRƯỜNG THCS MINH HỌA");
        assertThat(doc.family()).isEqualTo(Family.STATE);
        assertThat(doc.issueDate()).isEqualTo(LocalDate.of(2026, 7, 13));
        assertThat(doc.tasks()).extracting(Task::lead, Task::deadline).containsExactly(
                tuple(List.of("Tổ tuyển sinh"), "từ ngày 20/7/2026 đến hết ngày 24/7/2026"),
                tuple(List.of("Bộ phận văn thư"), "trước ngày 27/7/2026"));
    }

    @Test
    void withNeitherTitleNorNumberAStateDocumentIsTakenAndSaidSo() {
        ImportResult result = Importer.readText("""
                ỦY BAN NHÂN DÂN XÃ MINH HỌA
                Minh Họa, ngày 02 tháng 3 năm 2026
                THÔNG BÁO
                Về lịch trực phòng chống lụt bão
                1. Công an xã bố trí lực lượng trực 24/24 giờ trong mùa mưa bão.
                CHỦ TỊCH
                Trần Văn Bình
                """, "notice.txt");

        assertThat(result.document().family()).isEqualTo(Family.STATE);
        assertThat(result.finding("$.family")).hasValueSatisfying(f -> {
            assertThat(f.confidence()).isLessThan(0.5);
            assertThat(f.source()).contains("taken as a state document");
        });
        assertThat(result.document().number()).isNull();
    }

    @Test
    void aKindLineAndItsTitleInOneWordParagraphAndAWorkingGroupUnderItsDepartment() {
        // a Word line break parts "THÔNG BÁO" from its title in one paragraph; the group issues under its department
        Document doc = read("""
                SỞ VĂN HÓA VÀ THỂ THAO
                TỔ CÔNG TÁC VỀ CHUYỂN ĐỔI SỐ
                Số: 14/TB-SVHTT
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Minh Họa, ngày 21 tháng 7 năm 2026
                THÔNG BÁO Kết luận của đồng chí Giám đốc Sở tại cuộc họp Tổ công tác tháng 7 năm 2026
                1. Về cổng thông tin
                Giao Văn phòng Sở cập nhật dữ liệu trước ngày 15/8/2026.
                """);
        assertThat(doc.kind()).isEqualTo(DocumentKind.NOTICE);
        assertThat(doc.summary()).isEqualTo("Kết luận của đồng chí Giám đốc Sở tại cuộc họp Tổ công tác tháng 7 năm 2026");
        assertThat(doc.header().superior()).isEqualTo("SỞ VĂN HÓA VÀ THỂ THAO");
        assertThat(doc.header().issuer()).isEqualTo("TỔ CÔNG TÁC VỀ CHUYỂN ĐỔI SỐ");
        assertThat(doc.tasks()).extracting(Task::lead, Task::deadline).containsExactly(tuple(List.of("Văn phòng Sở"), "trước ngày 15/8/2026"));
    }

    private static final String COUNCIL_DECISION = """
            ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH MINH HỌA                Độc lập - Tự do - Hạnh phúc
            Số: 12/QĐ-UBND               Minh Họa, ngày 26 tháng 01 năm 2026

            QUYẾT ĐỊNH
            Về việc kiện toàn Hội đồng thẩm định bồi thường
            ───────
            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;
            QUYẾT ĐỊNH:
            Điều 1. Kiện toàn Hội đồng thẩm định bồi thường tỉnh như sau:
            1. Chủ tịch Hội đồng: Ông Lê Văn Thành, Giám đốc Sở Nông nghiệp và Môi trường.
            2. Phó Chủ tịch Hội đồng: Bà Trần Thị Hoa, Phó Giám đốc Sở Tài chính.
            Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
            Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Nông nghiệp và Môi trường, Tài chính; Thủ trưởng các cơ quan, đơn vị có liên quan và các thành viên có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.
            Nơi nhận:                                               KT. CHỦ TỊCH
            - Như Điều 2;                                           PHÓ CHỦ TỊCH
            - Lưu: VT.
                                                                    Nguyễn Văn Bình
            """;

    @Test
    void membersNamedToPostsAreNoDuties() {
        Document doc = read(COUNCIL_DECISION);
        assertThat(doc.summary()).isEqualTo("Về việc kiện toàn Hội đồng thẩm định bồi thường"); // the box-drawn rule is no title
        assertThat(doc.preamble()).containsExactly("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;");
        assertThat(doc.tasks()).extracting(Task::text).noneMatch(t -> t.startsWith("Chủ tịch Hội đồng:") || t.startsWith("Phó Chủ tịch"));
    }

    @Test
    void headsNamedByTheirTitlesOweTheExecutionOfADecisionEvenWhenAColonListsTheirDepartments() {
        Document doc = read(COUNCIL_DECISION);
        assertThat(doc.tasks()).filteredOn(t -> t.text().contains("chịu trách nhiệm thi hành")).singleElement()
                .extracting(Task::lead).isEqualTo(List.of("Chánh Văn phòng UBND tỉnh", "Giám đốc các Sở: Nông nghiệp và Môi trường, Tài chính",
                        "Thủ trưởng các cơ quan", "đơn vị có liên quan", "các thành viên có tên tại Điều 1"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Dự thảo:\nKẾ HOẠCH HÀNH ĐỘNG Nâng cao chất lượng dịch vụ công trực tuyến năm 2026",
        "(Dự thảo lần 2)\nKẾ HOẠCH LIÊN TỊCH\nNâng cao chất lượng dịch vụ công trực tuyến năm 2026",
        "DỰ THẢO\nKẾ HOẠCH PHỐI HỢP\nNâng cao chất lượng dịch vụ công trực tuyến năm 2026"})
    void aDraftMarkOverTheKindLineAndAKindLineThatSaysHowThePlanWasMade(String title) {
        Document doc = read("""
                ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH MINH HỌA                   Độc lập - Tự do - Hạnh phúc
                Số:      /KH-UBND               Minh Họa, ngày     tháng     năm 2026

                """ + title + """

                Thực hiện Quyết định số 17/QĐ-UBQG ngày 04/4/2026 của Ủy ban Quốc gia về chuyển đổi số;
                I. NHIỆM VỤ
                1. Sở Khoa học và Công nghệ rà soát các dịch vụ công trực tuyến trong tháng 9/2026.
                """);
        assertThat(doc.kind()).isEqualTo(DocumentKind.PLAN);
        assertThat(doc.summary()).isEqualTo("Nâng cao chất lượng dịch vụ công trực tuyến năm 2026");
        assertThat(doc.preamble()).containsExactly("Thực hiện Quyết định số 17/QĐ-UBQG ngày 04/4/2026 của Ủy ban Quốc gia về chuyển đổi số;");
        assertThat(doc.tasks()).extracting(Task::lead, Task::deadline)
                .containsExactly(tuple(List.of("Sở Khoa học và Công nghệ"), "tháng 9/2026"));
    }

    @Test
    void aRequestAfterAClauseOfPurposeIsWorkAndAClosingOneAfterAClauseOfCauseIsNot() {
        Document doc = read("""
                UBND TỈNH MINH HỌA                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ TƯ PHÁP                         Độc lập - Tự do - Hạnh phúc
                Số: 901/STP-VP                     Minh Họa, ngày 24 tháng 7 năm 2026
                V/v lấy ý kiến dự thảo Nghị quyết

                Kính gửi: Các sở, ban, ngành tỉnh.

                Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2025;
                Sở Tư pháp đã xây dựng dự thảo Nghị quyết của HĐND tỉnh quy định mức chi hỗ trợ hòa giải ở cơ sở.
                Để việc ban hành văn bản quy phạm pháp luật đúng trình tự của Luật Ban hành văn bản quy phạm pháp luật, Sở Tư pháp đề nghị các sở, ban, ngành tham gia ý kiến vào hồ sơ dự thảo và gửi về Sở trước ngày 08/8/2026.
                Do thời gian gấp để kịp trình HĐND tỉnh tại kỳ họp tháng 9 năm 2026, Sở Tư pháp đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện đảm bảo đúng thời gian quy định./.
                Nơi nhận:                                          GIÁM ĐỐC
                - Như trên;
                - Lưu: VT.                                         Trần Văn Bình
                """);
        assertThat(doc.tasks()).extracting(Task::lead, Task::deadline)
                .containsExactly(tuple(List.of("các sở, ban, ngành"), "trước ngày 08/8/2026"));
        assertThat(doc.preamble()).noneMatch(p -> p.startsWith("Để việc ban hành"));
    }

    @Test
    void fieldLinesMarkedUnderAnItemOfAnotherMarkAreThatItemsOwnEvenWhenItEndsInAColon() {
        // "- item" / "+ Đơn vị chủ trì: X" / "+ Thời gian thực hiện: ...", item after item, as plans of one department lay them out
        Document doc = read("""
                UBND TỈNH MINH HỌA                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ THÔNG TIN VÀ TRUYỀN THÔNG       Độc lập - Tự do - Hạnh phúc
                Số: 339/KH-STTTT                   Minh Họa, ngày 18 tháng 3 năm 2026

                KẾ HOẠCH
                Tháo gỡ khó khăn cho doanh nghiệp viễn thông

                II. NHIỆM VỤ
                3. Tổ chức họp với các sở, ngành tháo gỡ khó khăn
                - Tổ chức Hội nghị họp với các doanh nghiệp viễn thông, các Sở ngành (Tài chính, Xây dựng) và UBND cấp huyện để tháo gỡ khó khăn.
                + Đơn vị chủ trì: Phòng Bưu chính - Viễn thông.
                + Thời gian thực hiện: Trong Quý II/2026.
                - Căn cứ Kết quả Hội nghị, tham mưu UBND tỉnh ban hành văn bản chỉ đạo các sở ngành, UBND cấp huyện tháo gỡ khó khăn.
                + Đơn vị chủ trì: Phòng Bưu chính - Viễn thông.
                + Thời gian thực hiện: Trong Quý II/2026.
                4. Ban hành Kế hoạch
                - Đôn đốc UBND cấp huyện tiếp tục triển khai thực hiện Kế hoạch chỉnh trang, ngầm hóa mạng ngoại vi:
                + Đơn vị chủ trì: Phòng Bưu chính - Viễn thông.
                + Thời gian thực hiện: Trong Quý III/2026.
                """);
        assertThat(doc.tasks()).extracting(Task::lead, Task::deadline).containsExactly(
                tuple(List.of("Phòng Bưu chính - Viễn thông"), "Quý II/2026"),
                tuple(List.of("Phòng Bưu chính - Viễn thông"), "Quý II/2026"),
                tuple(List.of("Phòng Bưu chính - Viễn thông"), "Quý III/2026"));
        assertThat(doc.tasks()).extracting(Task::text).noneMatch(t -> t.startsWith("Đơn vị chủ trì"));
    }

    @Test
    void anInvitationsProgrammeAndTheGuestsAnotherBodyInvitesSetNoOneToWork() {
        ImportResult result = Importer.readText("""
                ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH MINH HỌA                   Độc lập - Tự do - Hạnh phúc
                Số: 272/GM-UBND                 Minh Họa, ngày 26 tháng 7 năm 2026

                GIẤY MỜI
                Hội nghị sơ kết 6 tháng đầu năm 2026 thực hiện Đề án 06

                UBND tỉnh tổ chức Hội nghị sơ kết 6 tháng đầu năm 2026 thực hiện Đề án 06, cụ thể như sau:
                1. Thành phần mời dự
                - Thành viên Tổ Công tác triển khai Đề án 06 tỉnh;
                - Tổ giúp việc triển khai Đề án 06 (do Công an tỉnh mời).
                2. Thời gian: Từ 8 giờ 00, ngày 28 tháng 7 năm 2026 (Thứ Ba).
                3. Chuẩn bị hội nghị
                a) Văn phòng UBND tỉnh chuẩn bị các điều kiện, khánh tiết phục vụ Hội nghị.
                b) Công an tỉnh chuẩn bị báo cáo, tài liệu cho các đại biểu.

                Nơi nhận:                                            TL. CHỦ TỊCH
                - Như thành phần mời dự;                             CHÁNH VĂN PHÒNG
                - Lưu: VT.
                                                                     Nguyễn Văn Hải
                CHƯƠNG TRÌNH
                Hội nghị sơ kết 6 tháng đầu năm 2026 thực hiện Đề án 06
                (Kèm theo Giấy mời số 272/GM-UBND ngày 26/7/2026 của UBND tỉnh)

                | STT | Nội dung | Người thực hiện |
                |---|---|---|
                | 1 | Tuyên bố lý do, giới thiệu đại biểu | Lãnh đạo Văn phòng UBND tỉnh |
                | 2 | Báo cáo sơ kết 6 tháng thực hiện Đề án 06 | Công an tỉnh |
                | 3 | Phát biểu kết luận | Chủ tịch UBND tỉnh |
                """, "invitation.txt");
        Document doc = result.document();
        assertThat(doc.tasks()).extracting(Task::lead, Task::deadline).containsExactly(
                tuple(List.of("Văn phòng UBND tỉnh"), "ngày 28 tháng 7 năm 2026"), tuple(List.of("Công an tỉnh"), "ngày 28 tháng 7 năm 2026"));
        // the programme stays in the document, as a table
        assertThat(doc.appendices()).singleElement().satisfies(a -> assertThat(a.sections()).anySatisfy(s -> assertThat(s.content())
                .anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(vn.vanban4j.model.Table.class,
                        t -> assertThat(t.rows()).extracting(r -> r.get(1)).contains("Phát biểu kết luận")))));
    }

    @Test
    void workAfterHowOftenItIsDoneIsTheSectionsOwnersAndInspectingIsNoInspectorate() {
        Document doc = read("""
                UBND TỈNH MINH HỌA                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ XÂY DỰNG                        Độc lập - Tự do - Hạnh phúc
                Số: 41/KH-SXD                      Minh Họa, ngày 18 tháng 3 năm 2026

                KẾ HOẠCH
                Quản lý hạ tầng kỹ thuật năm 2026

                II. NỘI DUNG THỰC HIỆN
                5. Thanh tra, kiểm tra, đôn đốc việc triển khai thực hiện
                - Hàng năm tổ chức giao ban đánh giá rút kinh nghiệm, báo cáo UBND tỉnh.
                - Định kỳ hằng quý tổng hợp kết quả thực hiện Kế hoạch.
                """);
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(List.of("SỞ XÂY DỰNG"), List.of("SỞ XÂY DỰNG"));
    }

    @Test
    void aSubjectAfterTheTimesOfItsWorkOwnsItInALaterSentenceToo() {
        Document doc = read("""
                UBND TỈNH MINH HỌA                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ CÔNG THƯƠNG                     Độc lập - Tự do - Hạnh phúc
                Số: 77/SCT-QLCN                    Minh Họa, ngày 18 tháng 3 năm 2026
                V/v báo cáo tiến độ dự án

                Kính gửi: Các chủ đầu tư dự án điện gió.

                1. Định kỳ hằng tuần, trước 16 giờ 00 ngày thứ Sáu, chủ đầu tư gửi báo cáo tình hình triển khai dự án về Sở Công Thương.
                2. Việc quản lý hồ sơ dự án thực hiện theo Quy chế số 12/QC-SCT. Định kỳ hằng quý, Phòng Quản lý công nghiệp kiểm tra hồ sơ tại các dự án.
                """);
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(List.of("chủ đầu tư"), List.of("Phòng Quản lý công nghiệp"));
    }

    @Test
    void workRepeatedAsARowOfTheAnnexedTaskTableIsTheRowsAndResultsSetNoWorkInTheirParts() {
        Document doc = read("""
                ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH MINH HỌA                   Độc lập - Tự do - Hạnh phúc
                Số: 19/KH-UBND                  Minh Họa, ngày 05 tháng 6 năm 2026

                KẾ HOẠCH
                Chuyển đổi số tỉnh Minh Họa năm 2026

                Phần thứ nhất
                I. KẾT QUẢ ĐẠT ĐƯỢC
                1. Về hạ tầng số
                Duy trì ổn định hoạt động của Trung tâm dữ liệu tỉnh trong năm 2025.
                Phần thứ hai
                I. NHIỆM VỤ
                1. Thể chế số
                - Xây dựng Đề án Chuyển đổi số tỉnh Minh Họa giai đoạn 2026-2030 trình Ban Chỉ đạo.
                - Tổ chức Ngày Chuyển đổi số của tỉnh vào tháng 10/2026.
                II. TỔ CHỨC THỰC HIỆN
                Các sở, ngành thực hiện các nhiệm vụ tại Phụ lục kèm theo.
                Nơi nhận:                                            TM. ỦY BAN NHÂN DÂN
                - Lưu: VT.                                           CHỦ TỊCH
                                                                     Nguyễn Minh Hùng
                PHỤ LỤC
                DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026
                (Kèm theo Kế hoạch số 19/KH-UBND ngày 05/6/2026 của UBND tỉnh)

                | STT | Tên nhiệm vụ | Đơn vị chủ trì | Thời gian thực hiện |
                |---|---|---|---|
                | 1 | Xây dựng Đề án Chuyển đổi số tỉnh Minh Họa giai đoạn 2026-2030 trình Ban Chỉ đạo | Sở Khoa học và Công nghệ | Quý III/2026 |
                """);
        assertThat(doc.tasks()).extracting(Task::text).noneMatch(t -> t.startsWith("Duy trì ổn định")); // a result of last year
        assertThat(doc.tasks()).filteredOn(t -> t.text().startsWith("Xây dựng Đề án Chuyển đổi số")).singleElement()
                .satisfies(t -> {
                    assertThat(t.lead()).containsExactly("Sở Khoa học và Công nghệ");
                    assertThat(t.deadline()).isEqualTo("Quý III/2026");
                });
        assertThat(doc.tasks()).extracting(Task::text).contains("Tổ chức Ngày Chuyển đổi số của tỉnh vào tháng 10/2026.");
    }

    @Test
    void aSubjectAfterTheEventItsWorkFollowsOwnsIt() {
        Document doc = read("""
                BỘ MINH HỌA                      CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                 Độc lập - Tự do - Hạnh phúc
                Số: 14/QC-BMH                    Hà Nội, ngày 29 tháng 5 năm 2026

                QUY CHẾ
                Phối hợp phòng, chống tội phạm

                Điều 5. Chế độ giao ban
                a) Sau hội nghị giao ban định kỳ, các đơn vị chuyên trách báo cáo kết quả hội nghị lên cấp trên trực tiếp.
                b) Trước kỳ họp thường kỳ, Văn phòng thường trực tổng hợp tình hình gửi các thành viên.
                """);
        assertThat(doc.tasks()).extracting(Task::lead).containsExactly(List.of("các đơn vị chuyên trách"), List.of("Văn phòng thường trực"));
    }

    @Test
    void articlesOfTheIssuedRegulationAfterTheSignatureAreReadThoughItsTitleIsMissing() {
        Document doc = read("""
                BAN CHẤP HÀNH TRUNG ƯƠNG            ĐẢNG CỘNG SẢN VIỆT NAM
                BAN MINH HỌA
                Số 1147-QĐ/BMHTW                    Hà Nội, ngày 01 tháng 12 năm 2026

                QUYẾT ĐỊNH
                ban hành Quy chế bồi dưỡng của trung tâm chính trị xã, phường

                Điều 1. Ban hành kèm theo Quyết định này Quy chế bồi dưỡng của trung tâm chính trị xã, phường.
                Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
                Nơi nhận:                                    K/T TRƯỞNG BAN
                - Lưu Văn phòng.                             PHÓ TRƯỞNG BAN
                                                             Phan Văn Lâm
                Điều 12. Chế độ báo cáo
                - Tháng 11 hằng năm, Trung tâm có văn bản báo cáo cấp ủy xã về công tác bồi dưỡng.
                - Định kỳ hằng năm, Trung tâm thực hiện báo cáo ban tuyên giáo tỉnh ủy.
                """);
        assertThat(doc.signature().signer()).isEqualTo("Phan Văn Lâm");
        assertThat(doc.tasks()).filteredOn(t -> t.text().contains("Trung tâm")).extracting(Task::lead)
                .containsExactly(List.of("Trung tâm"), List.of("Trung tâm"));
    }

    @Test
    void aDraftMarkInAHeaderTablesLastRowLeavesTheKindLineAndTheBasesWhereTheyAre() throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            var header = docx.createTable(1, 2);
            cell(header.getRow(0).getCell(0), "HỘI ĐỒNG NHÂN DÂN", "TỈNH MINH HỌA", "Số:       /2026/NQ-HĐND");
            cell(header.getRow(0).getCell(1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Minh Họa, ngày      tháng      năm 2026");
            cell(docx.createTable(1, 1).getRow(0).getCell(0), "DỰ THẢO"); // a row of its own under the header's cells
            for (String line : new String[] {"NGHỊ QUYẾT", "Ban hành Quy định định mức chi cho nhiệm vụ khoa học",
                "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;",
                "Căn cứ Thông tư số 03/2023/TT-BTC ngày 26 tháng 02 năm 2023 của Bộ Tài chính;", "QUYẾT NGHỊ:",
                "Điều 1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này."}) {
                docx.createParagraph().createRun().setText(line);
            }
            docx.write(out);
        }
        Document doc = Importer.read(out.toByteArray(), Importer.Format.DOCX, "draft.docx").document();
        assertThat(doc.kind()).isEqualTo(DocumentKind.RESOLUTION);
        assertThat(doc.summary()).isEqualTo("Ban hành Quy định định mức chi cho nhiệm vụ khoa học");
        assertThat(doc.preamble()).hasSize(2);
        assertThat(doc.tasks()).singleElement().satisfies(t -> {
            assertThat(t.lead()).containsExactly("Ủy ban nhân dân tỉnh");
            assertThat(t.deadline()).isNull();
        });
    }

    @Test
    void whatAClassCoversIsTopicsNoWorkButWhatAMonitoringCoversIsWork() {
        Document doc = read("""
                ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH MINH HỌA                   Độc lập - Tự do - Hạnh phúc
                Số: 88/KH-UBND                  Minh Họa, ngày 08 tháng 6 năm 2026

                KẾ HOẠCH
                Bồi dưỡng kiến thức chuyển đổi số năm 2026

                II. NỘI DUNG
                1. Lớp bồi dưỡng dành cho lãnh đạo các sở, ngành
                1.1. Nội dung: Khóa Cơ bản Chuyển đổi số
                - Chuyển đổi số là gì?
                - Giới thiệu về chính quyền số
                2. Giám sát việc tổ chức lớp
                2.1. Nội dung giám sát:
                - Giám sát việc lập danh sách học viên của các sở, ngành.
                III. Nội dung và các giải pháp thực hiện:
                1. Tổ chức khai giảng lớp bồi dưỡng trong tháng 7/2026.
                """);
        assertThat(doc.tasks()).extracting(Task::text).containsExactly("Giám sát việc lập danh sách học viên của các sở, ngành.",
                "Tổ chức khai giảng lớp bồi dưỡng trong tháng 7/2026.");
    }

    @Test
    void unitsNamedOneAfterAnotherUnderThoseWhoAttendAreNoWork() {
        Document doc = read("""
                ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH MINH HỌA                   Độc lập - Tự do - Hạnh phúc
                Số: 88/KH-UBND                  Minh Họa, ngày 08 tháng 6 năm 2026

                KẾ HOẠCH
                Bồi dưỡng kiến thức chuyển đổi số năm 2026

                II. CHƯƠNG TRÌNH BỒI DƯỠNG
                1. Lớp bồi dưỡng dành cho lãnh đạo
                1.1. Thành phần:
                Lãnh đạo tỉnh, lãnh đạo các Sở, ban, ngành, UBND các huyện, thị xã, thành phố.
                1.2. Sở Khoa học và Công nghệ chuẩn bị tài liệu trước ngày 30/6/2026.
                """);
        assertThat(doc.tasks()).extracting(Task::text).containsExactly("Sở Khoa học và Công nghệ chuẩn bị tài liệu trước ngày 30/6/2026.");
    }
}
