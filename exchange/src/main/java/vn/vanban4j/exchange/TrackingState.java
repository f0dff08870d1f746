package vn.vanban4j.exchange;

/** Where a sent document stands at a receiver, as its status messages tell. */
public enum TrackingState {
    /** The receiver's software has it; no clerk has handled it yet. */
    RECEIVED,
    /** A clerk entered it in the register of incoming documents. */
    ACCEPTED,
    /** A leader assigned it to someone. */
    ASSIGNED,
    /** Being handled. */
    IN_PROGRESS,
    /** Handling finished. */
    DONE,
    /** Refused by the receiver. */
    REFUSED,
    /** Taken back at the sender's request, the receiver agreeing. */
    WITHDRAWN
}
