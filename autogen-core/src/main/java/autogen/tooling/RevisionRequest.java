package autogen.tooling;

import autogen.diff.RenameQuestioner;
import java.util.Optional;

/**
 * What {@code revision} is asked to write.
 *
 * @param message the revision's message
 * @param empty write a revision even when nothing differs (a blank one to fill by hand)
 * @param renames who decides on likely renames (asked on a terminal, scored otherwise)
 * @param safeForms locking steps on existing tables in their non-blocking forms, the revision outside a transaction
 * @param head the revision to follow, starting a branch; empty: the single head
 * @param trial try the revision on the embedded database before writing it ({@code Trial}); on unless {@code --no-trial}
 * @param expandContract split the steps into an expand and a contract revision ({@link autogen.diff.ExpandContract})
 */
public record RevisionRequest(String message, boolean empty, RenameQuestioner renames, Optional<Boolean> safeForms,
        Optional<String> head, boolean trial, boolean expandContract) {

    /** A revision of what differs, renames decided by their scores, safe forms as configured. */
    public static RevisionRequest of(String message) {
        return new RevisionRequest(message, false, RenameQuestioner.auto(), Optional.empty(), Optional.empty(), true, false);
    }

    /** A blank revision, written even when nothing differs. */
    public static RevisionRequest blank(String message) {
        return of(message).withEmpty(true);
    }

    public RevisionRequest withEmpty(boolean empty) {
        return new RevisionRequest(message, empty, renames, safeForms, head, trial, expandContract);
    }

    public RevisionRequest withRenames(RenameQuestioner renames) {
        return new RevisionRequest(message, empty, renames, safeForms, head, trial, expandContract);
    }

    public RevisionRequest withSafeForms(boolean safeForms) {
        return new RevisionRequest(message, empty, renames, Optional.of(safeForms), head, trial, expandContract);
    }

    public RevisionRequest after(String head) {
        return new RevisionRequest(message, empty, renames, safeForms, Optional.of(head), trial, expandContract);
    }

    /** {@code false}: write the revision without trying it on the embedded database first ({@code --no-trial}). */
    public RevisionRequest withTrial(boolean trial) {
        return new RevisionRequest(message, empty, renames, safeForms, head, trial, expandContract);
    }

    /** {@code true}: what breaks running code goes to a second, contract revision ({@code --expand-contract}). */
    public RevisionRequest withExpandContract(boolean expandContract) {
        return new RevisionRequest(message, empty, renames, safeForms, head, trial, expandContract);
    }
}
