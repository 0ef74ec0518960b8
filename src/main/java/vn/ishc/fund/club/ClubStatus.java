package vn.ishc.fund.club;

public enum ClubStatus {
    ACTIVE, SUSPENDED, DISSOLVED
}
