package vn.ishc.fund.club;

/** Roles on the club board (Ban chủ nhiệm). Only one CHAIR and one TREASURER at a time. */
public enum BoardRole {
    CHAIR, VICE_CHAIR, TREASURER, OTHER;

    public boolean singleHolder() {
        return this == CHAIR || this == TREASURER;
    }
}
