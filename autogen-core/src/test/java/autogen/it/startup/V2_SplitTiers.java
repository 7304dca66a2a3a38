package autogen.it.startup;

import autogen.migration.Migration;
import autogen.migration.Ops;
import autogen.migration.Revision;

/** A Java data migration: reads rows through the running transaction's connection and writes back what SQL cannot. */
@Revision(id = "a20000000002", down = "a10000000001", message = "tiers from names", created = "2026-12-02T00:01:00Z")
public final class V2_SplitTiers implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("INSERT INTO account (id, name) VALUES (?, ?), (?, ?)", 1, "alan", 2, "grace");
        // the ? inside the quoted literal is text, not a parameter mark
        op.execute("UPDATE account SET name = name || '?' WHERE id = ?", 2);
        op.jdbc("tier = reversed name", connection -> {
            try (var read = connection.createStatement(); var rows = read.executeQuery("SELECT id, name FROM account");
                 var write = connection.prepareStatement("UPDATE account SET tier = ? WHERE id = ?")) {
                while (rows.next()) {
                    write.setString(1, new StringBuilder(rows.getString(2)).reverse().toString());
                    write.setLong(2, rows.getLong(1));
                    write.executeUpdate();
                }
            }
        });
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DELETE FROM account WHERE id IN (1, 2)");
    }
}
