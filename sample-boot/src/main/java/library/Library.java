package library;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the application does with its entities: register books, lend them, list an author's. */
@Service
public class Library {

    private final AuthorRepository authors;
    private final BookRepository books;

    public Library(AuthorRepository authors, BookRepository books) {
        this.authors = authors;
        this.books = books;
    }

    /** Adds a book, and its author when the library has none of that name; returns the book's id. */
    @Transactional
    public long register(String authorName, String title, LocalDate publishedOn) {
        authors.addIfAbsent(authorName);
        Author author = authors.findByFullName(authorName).orElseThrow();
        var book = new Book(author, title);
        book.setPublishedOn(publishedOn);
        return books.save(book).getId();
    }

    @Transactional
    public void lend(long bookId) {
        books.findById(bookId).orElseThrow(() -> new IllegalArgumentException("no book " + bookId)).setStatus(BookStatus.ON_LOAN);
    }

    /** The author's books, in the order registered, as {@code title (published on, STATUS) by author}. */
    @Transactional(readOnly = true)
    public List<String> booksBy(String authorName) {
        return books.findByAuthorFullNameOrderByCreatedAt(authorName).stream()
                .map(book -> book.getTitle() + " (" + book.getPublishedOn() + ", " + book.getStatus() + ") by "
                        + book.getAuthor().getFullName())
                .toList();
    }
}
