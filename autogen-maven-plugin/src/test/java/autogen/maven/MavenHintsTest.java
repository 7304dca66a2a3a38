package autogen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MavenHintsTest {

    @Test
    void theCliAdviceBecomesTheGoalWithItsProperties() {
        assertThat(MavenHints.translate("Run `autogen revision -m MESSAGE` to write a migration for this."))
                .isEqualTo("Run `mvn autogen:revision -Dautogen.message=MESSAGE` to write a migration for this.");
        assertThat(MavenHints.translate("run `autogen upgrade head`; then `autogen stamp --purge REV`"))
                .isEqualTo("run `mvn autogen:upgrade -Dautogen.target=head`; then `mvn autogen:stamp -Dautogen.purge=true -Dautogen.target=REV`");
        assertThat(MavenHints.translate("`autogen merge -m MESSAGE heads`"))
                .isEqualTo("`mvn autogen:merge -Dautogen.message=MESSAGE -Dautogen.revisions=heads`");
    }

    @Test
    void commandsWithoutAGoalAndOtherTextStayAsTheyAre() {
        assertThat(MavenHints.translate("run `autogen index` after a hand edit")).isEqualTo("run `autogen index` after a hand edit");
        assertThat(MavenHints.translate("+ op.addColumn(\"customer\", column(\"email\", \"varchar(255)\"))"))
                .isEqualTo("+ op.addColumn(\"customer\", column(\"email\", \"varchar(255)\"))");
    }

    @Test
    void aMissingClassIsADependencyToAdd() {
        assertThat(MavenHints.translate("entity a.B needs c.D, which is not on the classpath: add the jar or folder that has it "
                + "to `classpath` in autogen.properties (jars and folders, comma separated)"))
                .endsWith("add the jar or folder that has it to the project's dependencies (the plugin reads the entities on its runtime class path)");
    }
}
