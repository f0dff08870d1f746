package vn.vanban4j.rules;

/** The public holidays of Bộ luật Lao động 2019, Art. 112, and room for others an overlay adds. */
public enum Holiday {
    /** 1/1, "Tết Dương lịch". */
    NEW_YEAR("Tết Dương lịch"),
    /** Tết Nguyên Đán: five days, which five decided each year. */
    LUNAR_NEW_YEAR("Tết Nguyên Đán"),
    /** 10/3 lunar, "Giỗ Tổ Hùng Vương". */
    HUNG_KINGS("Giỗ Tổ Hùng Vương"),
    /** 30/4, "Ngày Chiến thắng". */
    REUNIFICATION("Ngày Chiến thắng"),
    /** 1/5, "Ngày Quốc tế Lao động". */
    LABOUR("Ngày Quốc tế Lao động"),
    /** 2/9 and an adjacent day, "Quốc khánh". */
    NATIONAL_DAY("Quốc khánh"),
    /** A day off that an overlay adds (e.g. 24/11 "Ngày Văn hóa Việt Nam" once it is law). */
    OTHER("Ngày nghỉ");

    private final String vietnameseName;

    Holiday(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
