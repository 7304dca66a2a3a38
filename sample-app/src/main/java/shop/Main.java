package shop;

import autogen.AutogenException;
import autogen.runtime.Migrator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The shop: applies its migrations at start-up with autogen, then stores and reads an order with Hibernate, whose
 * schema validation ({@code hibernate.hbm2ddl.auto=validate}) proves that the migrations match the entities.
 *
 * <p>The database comes from {@code SHOP_DB_URL}, {@code SHOP_DB_USER} and {@code SHOP_DB_PASSWORD}; without
 * {@code SHOP_DB_URL} the shop starts an embedded PostgreSQL of its own for the duration of the run.
 */
public final class Main {

    /** The Java package of the migration history, in sample-app/src/main/java/shop/migrations. */
    public static final String MIGRATIONS_PACKAGE = "shop.migrations";

    /** Every entity class of the shop. */
    public static final List<Class<?>> ENTITIES =
            List.of(Customer.class, Product.class, PurchaseOrder.class, OrderLine.class);

    // held in a static field: java.util.logging keeps only weak references to configured loggers
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    static {
        HIBERNATE_LOG.setLevel(Level.WARNING);
    }

    private Main() {
    }

    public static void main(String[] args) {
        try {
            String url = System.getenv("SHOP_DB_URL");
            if (url == null || url.isBlank()) {
                try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
                    System.out.println(run(postgres.getPostgresDatabase()));
                }
            } else {
                System.out.println(run(dataSource(url, System.getenv("SHOP_DB_USER"), System.getenv("SHOP_DB_PASSWORD"))));
            }
        } catch (Exception | LinkageError e) {
            System.err.println("shop: " + oneLine(e));
            System.exit(1);
        }
    }

    /** A data source for a JDBC URL; {@code user} and {@code password} may be null (then the URL's are used). */
    public static DataSource dataSource(String url, String user, String password) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        if (user != null) dataSource.setUser(user);
        if (password != null) dataSource.setPassword(password);
        return dataSource;
    }

    /** {@link #run(DataSource, PrintStream)} reporting the migrations on standard output. */
    public static String run(DataSource dataSource) {
        return run(dataSource, System.out);
    }

    /**
     * Migrates the database to the head of the history, then places an order and reads it back in a new
     * EntityManager. Returns the summary line of the order, e.g.
     * {@code order 1 for ada@example.com: 2 lines, total 129.90, status NEW}.
     */
    public static String run(DataSource dataSource, PrintStream out) {
        var applied = Migrator.builder(dataSource).migrationsPackage(MIGRATIONS_PACKAGE).build().upgrade();
        out.println("applied " + applied.revisions().size() + " migration(s)");
        try (EntityManagerFactory emf = entityManagerFactory(dataSource)) {
            long orderId = placeOrder(emf);
            return describeOrder(emf, orderId);
        }
    }

    /** Hibernate on {@code dataSource}: validates the schema against the entities, never changes it. */
    public static EntityManagerFactory entityManagerFactory(DataSource dataSource) {
        // jakarta.persistence.schema-generation.database.action is deliberately left unset (none): Hibernate gives
        // it precedence over hibernate.hbm2ddl.auto, so setting it, even to "none", would switch validation off
        var configuration = new PersistenceConfiguration("shop")
                .property("jakarta.persistence.nonJtaDataSource", dataSource)
                .property("hibernate.hbm2ddl.auto", "validate");
        ENTITIES.forEach(configuration::managedClass);
        return configuration.createEntityManagerFactory();
    }

    /** Stores Ada, two products (both reused when they exist already) and an order of them; returns its id. */
    static long placeOrder(EntityManagerFactory emf) {
        return emf.callInTransaction(em -> {
            Customer ada = customer(em, "ada@example.com", "Ada Lovelace",
                    new Address("12 St James's Square", "London", "SW1Y 4JH", "GB"));
            Product keyboard = product(em, "KB-101", "Mechanical keyboard", new BigDecimal("49.95"));
            Product mouse = product(em, "MS-202", "Wireless mouse", new BigDecimal("30.00"));
            var order = new PurchaseOrder(ada);
            order.addLine(keyboard, 2);
            order.addLine(mouse, 1);
            em.persist(order);
            em.flush();
            return order.getId();
        });
    }

    /** The summary line of an order, read in a new EntityManager. */
    static String describeOrder(EntityManagerFactory emf, long orderId) {
        try (EntityManager em = emf.createEntityManager()) {
            PurchaseOrder order = em.find(PurchaseOrder.class, orderId);
            if (order == null) throw new IllegalStateException("order " + orderId + " was not stored");
            return "order " + order.getId() + " for " + order.getCustomer().getEmail() + ": "
                    + order.getLines().size() + " lines, total "
                    + order.total().setScale(2, RoundingMode.HALF_UP).toPlainString()
                    + ", status " + order.getStatus();
        }
    }

    private static Customer customer(EntityManager em, String email, String name, Address address) {
        List<Customer> found = em.createQuery("select c from Customer c where c.email = :email", Customer.class)
                .setParameter("email", email)
                .getResultList();
        if (!found.isEmpty()) return found.get(0);
        var customer = new Customer(email, name, address);
        em.persist(customer);
        return customer;
    }

    private static Product product(EntityManager em, String sku, String name, BigDecimal price) {
        List<Product> found = em.createQuery("select p from Product p where p.sku = :sku", Product.class)
                .setParameter("sku", sku)
                .getResultList();
        if (!found.isEmpty()) return found.get(0);
        var product = new Product(sku, name, price);
        em.persist(product);
        return product;
    }

    /** One line for stderr: autogen's own message, or the message of the error and of its root cause. */
    static String oneLine(Throwable error) {
        String message = error.getMessage();
        if (!(error instanceof AutogenException)) {
            Throwable root = error;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            if (root instanceof AutogenException) {
                message = root.getMessage();
            } else if (message == null) {
                message = root.getMessage() != null ? root.getMessage() : root.getClass().getName();
            } else if (root != error && root.getMessage() != null && !message.contains(firstLine(root.getMessage()))) {
                message = message + ": " + root.getMessage();
            }
        }
        return firstLine(message == null ? error.getClass().getName() : message);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
