package autogen.diff;

/** Decides on each proposed rename: asks the developer, takes the scored decision, or refuses. */
@FunctionalInterface
public interface RenameQuestioner {

    boolean confirm(RenameProposal proposal);

    /** {@code --renames auto}: every proposal above the threshold is a rename. */
    static RenameQuestioner auto() {
        return proposal -> true;
    }

    /** {@code --renames never}: drop + add, except where {@code @RenamedFrom} says otherwise. */
    static RenameQuestioner never() {
        return RenameProposal::hinted;
    }
}
