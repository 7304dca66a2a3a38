package shop.migrations;

import static autogen.migration.Dsl.*;

import autogen.migration.Migration;
import autogen.migration.Ops;
import autogen.migration.Revision;

/**
 * create shop
 *
 * <p>Revision 5432bd2e8359, from base, created 2026-11-23T10:26:41Z by autogen. Review before applying: comments mark the
 * steps that destroy data or can fail on existing rows.
 */
@Revision(
        id = "5432bd2e8359",
        message = "create shop",
        created = "2026-11-23T10:26:41Z"
)
public final class V20261123_102641_CreateShop implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createSequence(sequence("product_seq", 1, 50));
        op.createTable("customer",
                column("id", "bigint").generatedAsIdentity(),
                column("city", "varchar(255)"),
                column("country", "varchar(2)"),
                column("postal_code", "varchar(16)"),
                column("street", "varchar(255)"),
                column("email", "varchar(320)").notNull(),
                column("name", "varchar(255)").notNull(),
                primaryKey("customer_pkey", "id"),
                unique("customer_email_key", "email"));
        op.createTable("order_line",
                column("id", "bigint").generatedAsIdentity(),
                column("quantity", "integer").notNull(),
                column("unit_price", "numeric(12,2)").notNull(),
                column("order_id", "bigint").notNull(),
                column("product_id", "bigint").notNull(),
                primaryKey("order_line_pkey", "id"));
        op.createTable("orders",
                column("id", "bigint").generatedAsIdentity(),
                column("placed_at", "timestamp(6) with time zone").notNull(),
                column("status", "varchar(16)").notNull(),
                column("customer_id", "bigint").notNull(),
                primaryKey("orders_pkey", "id"),
                check("orders_status_check", "status in ('NEW','PAID','SHIPPED','CANCELLED')"));
        op.createTable("product",
                column("id", "bigint").notNull(),
                column("name", "varchar(255)"),
                column("price", "numeric(12,2)").notNull(),
                column("sku", "varchar(64)").notNull(),
                primaryKey("product_pkey", "id"),
                unique("uk_product_sku", "sku"));
        op.createIndex("orders", index("ix_orders_customer_placed", "customer_id", "placed_at"));
        op.addForeignKey("order_line",
                foreignKey("fkk9f9t1tmkbq5w27u8rrjbxxg6", "order_id").references("orders", "id"));
        op.addForeignKey("order_line",
                foreignKey("fkpf904tci8garypkvm32cqupye", "product_id").references("product", "id"));
        op.addForeignKey("orders",
                foreignKey("fk624gtjin3po807j3vix093tlf", "customer_id").references("customer", "id"));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropForeignKey("orders", "fk624gtjin3po807j3vix093tlf");
        op.dropForeignKey("order_line", "fkpf904tci8garypkvm32cqupye");
        op.dropForeignKey("order_line", "fkk9f9t1tmkbq5w27u8rrjbxxg6");
        op.dropIndex("orders", "ix_orders_customer_placed");
        // DESTRUCTIVE: drops table product and all its rows
        op.dropTable("product");
        // DESTRUCTIVE: drops table orders and all its rows
        op.dropTable("orders");
        // DESTRUCTIVE: drops table order_line and all its rows
        op.dropTable("order_line");
        // DESTRUCTIVE: drops table customer and all its rows
        op.dropTable("customer");
        op.dropSequence("product_seq");
    }
}
