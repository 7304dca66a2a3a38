package autogen.it;

import autogen.tooling.RevisionRequest;
import static org.assertj.core.api.Assertions.assertThat;

import autogen.diff.Comparator;
import autogen.inspect.EntityInspector;
import autogen.reflect.ExpressionCanonicalizer;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hibernate's own schema export is the oracle: for the same entities, an empty database migrated by autogen and
 * an empty database exported by Hibernate hold the same schema, and neither shows drift against the entities.
 */
@ExtendWith(PostgresExtension.class)
class OracleIT {

    // --- a library: identity and sequence ids, unique column, on-delete cascade, an index
    @Entity(name = "Author") @Table(name = "author")
    static class Author {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(nullable = false) String name;
        @Column(unique = true, length = 320) String email;
    }

    @Entity(name = "Book") @Table(name = "book", indexes = @Index(name = "ix_book_title", columnList = "title"))
    static class Book {
        @Id @GeneratedValue Long id;
        @Column(nullable = false, length = 500) String title;
        @Column(length = 13) String isbn;
        LocalDate published;
        @Column(precision = 10, scale = 2) BigDecimal price;
        @ManyToOne(optional = false) @OnDelete(action = OnDeleteAction.CASCADE) Author author;
        @Version int version;
    }

    // --- every common basic type, an embeddable, enums, defaults
    enum Level { LOW, HIGH }

    @Embeddable
    static class Address { String street; @Column(name = "postal_code", length = 16) String postalCode; }

    @Entity(name = "Everything") @Table(name = "everything")
    static class Everything {
        @Id UUID id;
        boolean active;
        int count;
        long total;
        short small;
        double ratio;
        float rough;
        BigDecimal amount;
        @ColumnDefault("0") Integer score;
        @ColumnDefault("'new'") String label;
        LocalDate day;
        LocalTime clock;
        LocalDateTime local;
        Instant instant;
        OffsetDateTime offsetTime;   // not "offset": Hibernate does not quote reserved words in its export
        byte[] data;
        @Enumerated(EnumType.ORDINAL) Level ordinalLevel;
        @Enumerated(EnumType.STRING) Level stringLevel;
        @Embedded Address address;
    }

    // --- relationships: many-to-many join table, one-to-one, self reference, composite unique, multi-column index
    @Entity(name = "Person")
    @Table(name = "person", uniqueConstraints = @UniqueConstraint(name = "uk_person_name", columnNames = {"last_name", "first_name"}),
            indexes = @Index(name = "ix_person_city_last", columnList = "city, last_name"))
    static class Person {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "first_name") String firstName;
        @Column(name = "last_name") String lastName;
        String city;
        @ManyToOne Person mentor;
        @OneToOne @JoinColumn(name = "passport_id") Passport passport;
        @ManyToMany @JoinTable(name = "person_club") Set<Club> clubs;
        @ElementCollection @CollectionTable(name = "person_nickname") List<String> nicknames;
    }

    @Entity(name = "Passport") @Table(name = "passport")
    static class Passport { @Id Long id; @Column(nullable = false, length = 20) String number; }

    @Entity(name = "Club") @Table(name = "club")
    static class Club { @Id Long id; String name; }

    static Stream<Arguments> models() {
        return Stream.of(
                new Class<?>[] {Author.class, Book.class},
                new Class<?>[] {Everything.class},
                new Class<?>[] {Person.class, Passport.class, Club.class}).map(model -> Arguments.of((Object) model));
    }

    @TempDir
    Path migrations;

    @ParameterizedTest
    @MethodSource("models")
    void migratedSchemaEqualsHibernatesExportAndNeitherDrifts(Class<?>[] model, TestDatabase db) throws SQLException {
        var s = new Scenario(db, migrations);
        var revision = s.autogen(model).revision(RevisionRequest.of("initial"));
        assertThat(revision.file()).isPresent();
        s.autogen(model).upgrade("head", m -> {});

        var exported = s.hibernateExport(model);
        assertThat(s.schema()).isEqualTo(exported);
        assertThat(s.autogen(model).check().clean()).isTrue();
        var target = EntityInspector.forClasses(List.of(model)).read();
        try (var c = db.connect()) {
            assertThat(new Comparator(ExpressionCanonicalizer.canonical(c, exported, target)).compare(exported, target))
                    .as("drift of Hibernate's export").isEmpty();
        }
    }
}
