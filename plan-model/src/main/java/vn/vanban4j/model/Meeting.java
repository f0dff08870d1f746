package vn.vanban4j.model;

import java.util.List;

/**
 * The meeting a Giấy mời invites to or a Biên bản records, as written.
 *
 * @param time         when it starts ("08 giờ 00 phút, thứ Năm, ngày 10/9/2026")
 * @param place        where ("Hội trường tầng 3, trụ sở UBND tỉnh")
 * @param chair        who chairs it ("Đồng chí ..., Phó Chủ tịch UBND tỉnh")
 * @param secretary    who keeps the minutes (Biên bản)
 * @param participants who attends ("Thành phần"), one line each
 * @param ended        when it closed, the last line of a Biên bản ("11 giờ 30 phút cùng ngày")
 */
public record Meeting(String time, String place, String chair, String secretary, List<String> participants,
        String ended) {
    public Meeting {
        participants = Required.list(participants);
    }
}
