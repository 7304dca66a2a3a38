package autogen.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitConstraintNameSource;
import org.hibernate.boot.model.naming.ImplicitForeignKeyNameSource;
import org.hibernate.boot.model.naming.ImplicitIndexNameSource;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.ImplicitUniqueKeyNameSource;

/**
 * Readable names for the keys and indexes Hibernate would name with a hash ({@code fkk9f9t1tmkbq5w27u8rrjbxxg6}), as
 * Alembic's {@code naming_convention} does: set it as {@code hibernate.implicit_naming_strategy} in the application
 * and, the same, in autogen's configuration, so that both agree on every name. Names a mapping gives explicitly
 * ({@code @ForeignKey(name)}, {@code @UniqueConstraint(name)}, {@code @Index(name)}) are kept.
 *
 * <p>Templates, with {@code {table}}, {@code {columns}} (joined by {@code _}), {@code {column_0}},
 * {@code {referred_table}} and {@code {referred_columns}}: foreign keys {@code fk_{table}_{columns}_{referred_table}},
 * unique keys {@code uq_{table}_{columns}}, indexes {@code ix_{table}_{columns}}; to change them, extend this class
 * with a no-argument constructor that passes others. Primary keys and checks keep PostgreSQL's names
 * ({@code orders_pkey}, {@code orders_status_check}), already readable, for which Hibernate asks no strategy.
 * A name longer than PostgreSQL's 63 bytes is cut to 54 and ends in {@code _} and 8 hex digits of its SHA-256, so
 * it stays unique and the same on every run.
 *
 * <p>Every other name (tables, columns, join tables) is what the strategy an application already has gives:
 * Spring Boot's {@code SpringImplicitNamingStrategy} when it is on the class path, else JPA's.
 */
public class NamingConvention implements ImplicitNamingStrategy {

    public static final String FOREIGN_KEY = "fk_{table}_{columns}_{referred_table}";
    public static final String UNIQUE_KEY = "uq_{table}_{columns}";
    public static final String INDEX = "ix_{table}_{columns}";

    /** PostgreSQL's NAMEDATALEN - 1. */
    static final int MAX_BYTES = 63;

    private static final String[] SPRING_IMPLICIT = {"org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
            "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy"};

    private final String foreignKey;
    private final String uniqueKey;
    private final String index;
    private final ImplicitNamingStrategy base;

    public NamingConvention() {
        this(FOREIGN_KEY, UNIQUE_KEY, INDEX);
    }

    protected NamingConvention(String foreignKey, String uniqueKey, String index) {
        this.foreignKey = foreignKey;
        this.uniqueKey = uniqueKey;
        this.index = index;
        this.base = base();
    }

