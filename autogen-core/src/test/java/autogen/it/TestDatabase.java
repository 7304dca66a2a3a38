package autogen.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** A fresh database on the class's embedded server (see {@link PostgresExtension}). */
public record TestDatabase(EmbeddedPostgres server, String name) {

    public String url() {
        return server.getJdbcUrl("postgres", name);
    }

    public String user() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    public DataSource dataSource() {
        return server.getDatabase("postgres", name);
    }

    public Connection connect() throws SQLException {
        return dataSource().getConnection();
    }

    public void execute(String... statements) {
        try (var c = connect(); var s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The first column of every row of a query, as text. */
    public List<String> column(String query) {
        try (var c = connect(); var s = c.createStatement(); var rs = s.executeQuery(query)) {
            var out = new ArrayList<String>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public TestDatabase another() {
        return PostgresExtension.another(this);
    }
}
