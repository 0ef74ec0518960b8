package vn.ishc.fund.club;

public enum DonorKind {
    INDIVIDUAL, FAMILY, BUSINESS, ORGANISATION, GOVERNMENT, NGO
}
