package autogen.render;

import static autogen.render.JavaText.literal;

import autogen.ConfigurationException;
import autogen.diff.MigrationPlan;
import autogen.lint.Finding;
import autogen.lint.Safety;
import autogen.migration.Dsl;
import autogen.migration.Migration;
import autogen.migration.Ops;
import autogen.migration.Revision;
import autogen.ops.Operation;
import autogen.revision.RevisionInfo;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Writes one revision as a Java class: {@code upgrade} lists the plan's steps, {@code downgrade} their reverses in
 * the mirror order, each step one statement, with a comment above every step a reviewer must read: its
 * {@link Safety} findings (destroys data, may fail on existing rows, rewrites or locks the table), a rename's
 * evidence, and in the downgrade what recreating a dropped object does not bring back. A method with more steps
 * than the JVM takes in one ({@link Split}) calls them in parts, in order.
 * Output depends only on its inputs: the same plan and revision give the same text, byte for byte.
 */
public final class MigrationRenderer {

    /** The built-in header, from templates/migration-header.txt. */
    public static final String DEFAULT_HEADER = readDefaultHeader();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(message|id|down|created)}");

    private final String header;

    private static final String NON_TRANSACTIONAL = "\n<p>Runs outside a transaction, for the steps PostgreSQL cannot run inside "
            + "one (CONCURRENTLY): each step commits on its own, and a failure leaves the steps before it applied.\n";

    public MigrationRenderer() {
        this(DEFAULT_HEADER);
    }

    /** {@code header}: the class Javadoc, with placeholders {message}, {id}, {down} and {created}. */
    public MigrationRenderer(String header) {
        this.header = Objects.requireNonNull(header, "header");
    }

    public String render(String packageName, String className, RevisionInfo revision, MigrationPlan plan) {
        var annotation = AnnotationSpec.builder(Revision.class).addMember("id", literal(revision.id()));
        if (!revision.down().isEmpty())
            annotation.addMember("down", revision.down().size() == 1 ? literal(revision.down().get(0))
                    : CodeBlock.of("{$L}", CodeBlock.join(revision.down().stream().map(JavaText::literal).toList(), ", ")));
        annotation.addMember("message", literal(revision.message())).addMember("created", literal(revision.created()));
        if (!revision.transactional()) annotation.addMember("transactional", "false");
        if (revision.contract()) annotation.addMember("contract", "true");
        if (!revision.replaces().isEmpty())
            annotation.addMember("replaces", "{$L}", CodeBlock.join(revision.replaces().stream().map(JavaText::literal).toList(), ", "));
        if (!revision.acknowledged().isEmpty())
            annotation.addMember("acknowledged", "{$L}",
                    CodeBlock.join(revision.acknowledged().stream().map(JavaText::literal).toList(), ", "));

        var upgrade = steps(plan.upgrade(), plan.notes());
        var downgrade = steps(plan.downgrade(), plan.downgradeNotes());
        // past what one class's constant pool holds, the parts of each method go to nested classes with pools of their own
        boolean nested = literals(upgrade) + literals(downgrade) > Split.CLASS_LITERALS;
        var up = method("upgrade", upgrade, nested);
        var down = method("downgrade", downgrade, nested);
        var type = TypeSpec.classBuilder(className)
                .addJavadoc("$L", javadoc(revision))
                .addAnnotation(annotation.build())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Migration.class)
                .addMethod(up.method())
                .addMethod(down.method())
                .addMethods(up.parts())
                .addMethods(down.parts())
                .addTypes(up.classes())
                .addTypes(down.classes())
                .build();
        return JavaFile.builder(packageName, type)
                .addStaticImport(Dsl.class, "*")
                .skipJavaLangImports(true)
                .indent(JavaText.INDENT)
                .build()
                .toString();
    }

    /**
     * The header with its placeholders filled in one pass, so that a message containing {@code {id}} keeps it; the
     * template is Javadoc already (HTML), the values are text.
     */
    private String javadoc(RevisionInfo revision) {
        var values = Map.of("message", revision.message(), "id", revision.id(),
                "down", revision.down().isEmpty() ? "base" : String.join(", ", revision.down()), "created", revision.created());
        Matcher placeholder = PLACEHOLDER.matcher(header);
        var text = new StringBuilder();
        while (placeholder.find())
            placeholder.appendReplacement(text, Matcher.quoteReplacement(JavaText.javadocText(values.get(placeholder.group(1)))));
        placeholder.appendTail(text);
        return JavaText.javadocComment(text.toString().strip() + "\n" + (revision.transactional() ? "" : NON_TRANSACTIONAL));
    }

    /** A step as a method lists it: the comments a reviewer needs above it, then its statement. */
    private record Step(CodeBlock code, Split.Size size) {}

    private static List<Step> steps(List<Operation> operations, Map<Operation, String> notes) {
        var source = new OperationSource();
        var findings = Safety.of(operations);
        var steps = new ArrayList<Step>();
        for (Operation op : operations) {
            var code = CodeBlock.builder();
            if (notes.containsKey(op)) code.add(JavaText.lineComment(notes.get(op)));
            for (Finding finding : findings.get(op)) code.add(JavaText.lineComment(finding.comment()));
            CodeBlock statement = op.accept(source);
            steps.add(new Step(code.addStatement("$L", statement).build(), Split.Size.of(statement)));
        }
        return steps;
    }

    private static int literals(List<Step> steps) {
        return steps.stream().mapToInt(s -> s.size().literals()).sum();
    }

    /** {@code upgrade} or {@code downgrade}, and the parts it calls in order when its steps are too many for one method. */
    private record Method(MethodSpec method, List<MethodSpec> parts, List<TypeSpec> classes) {}

    private static Method method(String name, List<Step> steps, boolean nested) {
        var method = MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addParameter(Ops.class, "op");
        var parts = Split.groups(steps, s -> s.size().tokens(), Split.METHOD_TOKENS);
        if (parts.size() <= 1) return new Method(method.addCode(body(steps)).build(), List.of(), List.of());
        var methods = new ArrayList<MethodSpec>();
        for (int i = 0; i < parts.size(); i++) {
            var part = MethodSpec.methodBuilder(name + (i + 1)).addParameter(Ops.class, "op").addCode(body(parts.get(i)));
            methods.add((nested ? part.addModifiers(Modifier.STATIC) : part.addModifiers(Modifier.PRIVATE, Modifier.STATIC)).build());
        }
        if (!nested) {
            for (MethodSpec part : methods) method.addStatement("$N(op)", part);
            return new Method(method.build(), methods, List.of());
        }
        var classes = new ArrayList<TypeSpec>();
        int first = 0;
        for (var group : Split.groups(parts, MigrationRenderer::literals, Split.CLASS_LITERALS)) {
            String className = Character.toUpperCase(name.charAt(0)) + name.substring(1) + (classes.size() + 1);
            var members = methods.subList(first, first + group.size());
            for (MethodSpec part : members) method.addStatement("$N.$N(op)", className, part);
            classes.add(TypeSpec.classBuilder(className).addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addMethods(members).build());
            first += group.size();
        }
        return new Method(method.build(), List.of(), classes);
    }

    private static CodeBlock body(List<Step> steps) {
        var body = CodeBlock.builder();
        for (Step step : steps) body.add(step.code());
        return body.build();
    }

    /**
     * The class name for a revision: {@code V} + creation time to the second + the message in UpperCamelCase, so
     * that files sort by creation in a folder listing. Characters that cannot be in a Java name are dropped.
     */
    public static String className(RevisionInfo revision) {
        String stamp = revision.created().replaceAll("[^0-9]", "");
        if (stamp.length() < 14) throw new IllegalArgumentException("created is not an ISO instant: " + revision.created());
        var camel = new StringBuilder();
        for (String word : revision.message().split("[^\\p{Alnum}]+")) {
            if (word.isEmpty() || !Character.isJavaIdentifierPart(word.charAt(0))) continue;
            camel.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            if (camel.length() > 60) break;
        }
        return "V" + stamp.substring(0, 8) + "_" + stamp.substring(8, 14) + (camel.isEmpty() ? "" : "_" + camel);
    }

    private static String readDefaultHeader() {
        try (InputStream in = MigrationRenderer.class.getResourceAsStream("/autogen/templates/migration-header.txt")) {
            if (in == null) throw new ConfigurationException("autogen is built without templates/migration-header.txt: rebuild it");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
