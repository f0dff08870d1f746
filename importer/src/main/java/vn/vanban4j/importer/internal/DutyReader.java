package vn.vanban4j.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban4j.importer.Finding;
import vn.vanban4j.importer.Finding.Status;
import vn.vanban4j.model.DocumentKind;
import vn.vanban4j.model.Paragraph;
import vn.vanban4j.model.Task;

/**
 * Who owes each piece of work a body's outline assigns. A paragraph is a duty when it assigns work
 * (it names its owner, or stands where an owner is named for it and reads as an action), never when
 * it states a fact, a purpose, a basis or a past result. Its owners come, in this order, from its
 * own sentence ("Đề nghị Sở X ...", "Sở X có trách nhiệm ...", "Giao Sở X chủ trì ..."), from the
 * sentence that opens its group ("... đề nghị các đơn vị thực hiện một số nội dung sau:"), from the
 * heading above it ("2. Sở Y tế:", "Các trường tiểu học"), from an owner line after its group
 * ("Trách nhiệm thực hiện: X"), and in a letter or notice from its addressees. Field lines under an
 * item ("Đơn vị chủ trì: X", "Thời gian hoàn thành: ...", "Đơn vị phối hợp: ...") complete that item.
 * Combined owners are split into units.
 */
final class DutyReader {
    // the words that end an owner's name: what the owner is to do
    private static final String ACTIONS = "chủ trì|chỉ đạo|thực hiện|triển khai"
            + "|tổ chức(?! đảng| chính trị| cơ sở| đoàn thể| hội|,| khác| và| thành viên| có liên quan| liên quan| kinh tế| doanh nghiệp| cá nhân)"
            + "|tiếp tục|khẩn trương|nghiêm túc|quan tâm|chủ động|dành thời gian|phối hợp|(?<!đầu tư )xây dựng|rà soát|báo cáo|gửi|gởi|nộp|tăng cường|hướng dẫn"
            + "|kiểm tra(?! các cấp| tỉnh| huyện| thành| trung ương| đảng)|(?<!cơ quan |chuyên trách )tham mưu|cung cấp|có ý kiến|thông báo|căn cứ|quán triệt|tuyên truyền|phổ biến|lập|cập nhật|bổ sung|hoàn thành"
            + "|hoàn thiện|đôn đốc|theo dõi|tập trung|đẩy mạnh|duy trì|bố trí|(?<!bầu |ứng |tuyển )cử|chuẩn bị|xem xét|nghiên cứu|đảm bảo|bảo đảm|phải|cần"
            + "|sớm|kịp thời|thường xuyên|ban hành|(?<!cấp trên |quản lý |lãnh đạo )trực tiếp|lãnh đạo|phân công|tiến hành|giám sát|đánh giá|tổng hợp|thống kê|đăng ký"
            + "|chịu trách nhiệm|có trách nhiệm|thẩm định|trình|xử lý|giải quyết|đề xuất|kiến nghị|vận động|(?<!ngành |cơ quan |[Bb]an |đơn vị |[Ss]ở |thành viên |MTV )quản lý|nâng cao|rút kinh nghiệm"
            + "|tích cực|phát huy|bám sát|chú ý|lưu ý|khuyến khích|cụ thể hóa|cụ thể hoá|tiếp nhận|công khai|niêm yết|hoàn tất|gương mẫu|sắp xếp|lựa chọn|giới thiệu|thành lập|điều chỉnh"
            + "|khắc phục|ngăn chặn|thu hồi|thu(?= tiền| phí| lệ phí| thuế)|kiện toàn|củng cố|dừng|tạm dừng|không|đưa|xác định|mở|tham gia|tham dự|chuyển|phát hành"
            + "|là đầu mối|làm đầu mối|là cơ quan (?:thường trực|đầu mối|chủ trì)|họp|sinh hoạt|treo|có văn bản";
    // verbs an item of work starts with that may also stand inside a unit's name in lower case ("trung tâm đào tạo"),
    // so they open an item but do not end an owner's name
    private static final String ITEM_ACTIONS = "hỗ trợ|tạo điều kiện|lồng ghép|khóa|khoá|hủy bỏ|huỷ bỏ|bãi bỏ|chỉnh sửa|sửa đổi|sửa chữa|thu gom"
            + "|vệ sinh|tổng vệ sinh|bảo quản|bàn giao|tuyển sinh|kê khai|đối chiếu|xác minh|phân loại|sơ kết|tổng kết|biên soạn|in ấn"
            + "|cấp phát|mua sắm|nâng cấp|lắp đặt|vận hành|đào tạo|bồi dưỡng|tập huấn|giáo dục|trang trí|giải tỏa|giải toả|phòng ngừa"
            + "|ứng phó|đẩy nhanh|hoàn chỉnh|trả lời|tiếp thu|góp ý|phản hồi|đăng tải|số hóa|số hoá|kết nối|chia sẻ|tích hợp|thẩm tra"
            + "|phê duyệt|huy động|diễn tập|khen thưởng|ra mắt|nhân rộng|biểu dương|thực hành|thanh tra|điều tra|kiểm soát|ưu tiên|cân đối|chấn chỉnh";
    private static final Pattern ACTION_START = Pattern.compile("^(?:[Cc]ần |[Pp]hải |[Kk]hẩn trương |[Nn]ghiêm túc |[Tt]iếp tục |[Cc]hủ động |"
            + "[Tt]ích cực |[Kk]ịp thời |[Tt]hường xuyên |[Đđ]ịnh kỳ |[Đđ]ột xuất |hoặc |[Đđ]ồng thời |[Tt]ổ chức |[Kk]hông |[Tt]hường trực, |[Ll]à đơn vị )*(?iu:" + ACTIONS + "|" + ITEM_ACTIONS + ")\\b.*");
    private static final Pattern ASKS = Pattern.compile("(?:^|[\\s,;])(?:[Đđ]ề nghị|[Yy]êu cầu|[Gg]iao(?! cho học sinh| nhiệm vụ học tập| ban))\\s+"
            + "(?<owner>(?iu:các |Ban (?!hành)|Sở |UBND |Ủy ban |Uỷ ban |Thủ trưởng |Hiệu trưởng |Giám đốc |Chủ tịch |Lãnh đạo |lãnh đạo |Thường trực |"
            + "Phòng |Văn phòng |Công an |Bộ |Cục |Đảng ủy |Đảng uỷ |Chi bộ |Trung tâm |Hội |Đoàn |Công ty |Mặt trận |Trường (?!hợp)|Cấp ủy |Cấp uỷ |"
            + "cấp ủy |cấp uỷ |Tổng |Viện |Kho bạc |Thanh tra |Bảo hiểm |Ngân hàng |Quý |đồng chí |Đồng chí |Tổ chức |tổ chức |cơ quan |đơn vị |"
            + "Trưởng |Bí thư |Tỉnh |Huyện |Thành |Ban (?!hành)|Báo (?!cáo)|Đài |Hạt |Chi cục |Liên đoàn |Hợp tác xã |nhà trường|Nhà trường|"
            + "Chủ đầu tư|chủ đầu tư|Nhà đầu tư|nhà đầu tư|Nhà thầu|nhà thầu|Doanh nghiệp |doanh nghiệp |Người đứng đầu|người đứng đầu|Tổ (?!chức|quốc|hợp)|Chính phủ|Thủ tướng |Quốc hội|Tòa án |Toà án |Viện kiểm sát |Kiểm toán )"
            + "[^:.]{0,220}?)\\s*(?<=\\s)(?=(?:" + ACTIONS + ")\\b)");
    private static final Pattern SUBJECT = Pattern.compile("^(?<owner>(?iu:Các |UBND |Ủy ban |Uỷ ban |Sở |Ban (?!hành)|Bộ |Công an |Phòng |Văn phòng |"
            + "Đảng ủy |Đảng uỷ |Chi bộ |Trung tâm |Hội |Đoàn |Công ty |Thường trực |Mặt trận |Trường (?!hợp)|Viện |Cục |Chi cục |Thủ trưởng |"
            + "Chủ tịch |Giám đốc |Hiệu trưởng |Cấp ủy[ ,]|Cấp uỷ[ ,]|Đồng chí |Lãnh đạo |Mỗi |Nhà trường|Kho bạc |Thanh tra |Bảo hiểm |"
            + "Ngân hàng |Bí thư |Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Tỉnh đoàn|Báo (?!cáo)|Đài |Hạt |Liên đoàn |Chủ đầu tư |Nhà đầu tư |"
            + "Nhà thầu |Doanh nghiệp |Người đứng đầu |Tổ (?!chức|quốc|hợp)|Chính phủ|Thủ tướng |Quốc hội|Tòa án |Toà án |Viện kiểm sát |Kiểm toán |"
            // a branch ("Chi nhánh Văn phòng Đăng ký đất đai ..."), a tax office of the 2025 structure ("Thuế Cơ sở 1 tỉnh ...")
            + "Chi nhánh |Thuế (?=tỉnh|thành phố|cơ sở|khu vực)|"
            // the heads of bodies by their titles: "Chánh Văn phòng UBND tỉnh", "Trưởng phòng ...", "Phó Giám đốc ...", "Cục trưởng ..."
            + "Chánh |Trưởng (?!thành)|Phó (?=Chủ tịch|Giám đốc|Trưởng|Bí thư|Hiệu trưởng|Chánh|Thủ trưởng|Tổng)|Tổng Giám đốc |"
            + "Cục trưởng |Vụ trưởng |Viện trưởng |Ban Giám hiệu)"
            // a colon only where it lists which bodies: "Giám đốc các Sở: Tài chính, Xây dựng; ..."
            + "(?:[^:.()]|(?<=(?iu:các sở|các bộ|các ban|các phòng|các đơn vị|các cơ quan)):){0,200}?)\\s+(?=(?:" + ACTIONS + ")\\b)");
    // a unit whose whole name is a word the longer names above start with: "chi bộ kiểm tra ...", "Chủ đầu tư tổ chức ..."
    private static final Pattern SUBJECT_ALONE = Pattern.compile("^(?<owner>(?iu:chi bộ|nhà trường|chủ đầu tư|nhà đầu tư|nhà thầu|doanh nghiệp|công ty"
            + "|sinh viên|học sinh|học viên|giảng viên|giáo viên|khoa"
            + "|cấp ủy|cấp uỷ|đảng ủy|đảng uỷ|cơ quan chủ trì|đơn vị chủ trì|trung tâm))\\s+(?=(?:" + ACTIONS + ")\\b)");
    private static final Pattern FIELD = Pattern.compile("^(?:[-+*•]\\s*)?(?<k>(?:Cơ quan|Đơn vị|Bộ phận)\\s*(?:chủ trì|thực hiện|phối hợp|tham mưu)"
            + "(?:[\\s,]+(?:và\\s+)?(?:chủ trì|thực hiện|tham mưu))*|Chủ trì|Phối hợp|Trách nhiệm(?: chỉ đạo)?(?: thực hiện)?|Người thực hiện|Người phụ trách|Phụ trách|Thực hiện"
            + "|Lãnh đạo (?:phụ trách|chỉ đạo|theo dõi)|Người chỉ đạo"
            + "|Thời gian(?: hoàn thành| thực hiện| dự kiến)?|Thời hạn(?: hoàn thành)?|Tiến độ|Kết quả|Sản phẩm)"
            // "Thời gian hoàn thành trước ngày 31/12/2025.": a time field may go without its colon
            + "(?:\\s*:\\s*|(?<=Thời gian hoàn thành|Thời hạn hoàn thành|Thời hạn)\\s+(?=(?:trước|trong|chậm nhất|xong|ngày|\\d)))"
            + "(?<v>.+?)[.;]?$");
    private static final Pattern NO_DUTY_HEADING = Pattern.compile("(?iu)^(mục đích|yêu cầu|mục tiêu|quan điểm|kết quả|tình hình|đánh giá|"
            + "căn cứ|sự cần thiết|nội dung đề án|những hạn chế|hạn chế|nguyên nhân|bài học|đặc điểm|thực trạng|phạm vi|đối tượng|giải thích"
            + "|nguyên tắc|phương châm|ý nghĩa|bối cảnh|cơ sở pháp lý|cơ sở xây dựng)"
            + "(?:\\s|,|$).*");
    private static final Pattern PROPOSALS = Pattern.compile("(?iu).*(kiến nghị|đề xuất|đề nghị|phương hướng|"
            + "nhiệm vụ.*(thời gian tới|tiếp theo|sắp tới|năm \\d{4}|tháng|quý|cuối năm|đầu năm|kỳ tới|trọng tâm)).*");
    private static final Pattern PAST = Pattern.compile("(?iu)^(?:trong (?:năm|thời gian|quý|tháng|giai đoạn)[^,]{0,40},\\s*)?(?:[^,.]{0,60}\\s)?"
            + "(?:đã|vừa|được)\\s+(?!được giao|có trách nhiệm)(?:ban hành|cấp|tổ chức|thực hiện|triển khai|hoàn thành|kiểm tra|phê duyệt|"
            + "xử lý|tiếp nhận|có|đạt|thành lập|giải quyết|phối hợp|tham mưu|xây dựng|đẩy mạnh|tăng cường|chỉ đạo|hướng dẫn|phát động)\\b.*");
    // a shortcoming found, not work set: "Các chuyên viên ... chưa thực hiện nghiêm ...", "Bộ phận ... còn chưa thực hiện tốt ...",
    // "Nguyên nhân: ..."; unless the sentence goes on to ask for the remedy ("... chưa hoàn thành phải khẩn trương ...") or
    // opens with the work ("Thường xuyên kiểm tra ..., chấn chỉnh các đơn vị thực hiện chưa đảm bảo")
    private static final Pattern SHORTCOMING = Pattern.compile("(?iu)^(?:nguyên nhân\\s*:|(?!các đơn vị|đơn vị nào|trường hợp)[^.;:]{3,200}?"
            + "\\s(?:còn\\s+)?chưa\\s+(?:thực hiện|làm|được|có|nắm|quan tâm|chấp hành|đảm bảo|bảo đảm|kịp thời|đầy đủ|nghiêm)\\b)"
            + "(?!.*\\b(?:phải|cần|đề nghị|yêu cầu|khẩn trương)\\b).*");
    // a member named to a post, as a decision that forms a council lists them: "Chủ tịch Hội đồng: Ông Nguyễn Văn A, Giám đốc
    // Sở X.", "Ông Trần B, Phó Giám đốc Sở Y - Thành viên;": who holds the post, no work
    private static final Pattern MEMBER = Pattern.compile("^(?!.*(?iu:chịu trách nhiệm|phụ trách|chỉ đạo|giám sát|theo dõi|tham mưu|thực hiện))"
            + "(?:[^:;.]{2,80}:\\s*)?(?:Ông|Bà|Đồng chí|Đ/c)\\s+\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){1,5}"
            + "\\s*(?:[,–-]\\s*(?:Phó |Nguyên )?(?:Giám đốc|Trưởng|Chủ tịch|Chánh|Ủy viên|Uỷ viên|Thành viên|Cán bộ|Chuyên viên|Công chức"
            + "|Viên chức|Bí thư|Hiệu trưởng|Kế toán|Cục trưởng|Vụ trưởng|Tổng|Thủ trưởng|Chỉ huy|Đại diện|Giáo viên|Bác sĩ|Thư ký|Tổ trưởng"
            + "|Tổ phó|Phó)\\b[^;]{0,200})?[.;]?$");
    private static final Pattern PURPOSE = Pattern.compile("^(?:Nhằm|Để|Với mục đích|Mục đích|Qua đó|Thông qua|Kinh phí|Nguồn kinh phí"
            + "|Địa điểm)\\b.*"
            // how long something lasts or holds is no duty: "Thời hạn ủy quyền: từ ... đến hết ngày 28/02/2027"
            + "|(?iu)^(?:thời hạn (?:ủy quyền|uỷ quyền|hiệu lực|áp dụng|hoạt động|sử dụng|giấy phép)|hiệu lực|.{0,80}có hiệu lực (?:thi hành )?(?:từ|kể từ)).*");
    // "các", "mỗi", "từng" open a unit's name only before a word for units: "các sở", "mỗi chi bộ", not "các văn bản"
    private static final String UNIT_NOUN = "sở|ban|ngành|cơ quan|đơn vị|trường|xã|phường|huyện|tỉnh|quận|thị xã|cấp|chi bộ|đảng bộ|đảng ủy|đảng uỷ"
            + "|tổ chức|hội|doanh nghiệp|phòng|bộ|địa phương|thành viên|đồng chí|nhà trường|trung tâm|công ty|ủy ban|uỷ ban|ubnd|huyện ủy"
            + "|thành ủy|tỉnh ủy|ban|cán bộ|đảng viên|cá nhân|người|thôn|bản|tổ|chi hội|đoàn|lực lượng|bệnh viện|cơ sở|chủ đầu tư|nhà thầu"
            + "|hiệu trưởng|giám đốc|thủ trưởng|chủ tịch|lãnh đạo|ngành|tập thể|hộ|chuyên viên|bộ phận|ông|bà";
    private static final Pattern UNIT_WORD = Pattern.compile("(?iu)^(?!trường hợp|ban hành|ban đầu|bộ phận chức năng của)(sở|ban|ủy ban|uỷ ban|ubnd|hđnd|phòng|trường|(?:các|mỗi|từng|những)\\s+(?:" + UNIT_NOUN + ")|công an|bộ|cục|chi cục|"
            + "văn phòng|trung tâm|hội|đoàn|mặt trận|mttq|đảng ủy|đảng uỷ|chi bộ|thường trực|lãnh đạo|(?:phó )?(?:hiệu trưởng|giám đốc|chủ tịch|thủ trưởng)|"
            + "vụ(?! việc| án| mùa| đông| xuân| hè| thu)|"
            // (the inspectorate, not the work of inspecting: "Thanh tra, kiểm tra, đôn đốc việc ...")
            + "cấp ủy|cấp uỷ|tổ chức|cơ quan|đơn vị|bệnh viện|kho bạc|thanh tra(?![,;]| và kiểm tra| kiểm tra| việc| các| hoạt động)|báo(?! cáo)|đài|tỉnh đoàn|huyện đoàn|tỉnh ủy|huyện ủy|thành ủy|"
            + "bảo hiểm|ngân hàng|công ty|viện|tổng|liên đoàn|hạt|đội|nhà trường|trưởng|bí thư|đồng chí|người đứng đầu|doanh nghiệp|"
            + "hợp tác xã|ủy ban|uỷ ban|quỹ|chủ đầu tư|nhà đầu tư|nhà thầu|tổ(?! chức| quốc| hợp)|chính phủ|thủ tướng|quốc hội|tòa án|toà án|viện kiểm sát|kiểm toán"
            + "|chi nhánh|thuế (?:tỉnh|thành phố|cơ sở|khu vực)"
            // heads by their titles: "Chánh Văn phòng", "Phó Trưởng ban", "Cục trưởng Cục ..."
            + "|chánh|phó (?:trưởng|bí thư|chánh|tổng)|cục trưởng|viện trưởng)\\b.*");
    private static final Pattern BOUND = Pattern.compile("(?iu)hoàn thành|thời gian|thời hạn|chậm nhất|hạn chót|trước ngày|^(?:quý|qúy|tháng|đợt|giai đoạn|cuối năm|đầu năm)\\b");
    // the times a sentence opens with, one after another: "Định kỳ hằng tuần, trước 16 giờ 00 ngày thứ Sáu, chủ đầu tư gửi ..."
    private static String withoutTimes(String text) {
        String t = text;
        for (int n = 0; n < 3; n++) {
            String shorter = TIME_LEAD.matcher(t).replaceFirst("");
            if (shorter.equals(t)) {
                break;
            }
            t = shorter;
        }
        return t;
    }

