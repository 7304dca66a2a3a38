package autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import autogen.inspect.HibernateExport;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Adopting a database that exists: baseline from the live schema, stamp it, fresh databases upgrade to the same. */
@ExtendWith(PostgresExtension.class)
class BaselineIT {

    @Entity(name = "Author") @Table(name = "author")
    static class Author { @Id @GeneratedValue Long id; @Column(nullable = false) String name; }

    @Entity(name = "Book") @Table(name = "book")
    static class Book { @Id @GeneratedValue Long id; String title; @ManyToOne Author author; }

    @TempDir
    Path migrations;

    @Test
    void aDatabaseHibernateCreatedIsAdoptedAndFreshOnesUpgradeToTheSameSchema(TestDatabase existing) {
        HibernateExport.create(List.of(Author.class, Book.class), existing.dataSource());
        existing.execute("INSERT INTO author (id, name) VALUES (1, 'Ursula')",
                // what another part of the application uses beside the entities: no entity maps it
                "CREATE TABLE shedlock (name varchar(64) PRIMARY KEY, lock_until timestamp NOT NULL)",
                "CREATE SEQUENCE report_seq");
        var s = new Scenario(existing, migrations);
        var baseline = s.autogen(Author.class, Book.class).baseline("baseline");
        assertThat(baseline.revision().down()).isEmpty();
        assertThat(baseline.leftAlone()).containsExactly("report_seq", "shedlock");

        s.autogen(Author.class, Book.class).stamp(List.of("head"), false);
        var check = s.autogen(Author.class, Book.class).check();
        assertThat(check.drift()).isEmpty();
        assertThat(check.clean()).isTrue();
        assertThat(existing.column("SELECT name FROM author")).containsExactly("Ursula");
        assertThat(existing.column("SELECT count(*) FROM autogen_version_history WHERE direction = 'stamp'")).containsExactly("1");

        TestDatabase fresh = existing.another();
        var f = new Scenario(fresh, migrations);
        f.autogen(Author.class, Book.class).upgrade("head", m -> {});
        existing.execute("DROP TABLE shedlock", "DROP SEQUENCE report_seq");
        assertThat(f.schema()).isEqualTo(s.schema());
        assertThat(f.autogen(Author.class, Book.class).check().clean()).isTrue();
    }

    @Entity(name = "Note") @Table(name = "note")
    static class Note { @Id Long id; String body; }

    @Test
    void aDatabaseMadeByHandIsBaselinedAsItIsOfWhatTheEntitiesMapAndWhatThatDependsOn(TestDatabase existing) {
        existing.execute("CREATE TYPE mood AS ENUM ('calm', 'busy')", "CREATE SEQUENCE note_number_seq",
                "CREATE TABLE author (id int PRIMARY KEY)",
                "CREATE TABLE note (id serial PRIMARY KEY, body text NOT NULL, created timestamptz DEFAULT now(), "
                        + "number bigint DEFAULT nextval('note_number_seq'), mood mood, author_id int REFERENCES author (id))",
                "CREATE INDEX ix_note_created ON note (created DESC)", "CREATE SCHEMA archive",
                "CREATE TABLE archive.old_note (id int PRIMARY KEY, note_id int REFERENCES note (id))",
                "CREATE TYPE unused AS ENUM ('x')");
        var s = new Scenario(existing, migrations);
        assertThat(s.autogen(Note.class).baseline("baseline").leftAlone()).containsExactly("archive.old_note", "unused");
        TestDatabase fresh = existing.another();
        new Scenario(fresh, migrations).autogen(Note.class).upgrade("head", m -> {});
        existing.execute("DROP TABLE archive.old_note", "DROP TYPE unused");
        assertThat(Scenario.read(fresh)).isEqualTo(Scenario.read(existing));
    }
}
