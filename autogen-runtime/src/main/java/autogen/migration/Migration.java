package autogen.migration;

/**
 * One revision of the schema. Implementations are annotated with {@link Revision}; {@code upgrade} moves the
 * schema from the down revision to this one, {@code downgrade} moves it back. Both only describe steps through
 * {@link Ops}: autogen turns them into SQL and runs them in one transaction with the version-table update.
 */
public interface Migration {
    void upgrade(Ops op);

    void downgrade(Ops op);
}
