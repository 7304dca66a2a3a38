package library.migrations;

import static autogen.migration.Dsl.*;

import autogen.migration.Migration;
import autogen.migration.Ops;
import autogen.migration.Revision;

/**
 * add book published on
 *
 * <p>Revision 41ce66305333, from f5e67d729df0, created 2026-12-02T05:47:01Z by autogen. Review before applying: comments mark the
 * steps that destroy data or can fail on existing rows.
 */
@Revision(
        id = "41ce66305333",
        down = "f5e67d729df0",
        message = "add book published on",
        created = "2026-12-02T05:47:01Z"
)
public final class V20261202_054701_AddBookPublishedOn implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.addColumn("book", column("published_on", "date"));
    }

    @Override
    public void downgrade(Ops op) {
        // AG102 DESTROYS: drops book.published_on and its data
        op.dropColumn("book", "published_on");
    }
}