    private static final Pattern HOW_OFTEN = Pattern.compile("(?iu)^(?:định kỳ\\s+)?(?:hằng|hàng)\\s+(?:năm|quý|tháng|tuần),?\\s+");
    private static final Pattern TIME_LEAD = Pattern.compile("(?iu)^(?:(?:Cuối|Đầu|Giữa|Trong|Sau|Trước|Từ)\\s+(?:năm|quý|qúy|tháng|tuần|đợt)\\s+[\\p{L}\\d/]+,?"
            + "|(?:Định kỳ\\s*(?:\\([^)]{0,30}\\))?\\s*)?(?:hằng|hàng)\\s+(?:năm|quý|tháng|tuần),?|Định kỳ,"
            // "Tháng 11 hằng năm, Trung tâm có văn bản báo cáo ..."
            + "|Tháng\\s+\\d{1,2}\\s+(?:hằng|hàng)\\s+năm,?"
            // "Định kỳ 6 tháng, hàng năm, giữa nhiệm kỳ, Sở ..."
            + "|Định kỳ[^,.;:]{1,30},(?:\\s*(?:hằng|hàng|giữa|cuối|đầu|trước|chậm nhất|vào)[^,.;:]{1,25},)*"
            + "|(?:Trong thời hạn|Chậm nhất|Trong vòng|Sau)\\s+\\d{1,3}\\s+(?:ngày(?: làm việc)?|tháng|năm)[^,]{0,80},"
            // "Sau khi hoàn thành kiểm định, Công ty gửi ...", "Khi có yêu cầu, ...", "Trước 11h00 ngày 23/7/2019: trường nộp ..."
            + "|(?:Sau khi|Trước khi|Khi|Ngay sau khi|Sau|Trước)\\s[^,;:]{3,120},|(?:Trước|Từ|Chậm nhất|Trong|Đến|Hạn chót)\\s[^:;,]{2,60}\\d[^:;,]{0,30}:"
            // "trước 16 giờ 00 ngày thứ Sáu, ...", after how often
            + "|(?:Trước|Chậm nhất|Vào|Đến)\\s[^:;,]{0,40}\\d[^:;,]{0,40},)\\s+");
    private static final Pattern LETTER_ITEM = Pattern.compile("^(?:\\d{1,2}[.)]|[a-zđ]\\)|[a-zđ]\\.(?=\\s)|\\(\\d{1,2}\\)|[-+•])\\s*.*");

