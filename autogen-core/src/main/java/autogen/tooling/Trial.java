package autogen.tooling;

import autogen.DatabaseException;
import autogen.MigrationException;
import autogen.diff.MigrationPlan;
import autogen.ops.CreateIndex;
import autogen.ops.CreateTable;
import autogen.ops.DropIndex;
import autogen.ops.Irreversible;
import autogen.ops.Operation;
import autogen.render.OperationTarget;
import autogen.sql.Identifiers;
import autogen.sql.PostgresDdl;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.postgresql.util.PSQLException;

/**
 * {@code revision}'s trial: Hibernate accepts mappings PostgreSQL rejects (a {@code columnDefinition} of another
 * database's type, a default that is no expression), which would otherwise surface at {@code upgrade}. Before the
 * class is written, its upgrade, its downgrade and its upgrade again run on the embedded database at the head of
 * the history, in one transaction that is always rolled back, so the database (a cached snapshot) is left as it was.
 *
 * <p>Index builds and drops written {@code CONCURRENTLY} run plainly here, as a transaction requires; a step the
 * developer must write ({@code op.irreversible}) ends the trial of its direction, since what follows may need it.
 */
final class Trial {

    private Trial() {}

    /**
     * {@code origin}: (table, column or null) → where it comes from ({@code demo.Orders.customer}), for the message.
     *
     * @throws MigrationException naming the step PostgreSQL rejected, what maps it, the statement and PostgreSQL's reason
     */
    static void run(Connection c, MigrationPlan plan, BiFunction<String, Optional<String>, Optional<String>> origin) {
        run(c, List.of(plan), origin);
    }

    /**
     * Revisions that follow each other ({@code --expand-contract}'s two): every upgrade in order, every downgrade in
     * the reverse order, every upgrade again. A step's direction names its revision when there are several.
     */
    static void run(Connection c, List<MigrationPlan> plans, BiFunction<String, Optional<String>, Optional<String>> origin) {
        try {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                for (int i = 0; i < plans.size(); i++) apply(c, "upgrade" + of(plans, i), plans.get(i).upgrade(), origin);
                for (int i = plans.size() - 1; i >= 0; i--) apply(c, "downgrade" + of(plans, i), plans.get(i).downgrade(), origin);
                for (int i = 0; i < plans.size(); i++)
                    apply(c, "upgrade" + of(plans, i) + " after the downgrade", plans.get(i).upgrade(), origin);
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw DatabaseException.of("cannot try the revision on the embedded database", e);
        }
    }

    /** " of revision 2 of 2", when there are several. */
    private static String of(List<MigrationPlan> plans, int i) {
        return plans.size() == 1 ? "" : " of revision " + (i + 1) + " of " + plans.size();
    }

    private static void apply(Connection c, String direction, List<Operation> steps,
            BiFunction<String, Optional<String>, Optional<String>> origin) throws SQLException {
        var ddl = new PostgresDdl();
        for (int i = 0; i < steps.size(); i++) {
            Operation step = inTransaction(steps.get(i));
            if (step instanceof Irreversible) return;
            List<String> statements;
            try {
                statements = ddl.statements(List.of(step));
            } catch (autogen.ops.IrreversibleOperationException e) {
                return;   // a step without SQL of its own, as an irreversible one
            }
            for (String statement : statements)
                try (var s = c.createStatement()) {
                    s.execute(statement);
                } catch (SQLException e) {
                    var target = OperationTarget.of(step).map(t -> t.column().isPresent() ? t
                            : new OperationTarget(t.table(), columnAt(step, statement, e)));
                    String from = target.flatMap(t -> origin.apply(t.table(), t.column()))
                            .or(() -> target.map(t -> "table " + t.table())).map(o -> " (" + o + ")").orElse("");
                    throw new MigrationException("revision not written: PostgreSQL rejects step " + (i + 1) + " of the "
                            + direction + from + ": " + reason(e) + "; the statement was: " + statement
                            + ". Fix the mapping, or write the revision anyway with --no-trial and edit it", e);
                }
        }
    }

    /**
     * In a {@code CREATE TABLE} PostgreSQL rejects, the column whose definition holds the position it points at
     * ({@code type "longtext" does not exist}, at the type).
     */
    private static Optional<String> columnAt(Operation step, String statement, SQLException e) {
        if (!(step instanceof CreateTable create) || !(e instanceof PSQLException p) || p.getServerErrorMessage() == null)
            return Optional.empty();
        int position = p.getServerErrorMessage().getPosition() - 1;   // 1-based
        if (position < 0) return Optional.empty();
        String best = null;
        int bestAt = -1;
        for (var column : create.table().columns()) {
            int at = definitionStart(statement, Identifiers.quote(column.name()));
            if (at >= 0 && at <= position && at > bestAt) {
                best = column.name();
                bestAt = at;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int definitionStart(String statement, String quotedName) {
        int open = statement.indexOf('(');
        for (String before : List.of("(", ", ")) {
            int at = statement.indexOf(before + quotedName + " ", open);
            if (at >= 0) return at + before.length();
        }
        return -1;
    }

    /** The step as it can run inside a transaction: an index built or dropped plainly instead of concurrently. */
    private static Operation inTransaction(Operation step) {
        if (step instanceof CreateIndex i && i.concurrently()) return new CreateIndex(i.table(), i.index(), false);
        if (step instanceof DropIndex d && d.concurrently()) return new DropIndex(d.table(), d.name(), d.existing(), false);
        return step;
    }

    /** PostgreSQL's message, its first line: {@code ERROR: type "longtext" does not exist}. */
    private static String reason(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
