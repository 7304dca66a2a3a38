package autogen.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Feature: a table in another schema ({@code sales}) referenced from the default one. */
final class OtherSchemaModel {

    private OtherSchemaModel() {}

    static Class<?>[] classes() {
        return new Class<?>[] {SalesRegion.class, SalesRep.class};
    }

    /** The schema the model's non-default tables live in; the test creates it in both databases beforehand. */
    static final String SCHEMA = "sales";

    @Entity(name = "SalesRegion") @Table(name = "sales_region", schema = SCHEMA)
    static class SalesRegion {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "name", nullable = false, unique = true, length = 80) String name;
    }

    @Entity(name = "SalesRep") @Table(name = "sales_rep")
    static class SalesRep {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "full_name", nullable = false, length = 120) String fullName;
        @ManyToOne @JoinColumn(name = "region_id") SalesRegion region;
    }
}
