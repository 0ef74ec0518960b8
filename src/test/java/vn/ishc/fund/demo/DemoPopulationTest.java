package vn.ishc.fund.demo;

import org.junit.jupiter.api.Test;
import vn.ishc.fund.club.PovertyStatus;
import vn.ishc.fund.club.Sex;
import vn.ishc.fund.geo.AreaType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoPopulationTest {

    private static final LocalDate FOUNDED = LocalDate.of(2019, 4, 1);
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 20);

    private static List<DemoPopulation.Person> sample(long seed, AreaType area) {
        DemoPopulation population = new DemoPopulation(seed, 2025);
        List<DemoPopulation.Person> out = new ArrayList<>();
        for (int club = 0; club < 400; club++) {
            out.addAll(population.members(50, area, FOUNDED, TODAY));
        }
        return out;
    }

    private static double percent(List<DemoPopulation.Person> people, Predicate<DemoPopulation.Person> p) {
        return 100.0 * people.stream().filter(p).count() / people.size();
    }

    @Test
    void aLargeSampleMeetsTheNationalQuotas() {
        List<DemoPopulation.Person> people = sample(42L, AreaType.MOUNTAINOUS);
        assertEquals(20_000, people.size());
        double elderly = percent(people, p -> 2025 - p.birthYear() >= 60);
        double women = percent(people, p -> p.sex() == Sex.FEMALE);
        double poor = percent(people, p -> p.poverty() != PovertyStatus.NONE);
        assertTrue(elderly >= 68 && elderly <= 74, "about 70% elderly: " + elderly);
        assertTrue(women >= 62 && women <= 68, "60–70% women: " + women);
        assertTrue(poor >= 62 && poor <= 68, "60–70% poor, near-poor or disadvantaged: " + poor);
        assertTrue(percent(people, p -> p.poverty() == PovertyStatus.POOR) > 20);
        assertTrue(percent(people, p -> p.poverty() == PovertyStatus.NEAR_POOR) > 15);
        assertTrue(percent(people, p -> p.poverty() == PovertyStatus.DISADVANTAGED) > 15);
    }

    @Test
    void peopleArePlausible() {
        for (DemoPopulation.Person p : sample(7L, AreaType.PLAINS)) {
            int age = 2025 - p.birthYear();
            assertTrue(age >= 18 && age <= 89, "age " + age);
            assertFalse(p.fullName().isBlank());
            assertTrue(p.fullName().split(" ").length >= 3, "family, middle and given name: " + p.fullName());
            assertTrue(p.sex() == Sex.FEMALE ? p.fullName().contains(" Thị") : !p.fullName().contains(" Thị "), p.fullName());
            assertFalse(p.joinedOn().isBefore(FOUNDED), "joined before the founding");
            assertFalse(p.joinedOn().isAfter(TODAY), "joined in the future");
            assertTrue(p.phone() == null || p.phone().matches("09[0-9]{8}"), p.phone());
            assertFalse(p.ethnicity().isBlank());
        }
    }

    @Test
    void mostFoundingMembersJoinOnTheFoundingDay() {
        List<DemoPopulation.Person> club = new DemoPopulation(1L, 2025).members(50, AreaType.BORDER, FOUNDED, TODAY);
        long founders = club.stream().filter(p -> p.joinedOn().equals(FOUNDED)).count();
        assertTrue(founders >= 40 && founders < 50, "the first 80% are founders, later ones joined since: " + founders);
    }

    @Test
    void ethnicMixFollowsTheAreaType() {
        double kinhPlains = percent(sample(3L, AreaType.PLAINS), p -> p.ethnicity().equals("Kinh"));
        double kinhMountains = percent(sample(3L, AreaType.ETHNIC_MINORITY), p -> p.ethnicity().equals("Kinh"));
        assertTrue(kinhPlains > 50, "Kinh majority in the plains: " + kinhPlains);
        assertTrue(kinhMountains < 25, "Tày, Nùng, Dao, H'Mông in the mountains: " + kinhMountains);
    }

    @Test
    void theSameSeedGivesTheSamePeople() {
        assertEquals(sample(20250501L, AreaType.MOUNTAINOUS), sample(20250501L, AreaType.MOUNTAINOUS));
        assertFalse(sample(1L, AreaType.MOUNTAINOUS).equals(sample(2L, AreaType.MOUNTAINOUS)));
    }
}
