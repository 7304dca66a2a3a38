package autogen.tooling;

import autogen.ConfigurationException;
import autogen.MigrationException;
import autogen.config.AutogenConfig;
import autogen.migration.RevisionHook;
import autogen.ops.Operation;
import java.io.IOException;
import java.net.URLClassLoader;
import java.util.List;

/** The {@code revision.hook} setting: the {@link RevisionHook} a project names, loaded from its class path, applied. */
final class RevisionHooks {

    private RevisionHooks() {}

    /** {@code upgrade} as the configured hook rewrites it; as it is without one. */
    static List<Operation> apply(AutogenConfig config, List<Operation> upgrade) {
        if (config.revisionHook().isEmpty()) return upgrade;
        String name = config.revisionHook().get();
        try (var loader = new URLClassLoader(autogen.inspect.EntityInspector.urls(config.classpath()), RevisionHook.class.getClassLoader())) {
            Class<?> type;
            try {
                type = Class.forName(name, true, loader);
            } catch (ClassNotFoundException e) {
                ClassLoader context = Thread.currentThread().getContextClassLoader();
                try {
                    type = Class.forName(name, true, context != null ? context : loader);
                } catch (ClassNotFoundException again) {
                    throw new ConfigurationException("revision.hook names " + name + ", which is not on the class path "
                            + config.classpath() + ": build it, or fix the class name", e);
                }
            }
            if (!RevisionHook.class.isAssignableFrom(type))
                throw new ConfigurationException("revision.hook names " + name + ", which does not implement "
                        + RevisionHook.class.getName() + ": implement it, with a public no-argument constructor");
            RevisionHook hook;
            try {
                hook = (RevisionHook) type.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new ConfigurationException("revision.hook " + name + " cannot be created: give it a public "
                        + "no-argument constructor (" + e + ")", e);
            }
            List<Operation> rewritten;
            try {
                rewritten = hook.rewrite(List.copyOf(upgrade));
            } catch (RuntimeException e) {
                throw new MigrationException("revision not written: revision.hook " + name + " failed: " + e, e);
            }
            if (rewritten == null || rewritten.contains(null))
                throw new MigrationException("revision not written: revision.hook " + name + " returned "
                        + (rewritten == null ? "null" : "a null step") + " instead of the steps to write");
            return List.copyOf(rewritten);
        } catch (IOException e) {
            throw new ConfigurationException("cannot close the class loader of revision.hook " + name, e);
        }
    }
}
