package library;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Arrays;

/**
 * The application on a throwaway embedded PostgreSQL, for trying it without a database:
 * {@code mvn -pl sample-boot spring-boot:test-run} (on the test class path, where the embedded server is).
 */
public final class TestLibraryApplication {

    private TestLibraryApplication() {
    }

    public static void main(String[] args) throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String[] withDatabase = Arrays.copyOf(args, args.length + 2);
            withDatabase[args.length] = "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres");
            withDatabase[args.length + 1] = "--spring.datasource.username=postgres";
            LibraryApplication.main(withDatabase);
        }
    }
}
