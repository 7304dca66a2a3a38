package autogen.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import autogen.MigrationException;
import autogen.migration.Migration;
import autogen.migration.Ops;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

    static LoadedMigration rev(String id, String... down) {
        Migration nothing = new Migration() {
            @Override
            public void upgrade(Ops op) {}

            @Override
            public void downgrade(Ops op) {}
        };
        return new LoadedMigration(new RevisionInfo(id, List.of(down), "m " + id, "2026-11-23T10:00:00Z"), nothing, Optional.empty());
    }

    private static final String A = "aaaaaaaaaaaa", B = "bbbbbbbbbbbb", C = "cccccccccccc";
    private final RevisionGraph linear = new RevisionGraph(List.of(rev(C, B), rev(A), rev(B, A)));

    @Test
    void headIsTheRevisionNobodyFollows() {
        assertThat(linear.head()).isEqualTo(C);
        assertThat(linear.ordered()).extracting(LoadedMigration::id).containsExactly(A, B, C);
    }

    @Test
    void upgradePathStartsAfterTheAppliedHead() {
        assertThat(linear.upgradePath(Set.of(), C)).extracting(LoadedMigration::id).containsExactly(A, B, C);
        assertThat(linear.upgradePath(Set.of(A), C)).extracting(LoadedMigration::id).containsExactly(B, C);
        assertThat(linear.upgradePath(Set.of(C), C)).isEmpty();
    }

    @Test
    void downgradePathUndoesNewestFirstAndKeepsTheTarget() {
        assertThat(linear.downgradePath(Set.of(C), null)).extracting(LoadedMigration::id).containsExactly(C, B, A);
        assertThat(linear.downgradePath(Set.of(C), A)).extracting(LoadedMigration::id).containsExactly(C, B);
    }

    @Test
    void headsMoveOneRowPerStep() {
        assertThat(linear.headsAfter(Set.of(), linear.get(A), true)).containsExactly(A);
        assertThat(linear.headsAfter(Set.of(A), linear.get(B), true)).containsExactly(B);
        assertThat(linear.headsAfter(Set.of(B), linear.get(B), false)).containsExactly(A);
        assertThat(linear.headsAfter(Set.of(A), linear.get(A), false)).isEmpty();
    }

    @Test
    void targetsMoveAlongTheHistory() {
        assertThat(linear.target("head")).contains(C);
        assertThat(linear.target("base")).isEmpty();
        assertThat(linear.target("aaaa+1")).contains(B);
        assertThat(linear.target("head-1")).contains(B);
        assertThat(linear.target("base+2")).contains(B);
        assertThat(linear.target(A + "-1")).isEmpty();
        assertThatThrownBy(() -> linear.target("head+1")).hasMessageContaining("past the head");
        assertThatThrownBy(() -> linear.target("head-4")).hasMessageContaining("before base");
    }

    @Test
    void prefixesResolveWhenUnique() {
        var graph = new RevisionGraph(List.of(rev("abc000000000"), rev("abd000000000", "abc000000000")));
        assertThat(graph.resolve("abd")).isEqualTo("abd000000000");
        assertThatThrownBy(() -> graph.resolve("ab")).isInstanceOf(MigrationException.class)
                .hasMessageContaining("ambiguous").hasMessageContaining("abc000000000").hasMessageContaining("abd000000000");
        assertThatThrownBy(() -> graph.resolve("ffff")).hasMessageStartingWith("unknown revision ffff");
    }

    @Test
    void duplicateIdsMissingDownRevisionsAndCyclesAreRefused() {
        assertThatThrownBy(() -> new RevisionGraph(List.of(rev(A), rev(A)))).hasMessageContaining("two revisions have id " + A);
        assertThatThrownBy(() -> new RevisionGraph(List.of(rev(B, A)))).hasMessageContaining("follows " + A + ", which is not in the history");
        assertThatThrownBy(() -> new RevisionGraph(List.of(rev(A, B), rev(B, A)))).hasMessageContaining("cycle");
    }

    private static final String M = "dddddddddddd";
    private final RevisionGraph merged = new RevisionGraph(List.of(rev(A), rev(B, A), rev(C, A), rev(M, B, C)));

    @Test
    void pathsGoThroughAMergePoint() {
        assertThat(merged.heads()).containsExactly(M);
        assertThat(merged.upgradePath(Set.of(B), M)).extracting(LoadedMigration::id).containsExactly(C, M);
        assertThat(merged.upgradePath(Set.of(), List.of(B, C))).extracting(LoadedMigration::id).containsExactly(A, B, C);
        assertThat(merged.downgradePath(Set.of(M), A)).extracting(LoadedMigration::id).containsExactly(M, C, B);
    }

    @Test
    void theVersionRowsFollowBranchesAndMerges() {
        assertThat(merged.headsAfter(Set.of(B), merged.get(C), true)).containsExactly(B, C);
        assertThat(merged.headsAfter(Set.of(B, C), merged.get(M), true)).containsExactly(M);
        assertThat(merged.headsAfter(Set.of(M), merged.get(M), false)).containsExactly(B, C);
        assertThat(merged.headsOf(List.of(A, B, C))).containsExactly(B, C);
        assertThat(merged.headsOf(List.of(M, B))).containsExactly(M);
    }

    @Test
    void twoHeadsAreNamedWhenOneIsNeeded() {
        var branched = new RevisionGraph(List.of(rev(A), rev(B, A), rev(C, A)));
        assertThat(branched.heads()).containsExactly(B, C);
        String severalHeads = "the history has 2 heads (" + B + ", " + C + "): join them with `autogen merge -m \"merge\" heads`";
        assertThat(branched.severalHeads()).contains(severalHeads);
        assertThatThrownBy(branched::head).hasMessageStartingWith(severalHeads + ", or name one");
        assertThat(new RevisionGraph(List.of(rev(A), rev(B, A))).severalHeads()).isEmpty();
    }

    private static LoadedMigration squash(String id, List<String> down, String... replaces) {
        var plain = rev(id, down.toArray(String[]::new));
        return new LoadedMigration(plain.info().replacing(List.of(replaces)), plain.migration(), Optional.empty());
    }

    private static final String D = "dddddddddddd", S = "5555555555ee";

    @Test
    void aSquashStandsForItsRevisionsOnlyOnADatabaseAtNoneOfThem() {
        var graph = new RevisionGraph(List.of(rev(A), rev(B, A), rev(C, B), rev(D, C), squash(S, List.of(A), B, C)));
        assertThat(graph.heads()).containsExactly(D);
        assertThat(graph.squashes()).extracting(LoadedMigration::id).containsExactly(S);
        assertThat(graph.upgradePath(Set.of(A), D)).extracting(LoadedMigration::id).containsExactly(S, D);
        assertThat(graph.upgradePath(Set.of(), D)).extracting(LoadedMigration::id).containsExactly(A, S, D);
        assertThat(graph.upgradePath(Set.of(B), D)).extracting(LoadedMigration::id).containsExactly(C, D);
        assertThat(graph.upgradePath(Set.of(A), B)).extracting(LoadedMigration::id).containsExactly(B);   // not past all of them
        assertThat(graph.headsAfter(Set.of(A), graph.get(S), true)).containsExactly(C);
        assertThat(graph.withoutSquashes().upgradePath(Set.of(A), D)).extracting(LoadedMigration::id).containsExactly(B, C, D);
    }

    @Test
    void aSquashOfRevisionsThatAreNoChainIsRefused() {
        assertThatThrownBy(() -> new RevisionGraph(List.of(rev(A), rev(B, A), rev(C, B), squash(S, List.of(), B, C))))
                .isInstanceOf(MigrationException.class).hasMessageContaining("follows [" + A + "] instead of []");
        assertThatThrownBy(() -> new RevisionGraph(List.of(rev(A), rev(B, A), rev(C, B), rev(D, B), squash(S, List.of(A), B, C))))
                .isInstanceOf(MigrationException.class).hasMessageContaining("only a chain nothing branches off can be squashed");
    }
}
