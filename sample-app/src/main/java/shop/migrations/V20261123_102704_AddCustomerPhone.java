package shop.migrations;

import static autogen.migration.Dsl.*;

import autogen.migration.Migration;
import autogen.migration.Ops;
import autogen.migration.Revision;

/**
 * add customer phone
 *
 * <p>Revision 2da0dcf154d6, from 5432bd2e8359, created 2026-11-23T10:27:04Z by autogen. Review before applying: comments mark the
 * steps that destroy data or can fail on existing rows.
 */
@Revision(
        id = "2da0dcf154d6",
        down = "5432bd2e8359",
        message = "add customer phone",
        created = "2026-11-23T10:27:04Z"
)
public final class V20261123_102704_AddCustomerPhone implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.addColumn("customer", column("phone", "varchar(32)"));
    }

    @Override
    public void downgrade(Ops op) {
        // DESTRUCTIVE: drops customer.phone and its data
        op.dropColumn("customer", "phone");
    }
}
