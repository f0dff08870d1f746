package vn.vanban4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The units under an issuing body and their members, against which a plan's group names
 * ("Các chi bộ, đảng bộ cơ sở") are expanded into the units that owe the duties.
 *
 * @param name  what the chart describes ("Đảng bộ thành phố Lai Châu")
 * @param note  provenance, e.g. that the chart is illustrative
 * @param units every unit, parents before children
 */
public record OrgChart(@JsonProperty(required = true) String name, String note,
        @JsonProperty(required = true) List<Unit> units) {
    public OrgChart {
        Required.text(name, "name");
        units = Required.list(units);
    }

    /**
     * A unit: a committee, board, cell, state body or organisation.
     *
     * @param id          a short stable identifier
     * @param name        the unit's name as plans write it ("Ban Tuyên giáo Thành ủy")
     * @param kind        what the unit is
     * @param parent      the id of the unit above; null at the top
     * @param groups      the group names a plan may use for it ("Các chi bộ, đảng bộ cơ sở")
     * @param residential true for a village or residential-group cell ("chi bộ bản, tổ dân phố")
     * @param members     the unit's Party members, when personal plans are tracked
     * @param organId     the unit's electronic identifier for document exchange ("mã định danh",
     *                    Thông tư 10/2016/TT-BTTTT: {@code 000.00.00.H41}); null when not known
     */
    public record Unit(@JsonProperty(required = true) String id, @JsonProperty(required = true) String name,
            @JsonProperty(required = true) UnitKind kind, String parent, List<String> groups, boolean residential,
            List<Member> members, String organId) {
        public Unit {
            Required.text(id, "id");
            Required.text(name, "name");
            groups = Required.list(groups);
            members = Required.list(members);
            if (organId != null && organId.isBlank()) {
                throw new IllegalArgumentException("organId must name an identifier or be left out");
            }
        }

        /** A unit without an electronic identifier (the shape before {@code organId} existed). */
        public Unit(String id, String name, UnitKind kind, String parent, List<String> groups, boolean residential,
                List<Member> members) {
            this(id, name, kind, parent, groups, residential, members, null);
        }
    }

    /** What a unit is. */
    public enum UnitKind {
        /** A Party committee (Thành ủy, Huyện ủy, Đảng ủy xã). */
        PARTY_COMMITTEE,
        /** A board or office of a committee (Ban Tuyên giáo, Văn phòng). */
        PARTY_BOARD,
        /** A grassroots Party committee ("đảng bộ cơ sở"). */
        GRASSROOTS_COMMITTEE,
        /** A Party cell ("chi bộ"). */
        PARTY_CELL,
        /** A state body (UBND, HĐND, phòng, sở). */
        STATE_BODY,
        /** The Fatherland Front or a mass organisation (MTTQ, Đoàn, Hội). */
        MASS_ORGANISATION,
        /** A political training centre or school. */
        TRAINING_CENTRE,
        OTHER
    }

    /**
     * A Party member, with what decides whether a personal plan is owed.
     *
     * @param name       the member's name
     * @param cellRole   the member's role in the cell, if any
     * @param keyLeader  true for key leaders, who also register 1-2 exemplary tasks
     * @param statuses   statuses that may exempt the member
     */
    public record Member(@JsonProperty(required = true) String name, CellRole cellRole, boolean keyLeader,
            List<MemberStatus> statuses) {
        public Member {
            Required.text(name, "name");
            statuses = Required.list(statuses);
        }
    }

    /** A member's role in a cell. */
    public enum CellRole {
        SECRETARY,
        DEPUTY_SECRETARY
    }

    /** A member's status that a plan may exempt. */
    public enum MemberStatus {
        EXEMPT_FROM_PARTY_ACTIVITIES,
        RETIRED,
        ELDERLY_VERY_SMALL_ETHNIC_MINORITY
    }
}
