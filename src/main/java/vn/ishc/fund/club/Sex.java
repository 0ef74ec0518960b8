package vn.ishc.fund.club;

public enum Sex {
    FEMALE, MALE
}
