package vn.ishc.fund.demo;

import vn.ishc.fund.club.PovertyStatus;
import vn.ishc.fund.club.Sex;
import vn.ishc.fund.geo.AreaType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a realistic, reproducible demo population (fixed seed): members whose make-up follows
 * the national quotas — about 70% elderly, 60–70% women, 60–70% poor, near-poor or disadvantaged —
 * with Vietnamese names and the ethnic mix of a northern mountain province. Pure: no database.
 */
public final class DemoPopulation {

    private static final String[] FAMILY = {"Nguyễn", "Hoàng", "Nông", "Lương", "Vi", "Hà", "Lộc", "Triệu", "Chu",
            "Đinh", "Trần", "Lê", "Phạm", "Bế", "Lăng", "Mông", "Vũ", "Đặng", "Hứa", "Dương"};
    private static final String[] WOMEN = {"Lan", "Hoa", "Huệ", "Mai", "Hương", "Thu", "Hằng", "Nga", "Liên", "Dung",
            "Thảo", "Xuân", "Hiền", "Nhung", "Vân", "Yến", "Phượng", "Tuyết", "Loan", "Bích", "Cúc", "Đào"};
    private static final String[] MEN = {"Hùng", "Dũng", "Minh", "Tuấn", "Thắng", "Quang", "Sơn", "Hải", "Bình",
            "Cường", "Đức", "Khánh", "Long", "Nam", "Phúc", "Tài", "Thành", "Vinh", "Chiến", "Lợi", "Toàn"};
    private static final String[] WOMEN_MIDDLE = {"Thị", "Thị", "Thị", "Thị Thu", "Thị Minh", "Thị Kim", "Thị Hồng"};
    private static final String[] MEN_MIDDLE = {"Văn", "Văn", "Văn", "Đình", "Quốc", "Minh", "Xuân"};

    /** One generated member. */
    public record Person(String fullName, Sex sex, int birthYear, PovertyStatus poverty, String ethnicity,
                         String phone, LocalDate joinedOn) {
    }

    private final Random random;
    private final int currentYear;

    public DemoPopulation(long seed, int currentYear) {
        this.random = new Random(seed);
        this.currentYear = currentYear;
    }

    public List<Person> members(int count, AreaType area, LocalDate founded, LocalDate today) {
        List<Person> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(person(area, i < count * 0.8 ? founded : between(founded, today)));
        }
        return out;
    }

    private Person person(AreaType area, LocalDate joined) {
        Sex sex = random.nextInt(100) < 65 ? Sex.FEMALE : Sex.MALE;
        boolean elderly = random.nextInt(100) < 71;
        int age = elderly ? 60 + skewedYoung(30) : 18 + random.nextInt(40);
        String name = pick(FAMILY) + " " + (sex == Sex.FEMALE ? pick(WOMEN_MIDDLE) + " " + pick(WOMEN)
                : pick(MEN_MIDDLE) + " " + pick(MEN));
        int p = random.nextInt(100);
        PovertyStatus poverty = p < 24 ? PovertyStatus.POOR : p < 46 ? PovertyStatus.NEAR_POOR
                : p < 65 ? PovertyStatus.DISADVANTAGED : PovertyStatus.NONE;
        String phone = random.nextInt(100) < 60 ? "09" + String.format("%08d", random.nextInt(100_000_000)) : null;
        return new Person(name, sex, currentYear - age, poverty, ethnicity(area), phone, joined);
    }

    /** Ages thin out towards the top: 60s most common, 80s rare. */
    private int skewedYoung(int range) {
        return Math.min(random.nextInt(range), random.nextInt(range));
    }

    private String ethnicity(AreaType area) {
        int e = random.nextInt(100);
        if (area == AreaType.PLAINS) {
            return e < 60 ? "Kinh" : e < 85 ? "Tày" : "Nùng";
        }
        return e < 40 ? "Tày" : e < 75 ? "Nùng" : e < 90 ? "Kinh" : e < 97 ? "Dao" : "H'Mông";
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = Math.max(1, to.toEpochDay() - from.toEpochDay());
        return from.plusDays(random.nextLong(days));
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
