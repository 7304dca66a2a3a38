package autogen;

/** Bad configuration or usage: a missing file, an unknown setting, entities that cannot be loaded. Exit code 2. */
public class ConfigurationException extends AutogenException {

    public ConfigurationException(String message) {
        super(message, null);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return 2;
    }
}
