package vn.ishc.fund.fund;

public enum DonorKind {
    INDIVIDUAL, FAMILY, BUSINESS, ORGANISATION, GOVERNMENT, NGO
}