    private DutyReader() {
    }

    /** Where an item stands: the owners in force for it, and what kind of section holds it. */
    private record Context(List<String> owners, boolean dutiesHere, List<String> addressees, boolean listing) {
        Context(List<String> owners, boolean dutiesHere, List<String> addressees) {
            this(owners, dutiesHere, addressees, false);
        }

        // the people who attend ("Thành phần:", "II. THÀNH PHẦN THAM GIA"): their names and units assign nothing
        Context listingPeople() {
            return new Context(List.of(), false, addressees, true);
        }
    }

    /**
     * Goes through the outline, turning paragraphs that assign work into tasks and giving each task
     * its owners.
     */
    static void assign(List<BodyReader.Builder> roots, DocumentKind kind, List<String> addressees, String issuer, String enacting,
            java.time.LocalDate issued, List<Finding> findings, Budget budget) {
        boolean letter = kind == DocumentKind.OFFICIAL_LETTER || kind == DocumentKind.NOTICE || kind == DocumentKind.CONCLUSION
                || kind == DocumentKind.DIRECTIVE || kind == DocumentKind.CIRCULAR || kind == DocumentKind.TELEGRAM;
        // a plan's or a programme's own work, where no unit is named for it, is its issuer's
        boolean ownWork = kind == DocumentKind.PLAN || kind == DocumentKind.PROGRAM || kind == DocumentKind.ACTION_PROGRAM;
        List<String> fallback = ownWork && issuer != null ? List.of(issuer)
                : !letter || addressees.isEmpty() ? List.of()
                : addressees.size() == 1 ? splitOwners(addressees.get(0)) : addressees;
        boolean report = kind == DocumentKind.REPORT || kind == DocumentKind.SUBMISSION;
        Context top = new Context(fallback, !report, letter ? addressees : List.of());
        List<String> opening = enacting == null ? List.of() : openingOwners(enacting);
        if (!opening.isEmpty()) { // "Sở ... đề nghị các đơn vị thực hiện một số nội dung sau:"
            top = new Context(opening, true, top.addressees);
        }
        List<String> eventDays = new ArrayList<>();
        for (BodyReader.Builder root : roots) {
            walk(root, top, report, eventDays, findings, budget);
            if (kind == DocumentKind.DECREE || kind == DocumentKind.LEGAL_CIRCULAR) {
                ownedOnly(root);
            }
        }
        if (eventDays.size() == 1 && (letter || ownWork || kind == DocumentKind.INVITATION)) {
            // a meeting's or a visit's day ("Thời gian: 07 giờ 30, ngày 06/3/2026") is when its preparations are due
            roots.forEach(root -> dateBy(root, eventDays.get(0)));
        }
        for (BodyReader.Builder root : roots) {
            if (issued != null) {
                pastDatesAreFacts(root, issued, findings);
            }
        }
    }

    private static void dateBy(BodyReader.Builder section, String day) {
        for (int i = 0; i < section.content.size(); i++) {
            Object block = section.content.get(i);
            if (block instanceof BodyReader.Builder sub) {
                dateBy(sub, day);
            } else if (block instanceof Task t && t.deadline() == null && t.recurrence() == null && !t.lead().isEmpty()) {
                section.content.set(i, withDeadline(t, day));
            }
        }
    }

    // a decree's or a circular's articles set rules; a dated one that names no body and reads as no action binds no one
    // ("Mức lương hưu ... từ tháng 7 năm 2026"), though elsewhere a deadline word would make it a duty of whoever it concerns
    private static void ownedOnly(BodyReader.Builder section) {
        for (int i = 0; i < section.content.size(); i++) {
            Object block = section.content.get(i);
            if (block instanceof BodyReader.Builder sub) {
                ownedOnly(sub);
            } else if (block instanceof Task task && task.lead().isEmpty() && !ACTION_START.matcher(stripLead(task.text())).matches()) {
                section.content.set(i, new Paragraph(task.marker(), task.text(), task.footnotes()));
            }
        }
    }

