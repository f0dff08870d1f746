package vn.vanban4j.model;

import java.util.List;

/**
 * The duty of members to write a personal plan ("kế hoạch cá nhân").
 *
 * @param deadline         the time phrase as written
 * @param exemptions       who is exempt, as the plan words each group
 * @param exemptionRules   the same exemptions as rules the rules module applies
 * @param keyLeaderDuty    the extra duty of key leaders as written ("đăng ký nêu gương ..."); null if none
 */
public record PersonalPlans(String deadline, List<String> exemptions, List<MemberExemption> exemptionRules,
        String keyLeaderDuty) {
    public PersonalPlans {
        exemptions = Required.list(exemptions);
        exemptionRules = Required.list(exemptionRules);
    }

    /** Groups of members a plan exempts from writing a personal plan. */
    public enum MemberExemption {
        /** "đảng viên được miễn sinh hoạt (đảng)". */
        EXEMPT_FROM_PARTY_ACTIVITIES,
        /** "đảng viên hưu trí". */
        RETIRED,
        /** "đảng viên cao tuổi là người dân tộc thiểu số ít người". */
        ELDERLY_VERY_SMALL_ETHNIC_MINORITY,
        /** "đảng viên thuộc chi bộ bản, tổ dân phố không giữ chức vụ bí thư, phó bí thư chi bộ". */
        VILLAGE_CELL_MEMBER_NOT_SECRETARY
    }
}
