package library;

import java.time.LocalDate;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts (autogen migrates the database before JPA validates it), registers and lends a book, prints the author's
 * books and stops. The database is spring.datasource.url (SPRING_DATASOURCE_URL, --spring.datasource.url=...);
 * {@code mvn spring-boot:test-run} runs it on an embedded PostgreSQL instead (TestLibraryApplication).
 */
@SpringBootApplication
public class LibraryApplication {

    public static void main(String[] args) {
        try (var context = SpringApplication.run(LibraryApplication.class, args)) {
            var library = context.getBean(Library.class);
            library.lend(library.register("Ursula K. Le Guin", "The Dispossessed", LocalDate.of(1974, 5, 1)));
            library.booksBy("Ursula K. Le Guin").forEach(book -> System.out.println("library: " + book));
        }
    }
}
