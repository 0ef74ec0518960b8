package vn.ishc.fund.club;

/** Every board member gets an initial training and a refresher every year. */
public enum TrainingKind {
    INITIAL, REFRESHER
}
