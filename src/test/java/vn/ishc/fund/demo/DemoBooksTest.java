package vn.ishc.fund.demo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The demo clubs' repayment profiles: how many due instalments each loan has paid. */
class DemoBooksTest {

    @Test
    void mostClubsPayEveryInstalmentDue() {
        for (int profile = 0; profile <= 5; profile++) {
            for (int loan = 0; loan < 8; loan++) {
                assertEquals(7, DemoBooks.paidInstalments(profile, loan, 7));
            }
        }
    }

    @Test
    void behindClubsMissTheLastInstalmentsOfTheirThirdLoan() {
        assertEquals(6, DemoBooks.paidInstalments(6, 2, 7));
        assertEquals(6, DemoBooks.paidInstalments(7, 2, 7));
        assertEquals(5, DemoBooks.paidInstalments(8, 2, 7));
        assertEquals(7, DemoBooks.paidInstalments(8, 1, 7));
    }

    @Test
    void aTroubledClubHasOneBorrowerStoppedAndAnotherThreeBehind() {
        assertEquals(2, DemoBooks.paidInstalments(9, 2, 7));
        assertEquals(1, DemoBooks.paidInstalments(9, 2, 1));
        assertEquals(4, DemoBooks.paidInstalments(9, 5, 7));
        assertEquals(0, DemoBooks.paidInstalments(9, 5, 2));
        assertEquals(7, DemoBooks.paidInstalments(9, 0, 7));
    }
}
