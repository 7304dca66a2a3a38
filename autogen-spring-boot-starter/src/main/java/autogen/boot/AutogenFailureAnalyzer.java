package autogen.boot;

import autogen.AutogenException;
import autogen.ConfigurationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start-up that autogen stopped is reported with autogen's one line (what is wrong and how to fix it) as the
 * description, instead of the bean-creation exceptions around it. Registered in {@code META-INF/spring.factories}.
 */
class AutogenFailureAnalyzer extends AbstractFailureAnalyzer<AutogenException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AutogenException cause) {
        String action = cause instanceof ConfigurationException
                ? "Fix the autogen configuration as the description says, then start the application again."
                : "Fix what the description names, then start the application again: revisions that committed stay "
                        + "applied, and the next start continues after them.";
        return new FailureAnalysis(cause.getMessage(), action, cause);
    }
}