    private static void walk(BodyReader.Builder section, Context outer, boolean report, List<String> eventDays, List<Finding> findings,
            Budget budget) {
        Context context = outer;
        String title = section.title;
        if (title != null) {
            List<String> owners = headingOwners(title);
            // (the parts of a section of results or aims set no work either: "I. KẾT QUẢ ĐẠT ĐƯỢC" / "1. Về nhận thức số")
            boolean duties = NO_DUTY_HEADING.matcher(title).matches() ? false
                    : report ? PROPOSALS.matcher(title).matches() || outer.dutiesHere : outer.dutiesHere;
            context = listsWhom(stripLead(title)) || outer.listing ? outer.listingPeople()
                    : new Context(owners.isEmpty() ? outer.owners : owners, duties, outer.addressees);
        }
        Context group = context; // an opening sentence ending in ":" sets the owners of what follows it
        String groupMarker = null; // ... up to the next item marked as it is
        // a heading that gives a time dates the items under it: "Đợt 1: Trong tháng 12/2025", "Quý I/2026"
        Task dated = title == null ? null : BodyReader.task(null, title, List.of(), null);
        String groupDeadline = dated != null && dated.deadline() != null && dated.lead().isEmpty() ? dated.deadline() : null;
        String sectionDeadline = groupDeadline;
        String deadlineMarker = null; // the next item marked as the line that gave the time ends it
        List<String> itemOwners = List.of(); // a numbered item's owners go on into the unmarked paragraphs under it
        int lastItem = -1;
        int fieldFloor = 0; // where the items an owner line after them may name begin: after the last field line
        int nextFloor = -1;
        List<Object> content = section.content;
        for (int i = 0; i < content.size(); i++) {
            Object block = content.get(i);
            if (block instanceof BodyReader.Builder sub) {
                if (group != context && sameMark(sub.number, groupMarker)) {
                    group = context; // "1. Chủ tịch UBND phường:" leads into its items up to "2. Phó Chủ tịch ..." as a heading too
                }
                walk(sub, group, report, eventDays, findings, budget);
                continue;
            }
            budget.tick(); // a long body of long paragraphs is bounded by the import's time
            String text = textOf(block);
            String marker = markerOf(block);
            if (text == null) {
                continue;
            }
            if (text.codePoints().noneMatch(Character::isLetter)) {
                if (block instanceof Task) { // "[...]", "…": a cut in a copy, no work
                    content.set(i, new Paragraph(marker, text, footnotesOf(block)));
                }
                continue;
            }
            if (group != context && sameMark(marker, groupMarker)) {
                group = context;
            }
            if (groupDeadline != null && deadlineMarker != null && sameMark(marker, deadlineMarker)) {
                groupDeadline = sectionDeadline;
                deadlineMarker = null;
            }
            String eventDay = eventDay(text, title);
            if (group.listing && (ownOwners(text).isEmpty() || INVITED_BY.matcher(text).find() || namesOnly(text))
                    && !INVITES.matcher(text).find() && eventDay == null) {
                // "Đại diện lãnh đạo Sở GDĐT.", "- Lãnh đạo UBND xã,": a person or a unit who attends; a sentence that sets
                // a unit to work ("Đề nghị Công ty mời ...", "Ban Dân tộc tỉnh tổng hợp ...") is a duty still
                if (block instanceof Task) {
                    content.set(i, new Paragraph(marker, text, footnotesOf(block)));
                }
                continue;
            }
            if (eventDay != null && (lastItem < 0 || marker != null && !marker.matches("[-+•*]"))) {
                eventDays.add(eventDay); // "Thời gian: Buổi sáng, ngày 18 tháng 4 năm 2026": the event's, no item's
                content.set(i, new Paragraph(marker, text, footnotesOf(block)));
                continue;
            }
            List<Matcher> fields = fieldsOf(text);
            Task timed = fields.size() == 1 && lastItem < 0 && marker == null && fields.get(0).group("k").startsWith("Thời")
                    ? BodyReader.task(null, fields.get(0).group("v"), List.of(), null) : null;
            if (timed != null && timed.deadline() != null && timed.lead().isEmpty()) {
                // "1. Kiện toàn bộ máy ..." / "Thời gian thực hiện: Tháng 7/2026." / "- Kiện toàn ...": the time, set
                // above the items, dates them all
                groupDeadline = timed.deadline();
                sectionDeadline = groupDeadline;
                content.set(i, new Paragraph(marker, text, footnotesOf(block)));
                continue;
            }
            if (!fields.isEmpty() && !(block instanceof Task t && !t.lead().isEmpty() && fields.get(0).group("k").startsWith("Thời"))) {
                boolean applied = true;
                // "- item" / "+ Đơn vị chủ trì: X" / "+ Thời gian thực hiện: ...": lines marked under an item of another mark are its own
                String above = i > 0 && !(content.get(i - 1) instanceof BodyReader.Builder) ? markerOf(content.get(i - 1)) : null;
                int item = marker != null && above != null && marker.matches("[-+•*]") && above.matches("[-+•*]") && !above.equals(marker)
                        ? i - 1 : lastItem;
                for (Matcher field : fields) {
                    applied &= applyField(content, i, item, fieldFloor, field.group("k"), field.group("v"), context.owners, findings,
                            sourceOf(block));
                }
                if (applied) {
                    content.remove(i);
                    nextFloor = i; // field lines in a row name the same items
                    i--;
                    continue;
                }
            }
            if (nextFloor >= 0) {
                fieldFloor = nextFloor;
                nextFloor = -1;
            }
            List<String> own = ownOwners(text);
            // "Việc trao tặng ... được tổ chức vào dịp .... Các đơn vị lập danh sách ...": a fact, then the work
            boolean later = own.isEmpty() && !(own = laterOwners(text)).isEmpty();
            boolean namesAUnit = own.isEmpty() && marker != null && unitHeading(text);
            if (own.isEmpty() && !namesAUnit && block instanceof Task t && !t.lead().isEmpty()) {
                List<String> lead = splitOwners(String.join(", ", t.lead()));
                // the section's unit, given to the task as it was read, yields to a unit heading inside the section
                // ("1. Sở Giáo dục và Đào tạo" / "a) Phòng Học sinh, sinh viên" / "- Thường trực, chủ trì ...")
                own = group != context && lead.equals(context.owners) ? List.of() : lead;
            }
            boolean heads = text.endsWith(":"); // a line that leads into the items under it
            if (heads && listsWhom(stripLead(text))) {
                group = context.listingPeople(); // "1. Thành phần:", the people under it up to "2. ..."
                groupMarker = marker;
                content.set(i, new Paragraph(marker, text, footnotesOf(block)));
                continue;
            }
            List<String> listed = heads ? listedUnits(stripLead(text)) : List.of();
            List<String> askedAtColon = heads && listed.isEmpty() ? askedBeforeColon(text) : List.of();
            if (!listed.isEmpty()) {
                own = listed; // "Công ty A; Công ty Tư vấn đầu tư xây dựng B theo địa bàn có trách nhiệm:", whole names
            } else if (!askedAtColon.isEmpty()) {
                own = askedAtColon; // "..., Sở Công Thương đề nghị Công ty cổ phần Mông Sơn:" above the items it asks
            } else if (heads) {
                List<String> last = ownOwners(lastSentence(text));
                // "Đề nghị UBND cấp xã chỉ đạo .... Riêng UBND phường X cử ... và chỉ đạo:": the items are the last sentence's
                own = last.isEmpty() ? own : last;
                // work set in an earlier sentence, the last one only bringing in a list ("Trước khi ..., Công ty có trách nhiệm
                // lập đề cương .... Nội dung đề cương cần thể hiện rõ:"): the paragraph holds its work, the list is no one's
                heads = !(later && last.isEmpty() && !lastSentence(text).equals(text));
            }
            if (heads && own.isEmpty()) {
                own = headingOwners(stripLead(text)); // "1. Trung tâm Kiểm soát bệnh tật tỉnh:" heads the items under it
            }
            if (own.isEmpty() && namesAUnit) {
                own = headingOwners(text); // "a) Cấp ủy trực thuộc Trung ương", a unit's name alone above its items
                heads = true;
            }
            if (heads && own.isEmpty()) {
                Matcher tail = ASKED_AT_END.matcher(text); // "3. Về dự thảo Kế hoạch ..., giao Trung tâm Xúc tiến Đầu tư:"
                if (tail.find() && looksLikeUnit(tail.group("o"))) {
                    own = splitOwners(tail.group("o").strip());
                }
            }
            String person = marker != null && !marker.matches("[-+•*]") ? personHeading(stripLead(text)) : null;
            if (person != null) {
                own = List.of(person); // "1. Công chức Văn phòng - Thống kê, Ông Nguyễn Văn An.": the work under it is theirs
                heads = true;
            }
            if (heads && !own.isEmpty()) {
                group = new Context(own, group.dutiesHere || PROPOSALS.matcher(text).matches(), group.addressees);
                itemOwners = List.of(); // the items under this heading are its owners', not the last numbered item's
                groupMarker = marker;
                groupDeadline = block instanceof Task t ? t.deadline() : null;
                deadlineMarker = marker;
                content.set(i, new Paragraph(marker, text, footnotesOf(block)));
                continue;
            }
            // the next item, unless a field line says who or when for this one ("- Đôn đốc ...:" / "+ Đơn vị chủ trì: ...")
            String nextText = i + 1 < content.size() ? textOf(content.get(i + 1)) : null;
            String nextMarker = i + 1 < content.size() && (nextText == null || fieldsOf(nextText).isEmpty()) ? markerOf(content.get(i + 1)) : null;
            if (heads && own.isEmpty() && nextMarker != null
                    && (marker == null || (marker.startsWith("(") || marker.matches("[a-zđ][.)]")) && nextMarker.matches("[-+•*]")
                        || marker.matches("[-+•*]") && nextMarker.matches("[-+•*]") && !nextMarker.equals(marker))
                    && !(block instanceof Task t && t.deadline() != null)) {
                // ("(2) Chủ trì, xây dựng báo cáo về:" above its bullets, and "- Là đơn vị chủ trì ..., cụ thể:" above its
                // "+" items, too)
                // "Chỉ đạo ban tổ chức tham mưu thực hiện một số nội dung sau:" leads into the items, which are the work
                content.set(i, new Paragraph(marker, text, footnotesOf(block)));
                continue;
            }
            if (heads && block instanceof Task t && t.deadline() != null) {
                // "Đợt 1: Từ ngày 05/12/2025 đến ngày 20/02/2026:" dates the items under it, and is no duty itself
                deadlineMarker = marker;
                groupDeadline = t.deadline();
                content.set(i, new Paragraph(marker, text, footnotesOf(block)));
                continue;
            }
            boolean numbered = marker != null && !marker.matches("[-+•*]");
            if (numbered || lastItem < 0) {
                lastItem = i;
            }
            if (numbered) {
                itemOwners = own;
            } else if (marker == null && own.isEmpty() && !itemOwners.isEmpty() && ACTION_START.matcher(text).matches()) {
                own = itemOwners;
            }
            Task task = block instanceof Task t ? t : null;
            boolean fact = !later && (PAST.matcher(stripLead(text)).matches() || PURPOSE.matcher(stripLead(text)).matches()
                    || MEMBER.matcher(stripLead(text)).matches()
                    || SHORTCOMING.matcher(stripLead(text)).matches() && !ACTION_START.matcher(stripLead(text)).matches());
            // an exhortation to carry out what the letter says, or what to do if it proves hard: asked, yet no work of its own
            boolean exhortation = BodyReader.CLOSING_REQUEST.matcher(text).matches() || carriesOut(stripLead(text))
                    || IF_DIFFICULT.matcher(stripLead(text)).matches() || NOTIFIES.matcher(stripLead(text)).matches();
            boolean bound = task != null && (task.recurrence() != null || task.deadline() != null && BOUND.matcher(stripLead(text)).find());
            // in a report only what it asks of others binds anyone: "đề nghị Bộ X ...", "kiến nghị ..."
            boolean asked = ASKS.matcher(stripLead(text)).find();
            // "Văn phòng Trung ương có văn bản số 15000-CV/VPTW ... đề nghị ...": another body's letter and what it asked
            boolean cites = !later && CITES.matcher(stripLead(text)).lookingAt();
            if (!group.dutiesHere && !asked && (report || own.isEmpty() && !bound) || fact && !asked || cites || exhortation && !bound) {
                if (task != null && (task.lead().isEmpty() || fact || cites || exhortation || report)) {
                    content.set(i, new Paragraph(marker, text, footnotesOf(block)));
                }
                continue;
            }
            if (own.isEmpty() && task != null && task.deadline() != null && CLOCK.matcher(task.deadline()).matches()) {
                content.set(i, new Paragraph(marker, text, footnotesOf(block))); // "8h30 - 8h35: Tuyên bố lý do": a meeting's agenda
                continue;
            }
            Matcher invites = INVITES.matcher(text);
            if (own.isEmpty() && invites.find()) {
                // "Thường trực Đảng ủy kính mời các đồng chí tham dự cuộc họp ...": the invited attend
                String who = invites.group("o");
                own = looksLikeUnit(who) && !GENERIC_ADDRESSEE.matcher(who).matches() && !who.matches("(?iu)(?:các\\s+)?(?:đồng chí|đ/c|quý vị|đại biểu).*")
                        ? splitOwners(who) : group.addressees;
            }
            // ("Hàng năm tổ chức giao ban ...": the work after how often it is done)
            List<String> owners = !own.isEmpty() ? own
                    : ACTION_START.matcher(HOW_OFTEN.matcher(stripLead(text)).replaceFirst("")).matches() ? group.owners : List.of();
            if (owners.size() == 1 && GENERIC_ADDRESSEE.matcher(owners.get(0)).matches() && group.addressees.size() == 1
                    || owners.size() == 1 && YOU.matcher(owners.get(0)).matches() && !group.addressees.isEmpty()) {
                // "đề nghị Công ty nộp lại hồ sơ" in a letter to one company: that company; "đề nghị Đồng chí cho ý kiến": the addressees
                owners = group.addressees;
            }
            boolean letterItem = group.owners == outer.owners && !own.isEmpty() || LETTER_ITEM.matcher(marker == null ? "" : marker + " ").matches();
            if (owners.isEmpty() && task == null) {
                continue;
            }
            if (owners.isEmpty()) {
                // a dated sentence that assigns nothing to anyone: a fact, not a duty, unless it reads as an action
                // or a deadline word binds its date ("Hoàn thành trước ngày 10/3/2023")
                // (in a report, a dated line that reads as no action binds nobody)
                if (!ACTION_START.matcher(stripLead(text)).matches() && (!bound || report)) {
                    content.set(i, new Paragraph(marker, text, footnotesOf(block)));
                }
                continue;
            }
            if (task == null) {
                task = BodyReader.task(marker, text, footnotesOf(block), null);
                if (task == null) {
                    task = new Task(marker, text, null, List.of(), List.of(), List.of(), null, null, null, null, null, footnotesOf(block));
                }
            }
            if (task.deadline() == null && task.recurrence() == null && groupDeadline != null) {
                task = withDeadline(task, groupDeadline);
            }
            if (letterItem || !owners.equals(task.lead())) {
                task = withLead(task, owners);
                findings.add(new Finding("$.tasks", abbreviate(text) + " -> " + String.join("; ", owners), sourceOf(block),
                        own.isEmpty() ? 0.7 : 0.85, Status.FOUND));
            }
            List<Object> pieces = new ArrayList<>(pieces(task, owners));
            boolean afterColon = !pieces.isEmpty();
            if (!afterColon) {
                pieces = sentences(task, owners);
            }
            if (pieces.isEmpty()) {
                content.set(i, task);
            } else if (afterColon) {
                // "X chỉ đạo: xây dựng ... trước ngày 28/2/2023; lập dự toán ...; báo cáo ... trước ngày 10/11/2023": a duty each
                content.set(i, new Paragraph(marker, text.substring(0, text.indexOf(':') + 1), footnotesOf(block)));
                content.addAll(i + 1, pieces);
                i += pieces.size();
            } else {
                // "Tổ chức đảng ... phải thực hiện .... Định kỳ hằng năm, chi bộ kiểm tra ....": a duty a sentence, each its unit's
                content.set(i, pieces.get(0));
                content.addAll(i + 1, pieces.subList(1, pieces.size()));
                i += pieces.size() - 1;
            }
        }
    }

