package autogen.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import autogen.it.PostgresExtension;
import autogen.it.TestDatabase;
import autogen.model.ColumnType;
import autogen.model.SchemaModel;
import autogen.model.Table;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What Hibernate's own export really creates in PostgreSQL is what {@link EntityInspector} predicts: tables,
 * column types, nullability and identity, and the names PostgreSQL gives the constraints Hibernate leaves unnamed.
 */
@ExtendWith(PostgresExtension.class)
class HibernateExportIT {

    enum Stage { DRAFT, SENT, PAID }

    enum Channel { WEB, SHOP }

    @Entity(name = "Client")
    @jakarta.persistence.Table(name = "client")
    static class Client {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(nullable = false, unique = true) String email;
        @ColumnDefault("'new'") String state;
    }

    @Entity(name = "Bill")
    @jakarta.persistence.Table(name = "bill",
            indexes = @jakarta.persistence.Index(name = "ix_bill_issued", columnList = "issued, stage"),
            uniqueConstraints = @jakarta.persistence.UniqueConstraint(columnNames = {"client_id", "number"}))
    @Check(constraints = "total >= 0")
    @Check(constraints = "discount <= total")
    @Check(name = "positive_discount", constraints = "discount >= 0")
    static class Bill {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bill_gen")
        @SequenceGenerator(name = "bill_gen", sequenceName = "bill_numbers", allocationSize = 20)
        Long id;
        String number;
        @Column(precision = 12, scale = 2, nullable = false) BigDecimal total;
        @Column(precision = 12, scale = 2) BigDecimal discount;
        @Enumerated(EnumType.ORDINAL) Stage stage;
        @Enumerated(EnumType.STRING) Channel channel;
        Instant issued;
        double rate;
        float weight;
        @ManyToOne @OnDelete(action = OnDeleteAction.CASCADE) Client client;
    }

    @Entity(name = "Memo")
    static class Memo {
        @Id @GeneratedValue Long id;
        @ManyToOne Bill bill;
    }

    /** 60 characters: PostgreSQL must shorten it to fit "_pkey" and "_<column>_check" into 63 bytes. */
    @Entity(name = "LongOne")
    @jakarta.persistence.Table(name = "a_table_name_that_is_sixty_characters_long_for_truncation_xx")
    static class LongOne {
        @Id Long id;
        @Enumerated(EnumType.ORDINAL) Stage stageOfTheDocumentWithAVeryLongColumnName;
    }

    @Entity(name = "Quoted")
    @jakarta.persistence.Table(name = "\"MixedCase\"")
    static class Quoted {
        @Id Long id;
        @Column(name = "\"Label\"", unique = true) String label;
    }

    private static final List<Class<?>> CLASSES = List.of(Client.class, Bill.class, Memo.class, LongOne.class, Quoted.class);

    @Test
    void hibernateCreatesExactlyTheTablesColumnsAndConstraintNamesTheInspectorPredicts(TestDatabase db) {
        SchemaModel predicted = EntityInspector.forClasses(CLASSES).read();

        HibernateExport.create(CLASSES, db.dataSource());

        assertThat(sorted(db.column("select table_name from information_schema.tables where table_schema = 'public'")))
                .containsExactlyElementsOf(predicted.tables().stream().map(Table::name).toList());
        assertThat(actualColumns(db)).containsExactlyElementsOf(predictedColumns(predicted));
        assertThat(actualConstraints(db)).containsExactlyElementsOf(predictedConstraints(predicted));
        assertThat(sorted(db.column("""
                select i.relname from pg_index x join pg_class i on i.oid = x.indexrelid
                join pg_namespace n on n.oid = i.relnamespace
                where n.nspname = 'public' and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)
                """))).containsExactlyElementsOf(predicted.tables().stream()
                .flatMap(t -> t.indexes().stream()).map(autogen.model.Index::name).sorted().toList());
        // standalone sequences only: those owned by identity columns are part of the column
        assertThat(sorted(db.column("""
                select s.relname || ' ' || q.seqstart || ' ' || q.seqincrement from pg_class s
                join pg_sequence q on q.seqrelid = s.oid join pg_namespace n on n.oid = s.relnamespace
                where n.nspname = 'public' and not exists (select 1 from pg_depend d where d.objid = s.oid and d.deptype = 'i')
                """))).containsExactlyElementsOf(predicted.sequences().stream()
                .map(s -> s.name() + " " + s.start() + " " + s.increment()).toList());
    }

