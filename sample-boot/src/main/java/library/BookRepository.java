package library;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BookRepository extends JpaRepository<Book, Long> {

    /** A derived query across the @ManyToOne: book.author_id joined to author.full_name. */
    List<Book> findByAuthorFullNameOrderByCreatedAt(String fullName);
}