    /**
     * The duties of a paragraph whose sentences set different units to work, one a sentence (a sentence that names
     * no unit stays with the one before it); empty when fewer than two units are named. The first keeps the marker.
     */
    private static List<Object> sentences(Task task, List<String> owners) {
        String text = task.text();
        if (text.length() > SPLIT_CHARS) {
            return List.of();
        }
        List<Integer> starts = new ArrayList<>();
        List<List<String>> leads = new ArrayList<>();
        List<Integer> ends = sentenceStarts(text);
        for (int k = 1; k < ends.size(); k++) {
            String sentence = text.substring(ends.get(k), k + 1 < ends.size() ? ends.get(k + 1) : text.length());
            List<String> subject = subjectOf(withoutTimes(sentence));
            if (!subject.isEmpty() && !subject.equals(leads.isEmpty() ? owners : leads.get(leads.size() - 1))) {
                starts.add(ends.get(k));
                leads.add(subject);
            }
        }
        if (starts.isEmpty()) {
            return List.of();
        }
        List<Object> out = new ArrayList<>();
        int from = 0;
        List<String> lead = owners;
        String marker = task.marker();
        for (int k = 0; k <= starts.size(); k++) {
            int to = k < starts.size() ? starts.get(k) : text.length();
            String sentence = text.substring(from, to).strip();
            List<vn.vanban4j.model.Footnote> notes = k == 0 ? task.footnotes() : List.of();
            if (k == 0 && ownOwners(sentence).isEmpty() && !ACTION_START.matcher(stripLead(sentence)).matches()) {
                out.add(new Paragraph(marker, sentence, notes)); // "Phát triển ... là nhiệm vụ quan trọng.": said, not asked
            } else {
                out.add(work(marker, sentence, lead, k == 0 ? task.partners() : List.of(), notes));
            }
            if (k < starts.size()) {
                from = to;
                lead = leads.get(k);
                marker = null;
            }
        }
        return out;
    }

    // a piece of a split paragraph as a duty of its own, dated by its own time phrase
    private static Task work(String marker, String text, List<String> lead, List<String> partners, List<vn.vanban4j.model.Footnote> notes) {
        Task dated = BodyReader.task(null, text, List.of(), null);
        return new Task(marker, text, null, lead, partners, List.of(), dated == null ? null : dated.deadline(),
                dated == null ? null : dated.recurrence(), null, null, null, notes);
    }

    /**
     * The duties a paragraph lists after its colon, one between each ";", when they fall due on different dates
     * (one date for all would be wrong for some); empty when it lists no such work.
     */
    private static List<Task> pieces(Task task, List<String> owners) {
        String text = task.text();
        int colon = text.indexOf(':');
        if (colon < 0 || text.indexOf(';', colon) < 0 || task.deadline() == null || text.length() > SPLIT_CHARS) {
            return List.of();
        }
        List<Task> out = new ArrayList<>();
        java.util.Set<String> dates = new java.util.HashSet<>();
        for (String piece : text.substring(colon + 1).split("(?<=;)\\s+")) {
            String work = piece.strip();
            if (!ACTION_START.matcher(work).matches()) {
                return List.of();
            }
            Task duty = work(null, work, owners, List.of(), List.of());
            if (duty.deadline() != null) {
                dates.add(duty.deadline());
            }
            out.add(duty);
        }
        return out.size() >= 2 && dates.size() >= 2 ? out : List.of();
    }

    // who attends, not who works: "Thành phần:", "Thành phần tham dự", "Đại biểu mời:", "II. THÀNH PHẦN THAM GIA"
    // who an inspection or a rule concerns: "1. Đối tượng kiểm tra: Ban Thường trực ... tiến hành kiểm tra đối với:", the
    // bodies listed under it are inspected, not set to work
    private static final Pattern INSPECTED = Pattern.compile("(?iu)^đối tượng\\s+(?:kiểm tra|giám sát|thanh tra|áp dụng|điều chỉnh)\\b(?:[^:.;]{0,40}|.*:)$");

    // a line over the people who attend or the bodies an inspection concerns: what it lists assigns nothing
    private static boolean listsWhom(String line) {
        return PEOPLE.matcher(line).matches() || INSPECTED.matcher(line).matches() || TOPICS.matcher(line).matches();
    }

    // what a class or a talk covers: "1.4. Nội dung: Khóa Cơ bản Chuyển đổi số" over "- Chuyển đổi số là gì?" (topics, no work),
    // a field with its value; not a heading over the work a plan sets out ("Nội dung và các giải pháp thực hiện:")
    private static final Pattern TOPICS = Pattern.compile("(?iu)^nội dung(?!\\s*(?:thực hiện|công việc|nhiệm vụ|chủ yếu|trọng tâm|triển khai|giám sát|kiểm tra"
            + "|cụ thể|và giải pháp|,\\s*(?:giải pháp|nhiệm vụ)))[^:.;]{0,30}:\\s*\\S.{0,200}$");

    private static final Pattern PEOPLE = Pattern.compile("(?iu)^(?:thành phần|đại biểu|khách mời|người tham dự|đối tượng tham dự)[^:.;]{0,80}:?$");
    private static final Pattern EVENT_TIME = Pattern.compile("(?iu)^thời gian(?:\\s+(?:tổ chức|làm việc|họp|diễn ra|khai mạc|kiểm tra|tiếp đón|đón tiếp))?(?:\\s*:\\s*|\\s+(?=(?:lúc|vào lúc|vào|buổi|ngày|từ|\\d)))(?<v>.+)$");
    private static final Pattern TIME_TITLE = Pattern.compile("(?iu)thời gian(?:\\s+(?:tổ chức|làm việc|họp|diễn ra|khai mạc|kiểm tra))?(?:\\s+và\\s+địa điểm)?\\s*:?");
    // a span of days is a plan's period, not an event's day: "từ ngày 10/7/2026 đến hết ngày 30/11/2026", "100 ngày làm việc"
    private static final Pattern A_SPAN = Pattern.compile("(?iu)\\bđến\\b|\\d\\s*[-–]\\s*\\d{1,2}\\s*/|\\d+\\s+ngày\\s+(?:làm việc|liên tục)");
    private static final Pattern A_DAY = Pattern.compile("(?iu)ngày\\s+\\d{1,2}\\s*(?:/|tháng)|\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b");
    private static final Pattern CLOCK = Pattern.compile("(?iu)^(?:từ\\s+|lúc\\s+|vào lúc\\s+)?\\d{1,2}\\s*(?:h|giờ|:)\\s*\\d{0,2}(?!.*(?:ngày|/\\d)).*");
    // units named one after another and nothing more ("Lãnh đạo tỉnh, lãnh đạo các Sở, ban, ngành, UBND các huyện, thị xã."):
    // who attends; "lãnh đạo" here is a post, not the work of leading
    private static boolean namesOnly(String text) {
        String t = stripLead(text).replaceAll("[.;:]+$", "").strip();
        if (t.length() > 300) {
            return false;
        }
        List<String> pieces = splitOwners(t);
        return pieces.size() >= 2 && pieces.stream().allMatch(p -> looksLikeUnit(p)
                && !ANY_ACTION.matcher(p.replaceAll("(?iu)\\blãnh đạo\\b", "")).find());
    }

    // an attendee another body invites: "Tổ giúp việc triển khai Đề án 06 (do Công an tỉnh mời)."
    private static final Pattern INVITED_BY = Pattern.compile("\\((?:do\\s+)?[^()]{2,80}\\s+mời\\)\\s*[.;,]?$");
    private static final Pattern INVITES = Pattern.compile("(?iu)(?:^|\\s)kính mời\\s+(?<o>[^.;:]{3,150}?)\\s+(?:đến dự|về dự|tham dự|dự|tham gia)\\b");

    // the one day an event takes place, from a time line ("Thời gian: Buổi sáng, ngày 18 tháng 4 năm 2026") or a line
    // under a "Thời gian" heading ("1. Thời gian" / "Lúc 14 giờ 00 phút, ngày 28 tháng 4 năm 2026."): null when it gives none
    private static String eventDay(String text, String title) {
        Matcher m = EVENT_TIME.matcher(stripLead(text).strip());
        String when = m.matches() ? m.group("v") : title != null && TIME_TITLE.matcher(stripLead(title)).matches() ? text : null;
        if (when == null || !A_DAY.matcher(when).find() || A_SPAN.matcher(when).find()) {
            return null;
        }
        Task dated = BodyReader.task(null, when, List.of(), null);
        return dated == null ? null : dated.deadline();
    }

    private static final vn.vanban4j.rules.DeadlineRules AS_WRITTEN = vn.vanban4j.rules.DeadlineRules.standard().withRollForward(false);

    // a date before the document was issued binds nobody: "tháng 3/2024 đã lập" in a letter of 2026
    private static void pastDatesAreFacts(BodyReader.Builder section, java.time.LocalDate issued, List<Finding> findings) {
        vn.vanban4j.rules.PhraseContext context = vn.vanban4j.rules.PhraseContext.issuedOn(issued);
        for (int i = 0; i < section.content.size(); i++) {
            Object block = section.content.get(i);
            if (block instanceof BodyReader.Builder sub) {
                pastDatesAreFacts(sub, issued, findings);
            } else if (block instanceof Task t && t.deadline() != null) {
                java.time.LocalDate due = AS_WRITTEN.resolve(t.deadline(), context, java.util.Map.of()).due();
                if (due != null && due.isBefore(issued)) {
                    findings.add(new Finding("$.tasks", "\"" + t.deadline() + "\" lies before the issue date: a fact, not a deadline",
                            sourceOf(t), 0.7, Status.FOUND));
                    section.content.set(i, t.lead().isEmpty() && t.recurrence() == null ? new Paragraph(t.marker(), t.text(), t.footnotes())
                            : withDeadline(t, null));
                }
            }
        }
    }

    // two marks of the same kind: "-" and "-", "1." and "2.", "a)" and "b)"
    private static boolean sameMark(String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return a.equals(b) || a.matches("\\d+[.)]") && b.matches("\\d+[.)]") || a.matches("[a-zđ][.)]") && b.matches("[a-zđ][.)]") && a.charAt(1) == b.charAt(1)
                || a.matches("\\(\\d+\\)") && b.matches("\\(\\d+\\)");
    }

    // ---- owners

    /** True when a label names a unit or a person in charge ("Sở Y tế", "Các trường", "Đồng chí Phó Chủ tịch"), not a time or an act. */
    static boolean looksLikeUnit(String label) {
        String t = label.strip();
        return UNIT_WORD.matcher(t).matches() && !t.matches("(?iu)^(tổ chức|đơn vị)\\s+(?!,|và|cá nhân|doanh nghiệp|kinh tế|thuộc|trực thuộc|liên quan|có liên quan|chủ trì|thực hiện|sự nghiệp|hành chính)\\p{Ll}.*");
    }

