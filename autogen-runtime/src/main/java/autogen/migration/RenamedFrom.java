package autogen.migration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that an entity's table or a field's column had another name: {@code autogen revision} then writes a
 * rename, whatever the similarity score and even with {@code --renames never}, so that the data stays. It does
 * nothing at run time; remove it once the rename is applied everywhere.
 *
 * <pre>{@code
 * @Entity @RenamedFrom("customer") public class Client { @RenamedFrom("name") String fullName; }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface RenamedFrom {
    /** The old table or column name, as PostgreSQL stores it (unquoted names in lower case). */
    String value();
}
