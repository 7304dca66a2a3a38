package autogen.boot;

import autogen.runtime.Migrator.TransactionMode;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code autogen.*} properties of a Spring Boot application: what {@link autogen.runtime.Migrator.Builder} takes,
 * with the same defaults. Field Javadoc becomes the descriptions in the configuration metadata that IDEs show.
 */
@ConfigurationProperties("autogen")
public class AutogenProperties {

    /** Whether to apply the migrations at start-up, before JPA starts. */
    private boolean enabled = true;

    /**
     * Java package of the migration classes, whose index (autogen-migrations.idx, written by autogen revision) lists
     * them. Required when autogen is enabled.
     */
    private String migrationsPackage;

    /**
     * Schema of the version table and of unqualified tables, created when missing. Default: the connection's
     * search_path (public unless configured otherwise).
     */
    private String schema;

    /** Table recording the applied revisions; beside it, <version-table>_history logs every revision applied. */
    private String versionTable = "autogen_version";

    /** How long to wait for another instance that is migrating the same database before start-up fails. */
    private Duration lockWait = Duration.ofMinutes(10);

    /**
     * PostgreSQL lock_timeout in every revision's transaction: a step that would wait longer for a table lock fails
     * the revision (rolled back) instead of stalling the queries queued behind it. Default: none.
     */
    private Duration lockTimeout;

    /** What to upgrade to: head, heads (every branch), a revision id or unique prefix, or +N. */
    private String target = "head";

    /**
     * Whether start-up applies contract revisions too (@Revision(contract = true)); by default it stops before the
     * first one, which a later deployment, once no instance runs the previous release, applies with true.
     */
    private boolean contract;

    /**
     * revision: each revision commits with its version-table update, so a failure keeps the ones before it; run: one
     * transaction for the whole upgrade, so a failure undoes all of it.
     */
    private TransactionMode transactionPer = TransactionMode.REVISION;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getMigrationsPackage() {
        return migrationsPackage;
    }

    public void setMigrationsPackage(String migrationsPackage) {
        this.migrationsPackage = migrationsPackage;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public String getVersionTable() {
        return versionTable;
    }

    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    public Duration getLockWait() {
        return lockWait;
    }

    public void setLockWait(Duration lockWait) {
        this.lockWait = lockWait;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public boolean isContract() {
        return contract;
    }

    public void setContract(boolean contract) {
        this.contract = contract;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public TransactionMode getTransactionPer() {
        return transactionPer;
    }

    public void setTransactionPer(TransactionMode transactionPer) {
        this.transactionPer = transactionPer;
    }
}