    /** True when words read as an action, not a unit's name: "Khẩn trương", "Tiếp tục", "Kiểm tra việc". */
    static boolean actsFirst(String words) {
        return ACTION_START.matcher(words.strip()).matches() && !looksLikeUnit(words);
    }

    /** True when a sentence asks a unit for work: "đề nghị Sở X ...", "yêu cầu các đơn vị ...", "giao Sở X ...". */
    static boolean asks(String text) {
        Matcher m = ASKS.matcher(stripLead(text));
        return m.find() && asksNearTheStart(m, stripLead(text));
    }

    /**
     * The owners the sentence that opens a body asks for work, wherever it asks in it: a long opening
     * gives its reasons first ("Theo dự báo ..., Giám đốc Sở yêu cầu trưởng phòng GDĐT ... thực hiện
     * tốt các nội dung sau:"); the last request is the one the items under it answer.
     */
    static List<String> openingOwners(String text) {
        List<String> own = SPEAKS.matcher(stripLead(text)).find() && !asks(text) ? List.of() : ownOwners(text);
        List<String> last = lastSentence(text).equals(text) ? List.of() : ownOwners(lastSentence(text));
        own = last.isEmpty() ? own : last;
        if (!own.isEmpty()) {
            return own;
        }
        Matcher asks = ASKS.matcher(stripLead(text));
        String owner = null;
        while (asks.find()) {
            owner = asks.group("owner");
        }
        return owner == null ? List.of() : owners(owner);
    }

    // the issuer speaking, not a unit set to work: "Sở Công Thương có ý kiến như sau:", "UBND tỉnh thông báo kết luận ..."
    private static final Pattern SPEAKS = Pattern.compile("^[^,;:]{3,120}?\\s(?:có ý kiến|thông báo|trân trọng|phúc đáp|trả lời|góp ý|xin|"
            + "hướng dẫn (?:như sau|một số)|kết luận)\\b");

    /** True when a sentence ending in ":" asks units for the work listed under it, wherever it asks. */
    static boolean opensDuties(String text) {
        return text.endsWith(":") && !openingOwners(text).isEmpty();
    }

    /** The owners a sentence names for itself, split into units; empty when it names none. */
    // the request stands near the start, or after a clause of purpose or cause that leads into it: "Để việc ban hành ... đúng
    // quy định của Luật ..., Sở X đề nghị các sở ... tham gia ý kiến ..."
    private static final Pattern LEAD_CLAUSE = Pattern.compile("^(?:Để|Nhằm|Do|Vì|Nhân dịp|Trên cơ sở|Qua|Với)\\s[^.;:]{10,260}?,\\s");

    private static boolean asksNearTheStart(Matcher asks, String text) {
        if (asks.start() < 120) {
            return true;
        }
        Matcher lead = LEAD_CLAUSE.matcher(text);
        return lead.lookingAt() && asks.start() - lead.end() < 120;
    }

    static List<String> ownOwners(String text) {
        String t = withoutTimes(stripLead(text));
        Matcher asks = ASKS.matcher(t);
        if (asks.find() && asksNearTheStart(asks, t)) {
            return owners(asks.group("owner"));
        }
        Matcher alone = SUBJECT_ALONE.matcher(t);
        if (alone.find()) {
            return List.of(alone.group("owner")); // "Công ty gửi báo cáo ...", "Chi bộ kiểm tra ...": the word is the whole name
        }
        Matcher subject = SUBJECT.matcher(t);
        if (subject.find() && unitsAlone(subject.group("owner")) && looksLikeUnit(subject.group("owner"))) {
            Matcher responsible = RESPONSIBLE.matcher(t);
            if (subject.group("owner").endsWith(",") && responsible.lookingAt()) {
                // "Các cơ quan, tổ chức từ Trung ương đến cơ sở có trách nhiệm ...": a word of work opens a piece of
                // the list after a comma, the subject runs to "có trách nhiệm"
                return owners(responsible.group("owner"));
            }
            return owners(subject.group("owner"));
        }
        int then = t.indexOf(" thì ");
        if (then > 0 && then < 160 && t.matches("(?iu)^(?:đối với|trường hợp|riêng|nếu|khi)\\s.*")) {
            List<String> after = ownOwners(t.substring(then + 5)); // "Đối với ... thì chi bộ có trách nhiệm ..."
            if (!after.isEmpty()) {
                return after;
            }
        }
        Matcher trailing = TRAILING_OWNER.matcher(t);
        if (trailing.find() && looksLikeUnit(trailing.group("o")) && !trailing.group("o").matches("(?iu).*\\b(?:biết|đến)\\b.*")) {
            // "Phân tích đề thi tốt nghiệp năm 2025 – Trường THPT Cao Lãnh 2 thực hiện."
            return owners(trailing.group("o"));
        }
        Matcher parenthesised = PARENTHESISED.matcher(t);
        while (parenthesised.find()) {
            // "Xây dựng Quy chế ... (Giao Công an tỉnh chủ trì, phối hợp với ...)": the owner stands in brackets at the end
            if (looksLikeUnit(parenthesised.group("o"))) {
                return owners(parenthesised.group("o"));
            }
        }
        Matcher basis = BASIS_LEAD.matcher(t);
        if (basis.lookingAt()) {
            // "Căn cứ Kế hoạch này, các sở, ban, ngành xây dựng ...": the subject stands after one of the commas
            for (int comma = t.indexOf(", ", basis.end()); comma > 0 && comma < 300; comma = t.indexOf(", ", comma + 2)) {
                Matcher after = SUBJECT.matcher(t.substring(comma + 2));
                if (after.find() && looksLikeUnit(after.group("owner"))) {
                    return owners(after.group("owner"));
                }
            }
        }
        return List.of();
    }

    private static final Pattern TRAILING_OWNER = Pattern.compile("\\s[–-]\\s+(?<o>[^–;:]{3,120}?)\\s+(?:hỗ trợ\\s+|phối hợp\\s+)?"
            + "(?:thực hiện|chủ trì|phụ trách|đảm nhận|trình bày)\\s*\\.?$");
    // (not "... - Phó Chủ tịch UBND tỉnh đến các cơ quan, đơn vị biết, thực hiện": told, not set to work)
    private static final Pattern PARENTHESISED = Pattern.compile("\\((?:[Gg]iao\\s+)?(?<o>[^()]{3,150}?)\\s+(?:chủ trì|thực hiện|tham mưu|phụ trách)\\b[^()]*\\)");

