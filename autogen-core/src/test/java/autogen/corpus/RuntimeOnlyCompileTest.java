package autogen.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import autogen.diff.Comparator;
import autogen.diff.MigrationPlan;
import autogen.inspect.EntityInspector;
import autogen.migration.Migration;
import autogen.model.SchemaModel;
import autogen.render.MigrationRenderer;
import autogen.revision.RevisionInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated migrations compile with autogen-runtime alone on the class path, as in an application that depends on
 * nothing else of autogen: every model of the corpus, created from nothing and dropped again.
 */
class RuntimeOnlyCompileTest {

    @TempDir
    Path dir;

    @Test
    void everyCorpusModelsMigrationCompilesAgainstTheRuntimeJarAlone() throws Exception {
        Path runtime = Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(runtime.toString()).as("the migration API comes from the runtime module").contains("autogen-runtime");
        assertThat(Files.exists(runtime.resolve("autogen/render/MigrationRenderer.class"))).isFalse();

        var models = List.of(ShopModel.classes(), HrModel.classes(), BankModel.classes(), BlogModel.classes(),
                LibraryModel.classes(), DefaultsModel.classes(), GeneratedModel.classes(), NamedEnumModel.classes(),
                OtherSchemaModel.classes(), QuotingModel.classes(), TelemetryModel.classes(), CommentModel.classes());
        var sources = new ArrayList<String>();
        for (int i = 0; i < models.size(); i++) {
            SchemaModel schema = EntityInspector.forClasses(List.of(models.get(i))).read();
            var plan = MigrationPlan.of(new Comparator().compare(SchemaModel.EMPTY, schema));
            String className = "V" + i + "_Create";
            var info = new RevisionInfo(String.format("%012x", i + 1), List.of(), "model " + i, "2026-12-02T00:00:00Z");
            Path file = dir.resolve(className + ".java");
            Files.writeString(file, new MigrationRenderer().render("app.migrations", className, info, plan));
            sources.add(file.toString());
        }

        var errors = new java.io.ByteArrayOutputStream();
        var args = Stream.concat(Stream.of("-classpath", runtime.toString(), "-d", dir.resolve("classes").toString(),
                "-proc:none"), sources.stream()).toArray(String[]::new);
        int code = ToolProvider.getSystemJavaCompiler().run(null, null, errors, args);

        assertThat(code).as(errors.toString()).isZero();
        assertThat(dir.resolve("classes/app/migrations/V0_Create.class")).exists();
    }
}
