package vn.vanban4j.model;

/** Which layout rules a document follows: the Party's or the State's. */
public enum Family {
    /** Party committees and their boards (Hướng dẫn 36-HD/VPTW). */
    PARTY,
    /** State bodies (Nghị định 30/2020/NĐ-CP). */
    STATE
}