    // units one after another, a ";" between them: "Các sở, ban, ngành; UBND các huyện" (a ";" before other words ends the subject)
    private static boolean unitsAlone(String owner) {
        if (owner.indexOf(';') < 0) {
            return true;
        }
        for (String piece : owner.split(";")) {
            if (!looksLikeUnit(piece.strip())) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern RESPONSIBLE = Pattern.compile("(?<owner>[^;:.()]{3,300}?)\\s+(?:có|chịu) trách nhiệm\\b");
    // the owners the first later sentence of a paragraph names as its subject, or after a topic and a colon
    // ("a) Tiêu chuẩn - đo lường: Ủy ban nhân dân huyện chủ động ..."); empty when none does
    static List<String> laterOwners(String text) {
        String t = stripLead(text);
        if (NARRATES.matcher(t).lookingAt()) {
            return List.of(); // "Ngày 29/6/2026, Bộ trưởng ... ban hành ... và giao ...": what others were given, told
        }
        int colon = t.indexOf(": ");
        if (colon > 0 && colon < 80 && !PEOPLE.matcher(t.substring(0, colon + 1)).matches() && !PURPOSE.matcher(t).matches()) {
            List<String> after = subjectOf(t.substring(colon + 2));
            if (!after.isEmpty()) {
                return after;
            }
        }
        if (t.length() > SPLIT_CHARS) {
            return List.of();
        }
        List<Integer> starts = sentenceStarts(t);
        for (int k = 1; k < starts.size(); k++) {
            List<String> later = subjectOf(t.substring(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : t.length()));
            if (!later.isEmpty()) {
                return later;
            }
        }
        return List.of();
    }

    private static final Pattern NARRATES = Pattern.compile("(?iu)(?:ngày\\s+\\d{1,2}[/.-]\\d{1,2}|vừa qua|thời gian qua|qua\\s|năm\\s+\\d{4},)");

    // a paragraph longer than this is read as one piece of text (a real one holding several duties is far shorter)
    private static final int SPLIT_CHARS = 4_000;

    // where each sentence of a text begins: 0, then after each "... . " before a capital
    private static List<Integer> sentenceStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        Matcher stop = SENTENCE_END.matcher(text);
        while (stop.find()) {
            starts.add(stop.end());
        }
        return starts;
    }

    // a unit that opens a sentence of work to do, not of work done ("Sở Xây dựng đã tham gia ý kiến ...")
    private static List<String> subjectOf(String sentence) {
        if (PAST.matcher(sentence).matches() || DONE.matcher(sentence).find() || SPEAKS.matcher(sentence).find() && !asks(sentence)
                || BodyReader.CLOSING_REQUEST.matcher(sentence).matches() || IF_DIFFICULT.matcher(sentence).matches() || carriesOut(sentence)) {
            return List.of(); // what was done, the issuer speaking, a closing exhortation
        }
        Matcher asks = ASKS.matcher(sentence);
        if (asks.find() && asks.start() < 80 && looksLikeUnit(asks.group("owner")) && !GENERIC_ADDRESSEE.matcher(cleanOwner(asks.group("owner"))).lookingAt()) {
            return owners(asks.group("owner")); // "Ủy ban nhân dân tỉnh yêu cầu các sở ...": the units asked
        }
        String work = withoutTimes(sentence); // "Định kỳ hằng năm, chi bộ kiểm tra thẻ đảng viên ..."
        Matcher alone = SUBJECT_ALONE.matcher(work);
        if (alone.find()) {
            return List.of(alone.group("owner"));
        }
        Matcher subject = SUBJECT.matcher(work);
        if (!subject.find() || !unitsAlone(subject.group("owner")) || !looksLikeUnit(subject.group("owner"))) {
            return List.of();
        }
        return owners(subject.group("owner"));
    }

    // work done, not to do: "Sở Xây dựng đã tham gia ý kiến ...", "... vừa ban hành ..."
    private static final Pattern CITES = Pattern.compile("(?iu)^[^,.;:]{3,120}?\\s(?:đã\\s+)?có\\s+(?:văn bản|công văn|tờ trình|thông báo|báo cáo"
            + "|kế hoạch|hướng dẫn)\\s+số\\s+\\d");
    private static final Pattern DONE = Pattern.compile("^[^,.;:]{0,80}?\\s(?:đã|vừa)\\s");

    // the sentence a paragraph ends with: "A. B. C:" -> "C:" ("Riêng X ..." stands for "Riêng X")
    private static String lastSentence(String text) {
        Matcher stop = SENTENCE_END.matcher(text);
        int from = 0;
        while (stop.find()) {
            from = stop.end();
        }
        return from == 0 ? text : text.substring(from).replaceFirst("^(?:Riêng|Đối với)\\s+", "");
    }

    // (a sentence may end in a document's number: "... theo Quy chế số 12/QC-SCT. Định kỳ ...")
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{L}\\p{Ll}|\\)|\\d\\d|\\d/[\\p{L}\\d&-]{1,20})\\.\\s+(?=\\p{Lu})");
    private static final Pattern BASIS_LEAD = Pattern.compile("(?:Căn cứ|Trên cơ sở|Dựa (?:trên|vào))\\s");
    // "Căn cứ ý kiến chỉ đạo trên, Sở X và các đơn vị liên quan triển khai thực hiện.": carry out what was said, no work of its own
    private static final Pattern CARRY_OUT = Pattern.compile("^(?:Căn cứ|Trên cơ sở)\\s[^,]{0,120},\\s*(?<who>[^.;:]{3,120}?)\\s+"
            + "(?:(?:nghiêm túc|khẩn trương|chủ động|tổ chức|triển khai)\\s+)*thực hiện(?: nghiêm túc| tốt)?\\s*\\.?(?:/\\.)?$");
    // "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị ... báo cáo ...": what to do if, no work of its own
    private static final Pattern IF_DIFFICULT = Pattern.compile("(?iu)^.{0,60}(?:nếu có|trường hợp có|khi có|có)\\s+(?:khó khăn|vướng mắc|"
            + "phát sinh)[^.]{0,250}(?:báo cáo|phản ánh|phản hồi|liên hệ|trao đổi)[^.]{0,200}\\.?(?:/\\.)?$");
    // the issuer passing the word on: "Sở Công Thương thông báo cho các đơn vị được biết và thực hiện."
    private static final Pattern NOTIFIES = Pattern.compile("(?iu)^(?:[^.;:]{3,120}?\\s)?thông báo (?:cho |để |đến |[^.;:]{3,200}?\\sđến )[^.;:]{3,200}?(?:được )?biết"
            + "(?:,|\\s+và)?(?:\\s+(?:thực hiện|triển khai thực hiện|phối hợp thực hiện|để [^.;:]{3,100}))?\\s*\\.?(?:/\\.)?$");
    // how a letter names its one addressee in its body
    private static final Pattern GENERIC_ADDRESSEE = Pattern.compile("(?iu)(?:quý\\s+)?(?:công ty|doanh nghiệp|đơn vị|cơ quan|nhà trường|"
            + "hợp tác xã|ông|bà|ông/bà)");
    // how a letter speaks to its addressees, whoever they are
    private static final Pattern YOU = Pattern.compile("(?iu)(?:các\\s+)?(?:đồng chí|đ/c|quý vị|quý cơ quan|quý đơn vị)");
    private static final Pattern ANY_ACTION = Pattern.compile("(?iu)\\b(?:" + ACTIONS + ")\\b");

    // the sentence asks only to carry out what was said, by units named without any work of their own
    private static boolean carriesOut(String text) {
        Matcher m = CARRY_OUT.matcher(text);
        return m.matches() && !ANY_ACTION.matcher(m.group("who")).find();
    }

    // the unit asked right before the colon, with nothing for it to do said yet: the items under the line are its work
    private static List<String> askedBeforeColon(String text) {
        Matcher atEnd = ASKED_BEFORE_COLON.matcher(text);
        return atEnd.find() && looksLikeUnit(atEnd.group("o")) && !ACTION_WORD.matcher(atEnd.group("o")).find()
                ? splitOwners(atEnd.group("o").strip()) : List.of();
    }

    private static final Pattern ACTION_WORD = Pattern.compile("(?<![\\p{L}])(?:" + ACTIONS + ")(?![\\p{L}])");
    private static final Pattern ASKED_BEFORE_COLON = Pattern.compile("\\s(?:[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu)\\s+(?<o>[^:;,][^:;]{2,120}?)\\s*:$");
    private static final Pattern ASKED_AT_END = Pattern.compile("(?:^|[,;]\\s*)(?:[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu)\\s+(?<o>[^:;,][^:;]{2,160}?)\\s*:$");
    private static final Pattern UNIT_LIST = Pattern.compile("^(?<units>[^:]{3,600}?)(?:\\s+theo [^:;]{0,60}?)?\\s+(?:có trách nhiệm|chịu trách nhiệm|"
            + "thực hiện|triển khai)(?: (?:các|một số))?(?: (?:nhiệm vụ|nội dung|việc))?(?: (?:sau|như sau|cụ thể))?\\s*:$");

    // units listed one after another, each a unit's name, then what they are to do: "Công ty A; Công ty B có trách nhiệm:"
    private static List<String> listedUnits(String text) {
        Matcher m = UNIT_LIST.matcher(text);
        if (!m.matches()) {
            return List.of();
        }
        List<String> units = new ArrayList<>();
        for (String unit : m.group("units").split("\\s*;\\s*")) {
            if (!looksLikeUnit(unit)) {
                return List.of();
            }
            units.addAll(splitOwners(unit));
        }
        return units;
    }

    /** A numbered line that is a unit's whole name ("3. Cấp ủy cấp trên trực tiếp"), not the start of one cut by a line break ("4.6. Văn phòng"). */
    static boolean namesAUnitAlone(String numbered) {
        String t = stripLead(numbered.replace("*", "")).strip();
        return t.split("\\s+").length >= 3 && unitHeading(t);
    }

    // a unit's name alone on a marked line, no sentence: it heads the items under it as "X:" would
    // a person named alone on a numbered line, with their post before or after the name
    private static final Pattern PERSON_HEADING = Pattern.compile("^(?:[^,.;:]{3,80},\\s*)?(?:Ông|Bà|Đồng chí|Đ/c)\\s+\\p{Lu}\\p{Ll}*"
            + "(?:\\s+\\p{Lu}\\p{Ll}*){1,4}(?:\\s*[-–]\\s*[^.;:]{3,120})?\\s*[.:]?$");

    // "Công chức Văn phòng - Thống kê, Ông Nguyễn Văn An.", "Bà Trần Thị Bình - Chuyên viên Văn phòng": the person as written
    private static String personHeading(String text) {
        String t = text.strip();
        return PERSON_HEADING.matcher(t).matches() ? t.replaceFirst("\\s*[.:]$", "") : null;
    }

    private static boolean unitHeading(String text) {
        String t = text.strip();
        return t.length() <= 100 && !t.matches(".*[.;,!?]$") && ownOwners(t).isEmpty() && !headingOwners(t).isEmpty();
    }

    private static final Pattern SCHOOL_PEOPLE = Pattern.compile(
            "(?iu)(?:các\\s+)?(?:sinh viên|học sinh|học viên|(?:giảng|giáo) viên(?: hướng dẫn| chủ nhiệm| bộ môn)?|khoa \\p{Lu}[\\p{L} ]{2,60})");
    private static final Pattern HEADING_OWNER = Pattern.compile("^(?:(?:Giao|Đề nghị|Trách nhiệm của|Đối với|Nhiệm vụ của)\\s+)?(?<o>.+?)\\s*:?$");

    // "2. Sở Y tế", "Các trường tiểu học:", "Giao Sở Xây dựng", "Trách nhiệm của các đơn vị"
    private static List<String> headingOwners(String title) {
        Matcher m = HEADING_OWNER.matcher(title.strip());
        if (!m.matches()) {
            return List.of();
        }
        String owner = m.group("o");
        if (SCHOOL_PEOPLE.matcher(owner).matches()) {
            return List.of(owner.strip()); // "1. Đối với sinh viên", "2. Đối với giảng viên hướng dẫn" in a school's plan
        }
        if (owner.length() > 120 || !UNIT_WORD.matcher(owner).matches() || owner.equals(owner.toUpperCase(Locale.ROOT))
                || owner.matches("(?iu)^(tổ chức thực hiện|các nội dung|các nhiệm vụ|các giải pháp|các hoạt động|đơn vị(?! thi công| tư vấn)"
                        + "|tổ chức(?!,| và| cá nhân| doanh nghiệp| kinh tế))\\b.*")) {
            return List.of();
        }
        if (owner.matches(".*\\b(?:" + ACTIONS + ")\\b.*") && !owner.matches("(?iu).*(chủ trì|thực hiện)$")) {
            return List.of();
        }
        return splitOwners(owner.replaceFirst("\\s+(?:chủ trì|thực hiện)$", ""));
    }

    private static String cleanOwner(String owner) {
        return QUALIFIER.matcher(owner.strip().replaceFirst("^(?:[Đđ]ề nghị|[Yy]êu cầu|[Gg]iao)\\s+", "")).replaceFirst("")
                .replaceFirst("(?:\\s+(?:và|đã|sẽ|đang|cần|phải|cũng|vẫn|chưa|không|được)){1,4}$", "").replaceFirst("\\s*,$", "");
    }

    // how far a unit acts, said after its name: "Các bộ, cơ quan ngang bộ theo chức năng, nhiệm vụ được giao", "..., trong phạm vi quản lý"
    private static final Pattern QUALIFIER = Pattern.compile("(?iu),?\\s+(?:(?:theo|căn cứ|trong phạm vi)\\s+(?:chức năng|thẩm quyền|phạm vi|lĩnh vực)"
            + "[^;:]{0,60}?(?:được giao|quản lý|của mình|của đơn vị|theo quy định)?|trong phạm vi)\\s*$");

    // an owner's name holds no document number and no verb of receiving: "Sở X nhận được Công văn số 12/SCT ..." names no owner
    private static final Pattern NOT_A_NAME = Pattern.compile("\\d{1,5}\\s*/\\s*\\p{L}|(?iu)\\b(?:nhận được|đã|chưa|ngày \\d)\\b");

    private static List<String> owners(String written) {
        String owner = cleanOwner(written);
        // one word names no unit: "đề xuất thành lập" is no request to "thành"
        return owner.isEmpty() || !owner.contains(" ") || NOT_A_NAME.matcher(owner).find() ? List.of() : splitOwners(owner);
    }

    private static String stripLead(String text) {
        return text.replaceFirst("^(?:\\d{1,2}(?:\\.\\d{1,2}){0,6}[.)]?|[a-zđ]\\)|[a-zđ]\\.(?=\\s)|\\((?:\\d{1,2}|[a-zđ])\\)|[-+•*])\\s*", "");
    }

    private static final Pattern OWNER_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s*;\\s*|\\s+và\\s+|\\s+cùng\\s+");

    // the text with what stands inside brackets masked, the same length, so that no separator is found there
    private static String outsideBrackets(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            out.append(depth > 0 && c != '(' ? 'x' : c);
        }
        return out.toString();
    }

    /** "Công an tỉnh, các sở, ban, ngành và UBND các xã, phường" -> three units; "Sở Giáo dục và Đào tạo" stays one. */
    static List<String> splitOwners(String owners) {
        // split where no bracket is open: "đơn vị thi công (Công ty A và Công ty B)" is one owner
        List<String> pieces = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        Matcher seps = OWNER_SEPARATOR.matcher(outsideBrackets(owners));
        int from = 0;
        while (seps.find()) {
            pieces.add(owners.substring(from, seps.start()));
            separators.add(seps.group());
            from = seps.end();
        }
        pieces.add(owners.substring(from));
        List<String> out = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            String piece = pieces.get(k).strip();
            if (piece.isEmpty()) {
                continue;
            }
            boolean unit = UNIT_WORD.matcher(piece).matches() && piece.split("\\s+").length >= 2
                    || Character.isUpperCase(piece.charAt(0)) && piece.split("\\s+").length >= 2 && UNIT_WORD.matcher(piece).matches();
            if (!out.isEmpty() && !unit) {
                String sep = separators.get(k - 1).strip();
                out.set(out.size() - 1, out.get(out.size() - 1) + (sep.isEmpty() ? " " : sep.equals(",") || sep.equals(";") ? sep + " " : " " + sep + " ") + piece);
            } else {
                out.add(piece);
            }
        }
        return out;
    }

    // ---- field lines under an item

    private static final Pattern NEXT_FIELD = Pattern.compile(";\\s+(?=(?:Đơn vị|Cơ quan|Bộ phận|Chủ trì|Phối hợp|Thời gian|Thời hạn|Tiến độ"
            + "|Lãnh đạo|Kết quả|Sản phẩm)[^:;]{0,30}:)");

    // "Đơn vị chủ trì: X; Đơn vị phối hợp: Y, Z." holds two field lines; empty when a part is no field
    /** True when a line gives a field of the work above or below it: "Thời gian thực hiện: Tháng 7/2026.", "Đơn vị chủ trì: ...". */
    static boolean isField(String line) {
        return FIELD.matcher(line.strip()).matches();
    }

    private static List<Matcher> fieldsOf(String text) {
        List<Matcher> out = new ArrayList<>();
        for (String part : NEXT_FIELD.split(text.strip())) {
            Matcher m = FIELD.matcher(part.strip());
            if (!m.matches()) {
                return List.of();
            }
            out.add(m);
        }
        return out;
    }

    private static boolean applyField(List<Object> content, int at, int lastItem, int floor, String key, String value,
            List<String> inherited, List<Finding> findings, String source) {
        String lowered = key.toLowerCase(Locale.ROOT);
        boolean leader = lowered.startsWith("lãnh đạo") || lowered.startsWith("người chỉ đạo");
        boolean ownerKey = !lowered.contains("phối hợp") && !lowered.startsWith("thời") && !lowered.startsWith("tiến độ")
                && !lowered.startsWith("kết quả") && !lowered.startsWith("sản phẩm") && !lowered.startsWith("trách nhiệm");
        boolean timeKey = lowered.startsWith("thời") || lowered.startsWith("tiến độ");
        // the items above the line since the section or the last field lines began, bullets all, or a lead paragraph and bullets
        boolean items = at - floor >= 2 && content.subList(floor, at).stream().allMatch(b -> b instanceof Task || b instanceof Paragraph)
                && content.subList(floor + 1, at).stream().allMatch(b -> markerOf(b) != null && markerOf(b).matches("[-+•*]|\\(\\d{1,2}\\)"))
                && (markerOf(content.get(floor)) == null || markerOf(content.get(floor)).matches("[-+•*]|\\(\\d{1,2}\\)"));
        Task dated = timeKey && items ? BodyReader.task(null, value, List.of(), null) : null;
        if (dated != null && (dated.deadline() != null || dated.recurrence() != null) && dated.lead().isEmpty()) {
            // "- item", "- item", "- Đơn vị thực hiện: X", "- Thời gian thực hiện: Hoàn thành trước ngày 30/9/2025": every item's time
            for (int j = floor; j < at; j++) {
                Task t = asTask(content.get(j));
                if (t.deadline() == null && t.recurrence() == null) {
                    content.set(j, new Task(t.marker(), t.text(), t.action(), t.lead(), t.partners(), t.audience(), dated.deadline(),
                            dated.recurrence(), t.supervisor(), t.output(), t.product(), t.footnotes()));
                }
            }
            return true;
        }
        if (ownerKey && items) {
            // "- item", "- item", then "Đơn vị chủ trì: X": the line names the lead, or the leader, of every item above it
            List<String> owners = splitOwners(value.strip());
            for (int j = floor; j < at; j++) {
                Task t = asTask(content.get(j));
                if (leader) {
                    content.set(j, withSupervisor(t, value.strip()));
                } else if (t.lead().isEmpty() || t.lead().equals(inherited)) {
                    content.set(j, withLead(t, owners));
                }
            }
            findings.add(new Finding("$.tasks", key + ": " + value + " -> the items above it", source, 0.8, Status.FOUND));
            return true;
        }
        if (leader) {
            return supervise(content, at, lastItem, value.strip());
        }
        return applyFieldToItem(content, at, lastItem, key, value, inherited, findings, source);
    }

    // "Lãnh đạo phụ trách: Phó Giám đốc X" under one item: who supervises it
    private static boolean supervise(List<Object> content, int at, int lastItem, String leader) {
        if (lastItem < 0 || lastItem >= at || !(content.get(lastItem) instanceof Task t)) {
            return false;
        }
        content.set(lastItem, withSupervisor(t, leader));
        return true;
    }

    private static boolean applyFieldToItem(List<Object> content, int at, int lastItem, String key, String value, List<String> inherited,
            List<Finding> findings, String source) {
        int target = -1;
        for (int j = at - 1; j >= 0 && j >= lastItem; j--) {
            if (content.get(j) instanceof Task || content.get(j) instanceof Paragraph) {
                if (j == lastItem || content.get(j) instanceof Task t && t.marker() != null && !t.marker().matches("[-+•*]")) {
                    target = j;
                    break;
                }
            }
        }
        if (target < 0) {
            target = lastItem >= 0 && lastItem < at ? lastItem : -1;
        }
        if (target < 0) {
            return false;
        }
        Task task = asTask(content.get(target));
        String k = key.toLowerCase(Locale.ROOT);
        String v = value.strip();
        if (k.contains("phối hợp")) {
            task = new Task(task.marker(), task.text(), task.action(), task.lead(), splitOwners(v), task.audience(), task.deadline(),
                    task.recurrence(), task.supervisor(), task.output(), task.product(), task.footnotes());
        } else if (k.startsWith("thời") || k.startsWith("tiến độ")) {
            Task dated = BodyReader.task(task.marker(), v, List.of(), null);
            if (dated == null || dated.deadline() == null && dated.recurrence() == null) {
                return false;
            }
            task = new Task(task.marker(), task.text(), task.action(), task.lead(), task.partners(), task.audience(), dated.deadline(),
                    dated.recurrence(), task.supervisor(), task.output(), task.product(), task.footnotes());
        } else if (k.startsWith("kết quả") || k.startsWith("sản phẩm")) {
            task = new Task(task.marker(), task.text(), task.action(), task.lead(), task.partners(), task.audience(), task.deadline(),
                    task.recurrence(), task.supervisor(), task.output(), v, task.footnotes());
        } else {
            List<String> owners = splitOwners(v.replaceFirst("^(?:[Đđ]ồng chí|đ/c)\\s+", "Đồng chí "));
            if (k.startsWith("trách nhiệm")) {
                // an owner line after a group: every item of the group above it that names no owner of its own
                for (int j = at - 1; j >= 0 && !(content.get(j) instanceof BodyReader.Builder); j--) {
                    Object b = content.get(j);
                    // items that name no owner, or hold only the owners they stand under, are the owner line's
                    if (b instanceof Task t && (t.lead().isEmpty() || t.lead().equals(inherited))
                            || b instanceof Paragraph p && ACTION_START.matcher(stripLead(p.text())).matches()) {
                        content.set(j, withLead(asTask(b), owners));
                    }
                }
                findings.add(new Finding("$.tasks", key + ": " + v + " -> the items above it", source, 0.8, Status.FOUND));
                return true;
            }
            task = withLead(task, owners);
        }
        content.set(target, task);
        findings.add(new Finding("$.tasks", key + ": " + v + " -> the item above it", source, 0.8, Status.FOUND));
        return true;
    }

    // ---- blocks

    // a paragraph as a task of its own text, owned by nobody yet
    private static Task asTask(Object block) {
        return block instanceof Task t ? t : new Task(markerOf(block), textOf(block), null, List.of(), List.of(), List.of(), null, null,
                null, null, null, footnotesOf(block));
    }

    private static Task withSupervisor(Task t, String leader) {
        return new Task(t.marker(), t.text(), t.action(), t.lead(), t.partners(), t.audience(), t.deadline(), t.recurrence(), leader,
                t.output(), t.product(), t.footnotes());
    }

    private static Task withDeadline(Task t, String deadline) {
        return new Task(t.marker(), t.text(), t.action(), t.lead(), t.partners(), t.audience(), deadline, t.recurrence(), t.supervisor(),
                t.output(), t.product(), t.footnotes());
    }

    private static Task withLead(Task t, List<String> lead) {
        return new Task(t.marker(), t.text(), t.action(), lead, t.partners(), t.audience(), t.deadline(), t.recurrence(), t.supervisor(),
                t.output(), t.product(), t.footnotes());
    }

    private static String textOf(Object block) {
        return block instanceof Task t ? t.text() : block instanceof Paragraph p ? p.text() : null;
    }

    private static String markerOf(Object block) {
        return block instanceof Task t ? t.marker() : block instanceof Paragraph p ? p.marker() : null;
    }

    private static List<vn.vanban4j.model.Footnote> footnotesOf(Object block) {
        return block instanceof Task t ? t.footnotes() : block instanceof Paragraph p ? p.footnotes() : List.of();
    }

    private static String sourceOf(Object block) {
        return "the paragraph \"" + abbreviate(textOf(block)) + "\"";
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }
}
