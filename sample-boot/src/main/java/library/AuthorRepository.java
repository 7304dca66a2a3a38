package library;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AuthorRepository extends JpaRepository<Author, Long> {

    Optional<Author> findByFullName(String fullName);

    /**
     * Adds the author unless one of that name exists: safe when two instances add the same author at once (the
     * second waits for the first's row, then does nothing), where find-then-save would break the unique key.
     */
    @Modifying
    @Query(value = "INSERT INTO author (full_name, created_at) VALUES (:fullName, clock_timestamp()) "
            + "ON CONFLICT (full_name) DO NOTHING", nativeQuery = true)
    void addIfAbsent(String fullName);
}
