package dev.connector.customers;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Fifty customers in each demo hotel's chain: mostly guests from the hotel's own country, some from abroad, with
 * names, emails and phones that look real but are not (example domains, numbers reserved for fiction). The same
 * customers, ids and numbers on every fresh start; no events, since they existed before anyone subscribed.
 */
public final class CustomerDemoSeed implements DemoSeed {

    public static final int CUSTOMERS_PER_HOTEL = 50;

    /** Given names by sex and family names of one nationality. */
    private record Names(String nationality, List<String> male, List<String> female, List<String> family) {
    }

    private static final List<Names> NAMES = List.of(
            new Names("GB", List.of("Oliver", "George", "Harry", "Jack", "Thomas", "William", "James", "Arthur"),
                    List.of("Amelia", "Olivia", "Isla", "Emily", "Charlotte", "Sophie", "Grace", "Eleanor"),
                    List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomson", "Hughes",
                            "Wright", "Walker", "Roberts", "Clarke", "Hall")),
            new Names("US", List.of("Michael", "Ethan", "Noah", "Daniel", "Matthew", "Tyler", "Jacob", "Logan"),
                    List.of("Emma", "Ava", "Madison", "Abigail", "Hannah", "Chloe", "Brianna", "Zoe"),
                    List.of("Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Thomas",
                            "Jackson", "White", "Harris", "Robinson", "Lewis", "Carter")),
            new Names("IE", List.of("Cian", "Oisin", "Darragh", "Sean"), List.of("Aoife", "Saoirse", "Niamh", "Ciara"),
                    List.of("Murphy", "Kelly", "O'Sullivan", "Walsh", "Byrne", "O'Brien")),
            new Names("FR", List.of("Louis", "Hugo", "Mathis", "Julien"), List.of("Camille", "Léa", "Chloé", "Manon"),
                    List.of("Martin", "Bernard", "Dubois", "Laurent", "Lefèvre", "Moreau")),
            new Names("DE", List.of("Lukas", "Jonas", "Felix", "Maximilian"), List.of("Mia", "Hannah", "Lea", "Anna"),
                    List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner")),
            new Names("ES", List.of("Pablo", "Alejandro", "Hugo", "Javier"), List.of("Lucía", "Martina", "Sofía", "Paula"),
                    List.of("García", "Fernández", "López", "Sánchez", "Romero", "Navarro")),
            new Names("IT", List.of("Francesco", "Alessandro", "Lorenzo", "Matteo"),
                    List.of("Giulia", "Sofia", "Aurora", "Chiara"),
                    List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano")),
            new Names("NL", List.of("Daan", "Sem", "Bram"), List.of("Emma", "Julia", "Tess"),
                    List.of("de Jong", "Jansen", "de Vries", "Bakker", "Visser")),
            new Names("PL", List.of("Jakub", "Kacper", "Piotr"), List.of("Zuzanna", "Maja", "Agnieszka"),
                    List.of("Nowak", "Kowalski", "Wiśniewski", "Wójcik")),
            new Names("SE", List.of("Erik", "Oskar", "Nils"), List.of("Astrid", "Elsa", "Freja"),
                    List.of("Andersson", "Johansson", "Karlsson", "Lindqvist")),
            new Names("CA", List.of("Liam", "Owen", "Nathan"), List.of("Olivia", "Charlotte", "Maëlle"),
                    List.of("Tremblay", "Gagnon", "Roy", "MacDonald")),
            new Names("MX", List.of("Santiago", "Mateo", "Diego"), List.of("Valentina", "Ximena", "Regina"),
                    List.of("Hernández", "González", "Ramírez", "Flores")),
            new Names("BR", List.of("Gabriel", "Rafael", "Thiago"), List.of("Beatriz", "Larissa", "Mariana"),
                    List.of("Silva", "Santos", "Oliveira", "Souza")),
            new Names("JP", List.of("Haruto", "Ren", "Sota"), List.of("Yui", "Himari", "Sakura"),
                    List.of("Sato", "Suzuki", "Takahashi", "Tanaka")),
            new Names("IN", List.of("Aarav", "Vihaan", "Arjun"), List.of("Ananya", "Diya", "Priya"),
                    List.of("Sharma", "Patel", "Iyer", "Reddy")),
            new Names("AU", List.of("Jack", "Cooper", "Lachlan"), List.of("Matilda", "Ruby", "Isabella"),
                    List.of("Nguyen", "Kelly", "Mitchell", "Campbell")),
            new Names("KR", List.of("Minjun", "Seojun", "Jiho"), List.of("Seoyeon", "Jiwoo", "Hayoon"),
                    List.of("Kim", "Lee", "Park", "Choi")));

    private static final List<String> UK_ABROAD = List.of("IE", "FR", "DE", "ES", "IT", "NL", "PL", "SE", "US", "AU",
            "JP", "IN");
    private static final List<String> US_ABROAD = List.of("CA", "MX", "GB", "DE", "FR", "BR", "JP", "KR", "IN", "IT",
            "ES");
    private static final List<String> DOMAINS = List.of("example.com", "example.org", "example.net", "mail.example",
            "inbox.example");
    private static final List<CustomerClassification> CLASSIFICATIONS = List.of(CustomerClassification.Returning,
            CustomerClassification.LoyaltyProgram, CustomerClassification.Important,
            CustomerClassification.VeryImportant, CustomerClassification.Media, CustomerClassification.Staff,
            CustomerClassification.FriendOrFamily, CustomerClassification.Student, CustomerClassification.Airline,
            CustomerClassification.DisabledPerson);
    private static final List<SpaceFeature> FEATURES = List.of(SpaceFeature.HighFloor, SpaceFeature.TwinBeds,
            SpaceFeature.DoubleBed, SpaceFeature.AccessibleRoom, SpaceFeature.Balcony, SpaceFeature.AirConditioning,
            SpaceFeature.ElevatorAccess);
    private static final List<String> DIETS = List.of("Vegan", "Vegetarian", "Gluten free", "Halal", "Kosher",
            "Lactose free", "Nut allergy");
    private static final List<String> OCCUPATIONS = List.of("Architect", "Teacher", "Software engineer", "Nurse",
            "Journalist", "Accountant", "Chef", "Consultant", "Photographer", "Pilot", "Student", "Pharmacist");
    private static final List<String> NOTES = List.of("Prefers a quiet room away from the lift.",
            "Usually arrives late in the evening.", "Allergic to feathers: hypoallergenic pillows, please.",
            "Celebrates a wedding anniversary in June.", "Likes a newspaper with breakfast.",
            "Travels with a small dog.");
    private static final List<String[]> UK_ADDRESSES = List.of(
            new String[]{"14 Albion Road", "London", "N16 9PH", "GB-ENG"},
            new String[]{"3 Whitworth Street", "Manchester", "M1 3BB", "GB-ENG"},
            new String[]{"27 Rose Street", "Edinburgh", "EH2 2PR", "GB-SCT"},
            new String[]{"8 Castle Arcade", "Cardiff", "CF10 1BU", "GB-WLS"},
            new String[]{"45 Clifton Down", "Bristol", "BS8 3HT", "GB-ENG"});
    private static final List<String[]> US_ADDRESSES = List.of(
            new String[]{"1520 Corcoran Street NW", "Washington", "20009", "US-DC"},
            new String[]{"88 Bleecker Street", "New York", "10012", "US-NY"},
            new String[]{"2301 Lake Shore Drive", "Chicago", "60614", "US-IL"},
            new String[]{"415 Mission Street", "San Francisco", "94105", "US-CA"},
            new String[]{"77 Beacon Street", "Boston", "02108", "US-MA"});

    private final CustomerStore store;

    public CustomerDemoSeed(CustomerStore store) {
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        String home = hotel.enterprise().countryCode();
        Random random = new Random(("customers/" + hotel.key()).hashCode());
        Instant now = tx.now().truncatedTo(ChronoUnit.SECONDS);
        UUID reception = hotel.id("profile/reception");
        Set<String> emails = new HashSet<>();
        for (int n = 1; n <= CUSTOMERS_PER_HOTEL; n++) {
            String nationality = random.nextInt(100) < 60 ? home : pick(random, "US".equals(home) ? US_ABROAD : UK_ABROAD);
            Profile profile = profile(random, hotel, n, nationality, home, emails);
            Instant created = now.minus(Duration.ofDays(20 + random.nextInt(880)))
                    .minusSeconds(random.nextInt(86_400));
            Instant updated = created.plusSeconds((long) (random.nextDouble() * Duration.between(created, now).getSeconds()));
            String number = store.nextNumber(tx.handle(), hotel.chainId());
            Customer customer = Customer.create(hotel.id("customer/" + n), hotel.chainId(), number, profile, created,
                    reception).withProfile(profile, updated, reception);
            store.insert(tx.handle(), customer);
        }
    }

    private static Profile profile(Random random, DemoHotel hotel, int n, String nationality, String home,
                                   Set<String> emails) {
        Names names = NAMES.stream().filter(pool -> pool.nationality().equals(nationality)).findFirst().orElseThrow();
        Sex sex = random.nextBoolean() ? Sex.Male : Sex.Female;
        String first = pick(random, sex == Sex.Male ? names.male() : names.female());
        String last = pick(random, names.family());
        Title title = random.nextInt(100) < 80
                ? (sex == Sex.Male ? Title.Mister : random.nextBoolean() ? Title.Miss : Title.Misses)
                : null;
        String email = random.nextInt(100) < 90 ? email(random, first, last, emails) : null;
        String phone = random.nextInt(100) < 60 ? phone(random, home) : null;
        LocalDate birthDate = random.nextInt(100) < 70
                ? LocalDate.of(1948 + random.nextInt(57), 1 + random.nextInt(12), 1 + random.nextInt(28))
                : null;
        List<CustomerClassification> classifications = new ArrayList<>();
        if (random.nextInt(100) < 25) {
            classifications.add(pick(random, CLASSIFICATIONS));
            if (random.nextBoolean()) {
                CustomerClassification second = pick(random, CLASSIFICATIONS);
                if (!classifications.contains(second)) {
                    classifications.add(second);
                }
            }
        }
        String loyaltyCode = classifications.contains(CustomerClassification.LoyaltyProgram)
                ? "LOY" + (100_000 + random.nextInt(900_000))
                : null;
        List<CustomerOption> options = new ArrayList<>();
        if (random.nextInt(100) < 40) {
            options.add(CustomerOption.SendMarketingEmails);
        }
        if (random.nextInt(100) < 10) {
            options.add(CustomerOption.Invoiceable);
        }
        List<SpaceFeature> features = random.nextInt(100) < 20 ? List.of(pick(random, FEATURES)) : List.of();
        CustomerAddress address = null;
        if (nationality.equals(home) && random.nextInt(100) < 40) {
            String[] line = pick(random, "US".equals(home) ? US_ADDRESSES : UK_ADDRESSES);
            address = new CustomerAddress(hotel.id("customer/" + n + "/address"), line[0], null, line[1], line[2],
                    home, line[3], null, null);
        }
        String preferredLanguage = random.nextInt(100) < 30 ? Customer.nativeLanguage(nationality) : null;
        return new Profile(title, sex, first, last, null, nationality, preferredLanguage, birthDate, null,
                random.nextInt(100) < 35 ? pick(random, OCCUPATIONS) : null, email, phone, null, loyaltyCode,
                random.nextInt(100) < 12 ? pick(random, NOTES) : null,
                random.nextInt(100) < 10 ? carRegistration(random, home) : null,
                random.nextInt(100) < 10 ? pick(random, DIETS) : null, address, classifications, options, features,
                null, null, null);
    }

    /** first.last@domain without accents or spaces, made unique within the chain with a number when needed. */
    private static String email(Random random, String first, String last, Set<String> taken) {
        String local = plain(first) + "." + plain(last);
        String domain = pick(random, DOMAINS);
        String email = local + "@" + domain;
        for (int suffix = 2; !taken.add(email); suffix++) {
            email = local + suffix + "@" + domain;
        }
        return email;
    }

    private static String plain(String name) {
        String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replace("ł", "l").replaceAll("[^a-z]", "");
    }

    // Numbers reserved for drama and fiction: UK 07700 900000-900999, North America 555-0100 to 555-0199.
    private static String phone(Random random, String home) {
        return "US".equals(home)
                ? String.format(Locale.ROOT, "+1 202 555 %04d", 100 + random.nextInt(100))
                : String.format(Locale.ROOT, "+44 7700 900%03d", random.nextInt(1000));
    }

    private static String carRegistration(Random random, String home) {
        String letters = "ABCDEFGHJKLMNPRSTVWXYZ";
        char a = letters.charAt(random.nextInt(letters.length()));
        char b = letters.charAt(random.nextInt(letters.length()));
        char c = letters.charAt(random.nextInt(letters.length()));
        return "US".equals(home)
                ? String.format(Locale.ROOT, "%c%c%c-%04d", a, b, c, random.nextInt(10_000))
                : String.format(Locale.ROOT, "%c%c%02d %c%c%c", a, b, 10 + random.nextInt(60), c, a, b);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