    @Test
    void theNamesPostgresChoosesAreTheOnesPredicted(TestDatabase db) {
        HibernateExport.create(CLASSES, db.dataSource());

        assertThat(sorted(db.column("select conname from pg_constraint where connamespace = 'public'::regnamespace and contype = 'p'"))).containsExactly(
                "MixedCase_pkey", "a_table_name_that_is_sixty_characters_long_for_truncation__pkey", "bill_pkey",
                "client_pkey", "memo_pkey");
        assertThat(sorted(db.column("select conname from pg_constraint where connamespace = 'public'::regnamespace and contype = 'c'"))).containsExactly(
                "a_table_name_that_is_sixty_c_stageofthedocumentwithaveryl_check", "bill_channel_check", "bill_check",
                "bill_stage_check", "bill_total_check", "positive_discount");
        assertThat(sorted(db.column("select conname from pg_constraint where connamespace = 'public'::regnamespace and contype = 'u'"))).containsExactly(
                "MixedCase_Label_key", "bill_client_id_number_key", "client_email_key");
    }

    /** Sorted in Java, as the model is: the database's collation may order mixed case differently. */
    private static List<String> sorted(List<String> rows) {
        return rows.stream().sorted().toList();
    }

    private static List<String> predictedColumns(SchemaModel model) {
        var out = new ArrayList<String>();
        for (Table t : model.tables())
            for (var c : t.columns())
                out.add(t.name() + "." + c.name() + " " + c.type().sql() + (c.nullable() ? "" : " not null")
                        + (c.identity() ? " identity" : ""));
        return out;
    }

    private static List<String> actualColumns(TestDatabase db) {
        return db.column("""
                select c.relname || '.' || a.attname || '|' || format_type(a.atttypid, a.atttypmod) || '|'
                       || a.attnotnull::text || '|' || a.attidentity::text
                from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
                order by c.relname collate "C", a.attnum""").stream().map(row -> {
            String[] p = row.split("\\|", -1);
            return p[0] + " " + ColumnType.of(p[1]).sql() + (p[2].equals("true") ? " not null" : "")
                    + (p[3].equals("d") ? " identity" : "");
        }).toList();
    }

    private static List<String> predictedConstraints(SchemaModel model) {
        var out = new ArrayList<String>();
        for (Table t : model.tables()) {
            t.primaryKey().ifPresent(k -> out.add(t.name() + " p " + k.name() + " " + k.columns()));
            t.uniqueConstraints().forEach(u -> out.add(t.name() + " u " + u.name() + " " + u.columns()));
            t.checks().forEach(c -> out.add(t.name() + " c " + c.name()));
            t.foreignKeys().forEach(f -> out.add(t.name() + " f " + f.name() + " " + f.columns() + " -> "
                    + f.referencedTable() + f.referencedColumns() + " " + f.onDelete().sql().toLowerCase()));
        }
        return out.stream().sorted().toList();
    }

    private static List<String> actualConstraints(TestDatabase db) {
        return db.column("""
                select t.relname || ' ' || c.contype::text || ' ' || c.conname
                       || case when c.contype = 'c' then '' else ' [' || (select string_agg(a.attname, ', ' order by k.i)
                              from unnest(c.conkey) with ordinality k(n, i)
                              join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n) || ']' end
                       || case when c.contype = 'f' then ' -> ' || r.relname || '[' || (select string_agg(a.attname, ', ' order by k.i)
                              from unnest(c.confkey) with ordinality k(n, i)
                              join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n) || '] '
                              || case c.confdeltype when 'a' then 'no action' when 'r' then 'restrict' when 'c' then 'cascade'
                                                    when 'n' then 'set null' else 'set default' end
                          else '' end
                from pg_constraint c join pg_class t on t.oid = c.conrelid left join pg_class r on r.oid = c.confrelid
                join pg_namespace n on n.oid = t.relnamespace
                where n.nspname = 'public' and c.contype in ('p', 'u', 'c', 'f')""").stream().sorted().toList();
    }
}
