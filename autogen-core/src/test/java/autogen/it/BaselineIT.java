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
        existing.execute("INSERT INTO author (id, name) VALUES (1, 'Ursula')");
        var s = new Scenario(existing, migrations);
        var baseline = s.autogen(Author.class, Book.class).baseline("baseline");
        assertThat(baseline.revision().down()).isEmpty();

        s.autogen(Author.class, Book.class).stamp(List.of("head"));
        assertThat(s.autogen(Author.class, Book.class).check().clean()).isTrue();
        assertThat(existing.column("SELECT name FROM author")).containsExactly("Ursula");

        TestDatabase fresh = existing.another();
        var f = new Scenario(fresh, migrations);
        f.autogen(Author.class, Book.class).upgrade("head", m -> {});
        assertThat(f.schema()).isEqualTo(s.schema());
        assertThat(f.autogen(Author.class, Book.class).check().clean()).isTrue();
    }

    @Test
    void aDatabaseMadeByHandIsBaselinedAsItIs(TestDatabase existing) {
        existing.execute("CREATE TABLE note (id serial PRIMARY KEY, body text NOT NULL, created timestamptz DEFAULT now())",
                "CREATE INDEX ix_note_created ON note (created DESC)", "CREATE SCHEMA archive",
                "CREATE TABLE archive.old_note (id int PRIMARY KEY, note_id int REFERENCES note (id))");
        var s = new Scenario(existing, migrations);
        s.autogen().baseline("baseline");
        TestDatabase fresh = existing.another();
        new Scenario(fresh, migrations).autogen().upgrade("head", m -> {});
        assertThat(Scenario.read(fresh)).isEqualTo(Scenario.read(existing));
    }
}