    /** The names of foreign keys, unique keys and indexes under these templates; every other name from {@link #base}. */
    private static ImplicitNamingStrategy base() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) loader = NamingConvention.class.getClassLoader();
        for (String name : SPRING_IMPLICIT)
            try {
                return (ImplicitNamingStrategy) Class.forName(name, true, loader).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                // not a Spring Boot application, or another Boot version: try the next, then JPA's
            }
        return ImplicitNamingStrategyJpaCompliantImpl.INSTANCE;
    }

    @Override
    public Identifier determineForeignKeyName(ImplicitForeignKeyNameSource source) {
        if (source.getUserProvidedIdentifier() != null) return source.getUserProvidedIdentifier();
        return named(foreignKey, source, Map.of("referred_table", text(source.getReferencedTableName()),
                "referred_columns", joined(source.getReferencedColumnNames())));
    }

    @Override
    public Identifier determineUniqueKeyName(ImplicitUniqueKeyNameSource source) {
        if (source.getUserProvidedIdentifier() != null) return source.getUserProvidedIdentifier();
        return named(uniqueKey, source, Map.of());
    }

    @Override
    public Identifier determineIndexName(ImplicitIndexNameSource source) {
        if (source.getUserProvidedIdentifier() != null) return source.getUserProvidedIdentifier();
        return named(index, source, Map.of());
    }

    private static Identifier named(String template, ImplicitConstraintNameSource source, Map<String, String> more) {
        var columns = source.getColumnNames() == null ? List.<Identifier>of() : source.getColumnNames();
        String name = template.replace("{table}", text(source.getTableName()))
                .replace("{columns}", joined(columns))
                .replace("{column_0}", columns.isEmpty() ? "" : text(columns.get(0)));
        for (var entry : more.entrySet()) name = name.replace("{" + entry.getKey() + "}", entry.getValue());
        return Identifier.toIdentifier(shortened(name.toLowerCase(Locale.ROOT)));
    }

    private static String text(Identifier identifier) {
        return identifier == null ? "" : identifier.getText();
    }

    private static String joined(List<Identifier> identifiers) {
        return identifiers == null ? "" : identifiers.stream().map(NamingConvention::text).collect(Collectors.joining("_"));
    }

    /** At most 63 bytes: longer names cut to 54 bytes (whole characters) and {@code _} and 8 hex digits of their hash. */
    static String shortened(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_BYTES) return name;
        var kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < name.length(); ) {
            int point = name.codePointAt(i);
            int size = new String(Character.toChars(point)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > MAX_BYTES - 9) break;
            kept.appendCodePoint(point);
            used += size;
            i += Character.charCount(point);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return kept + "_" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    // ---- every other name: the base strategy's ----

    @Override public Identifier determinePrimaryTableName(org.hibernate.boot.model.naming.ImplicitEntityNameSource s) { return base.determinePrimaryTableName(s); }
    @Override public Identifier determineJoinTableName(ImplicitJoinTableNameSource s) { return base.determineJoinTableName(s); }
    @Override public Identifier determineCollectionTableName(org.hibernate.boot.model.naming.ImplicitCollectionTableNameSource s) { return base.determineCollectionTableName(s); }
    @Override public Identifier determineDiscriminatorColumnName(org.hibernate.boot.model.naming.ImplicitDiscriminatorColumnNameSource s) { return base.determineDiscriminatorColumnName(s); }
    @Override public Identifier determineTenantIdColumnName(org.hibernate.boot.model.naming.ImplicitTenantIdColumnNameSource s) { return base.determineTenantIdColumnName(s); }
    @Override public Identifier determineIdentifierColumnName(org.hibernate.boot.model.naming.ImplicitIdentifierColumnNameSource s) { return base.determineIdentifierColumnName(s); }
    @Override public Identifier determineBasicColumnName(org.hibernate.boot.model.naming.ImplicitBasicColumnNameSource s) { return base.determineBasicColumnName(s); }
    @Override public Identifier determineJoinColumnName(org.hibernate.boot.model.naming.ImplicitJoinColumnNameSource s) { return base.determineJoinColumnName(s); }
    @Override public Identifier determinePrimaryKeyJoinColumnName(org.hibernate.boot.model.naming.ImplicitPrimaryKeyJoinColumnNameSource s) { return base.determinePrimaryKeyJoinColumnName(s); }
    @Override public Identifier determineAnyDiscriminatorColumnName(org.hibernate.boot.model.naming.ImplicitAnyDiscriminatorColumnNameSource s) { return base.determineAnyDiscriminatorColumnName(s); }
    @Override public Identifier determineAnyKeyColumnName(org.hibernate.boot.model.naming.ImplicitAnyKeyColumnNameSource s) { return base.determineAnyKeyColumnName(s); }
    @Override public Identifier determineMapKeyColumnName(org.hibernate.boot.model.naming.ImplicitMapKeyColumnNameSource s) { return base.determineMapKeyColumnName(s); }
    @Override public Identifier determineListIndexColumnName(org.hibernate.boot.model.naming.ImplicitIndexColumnNameSource s) { return base.determineListIndexColumnName(s); }
}
