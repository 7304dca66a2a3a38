package autogen.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JavaTextTest {

    @Test
    void literalsOfTextJavaPoetHandlesAreWrittenAsItsDollarS() {
        // what classes written before read the same: quotes, backslashes, controls, line feeds, any visible character
        String alphabet = "ab \"'\\\n\r\t\b\f\0\u001b\u007f\u0085éß中😀$%*/{}";
        var random = new Random(7);
        for (int n = 0; n < 2000; n++) {
            var text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                    random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            String value = text.toString();
            assertThat(wrapped(JavaText.literal(value))).as("%s", value).isEqualTo(wrapped(CodeBlock.of("$S", value)));
        }
    }

    /** In a method body of a class indented as generated ones, where a literal with line feeds continues on indented lines. */
    private static String wrapped(CodeBlock literal) {
        var method = MethodSpec.methodBuilder("m").addStatement("f($L)", literal).build();
        return JavaFile.builder("p", TypeSpec.classBuilder("C").addMethod(method).build()).indent(JavaText.INDENT).build().toString();
    }

    @Test
    void literalsEscapeWhatJavaPoetWouldBreakOrAReaderCannotSee() {
        assertThat(JavaText.literal("a\u2028b\u2029c").toString()).isEqualTo("\"a\\u2028b\\u2029c\"");
        assertThat(JavaText.literal("x\u202ey\u200bz").toString()).isEqualTo("\"x\\u202ey\\u200bz\"");
        assertThat(JavaText.literal("\udc00\ud83d\ude00").toString()).isEqualTo("\"\\udc00\ud83d\ude00\"");
        // (written as two literals here too, for the same javac)
        assertThat(JavaText.literal("\ud800" + "\\u000d").toString()).isEqualTo("\"\\ud800\" + \"\\\\u000d\"");
    }

    @Test
    void lineCommentsGetOneLinePerLineAndNoUnicodeEscape() {
        assertThat(JavaText.lineComment("drops t.a\nop.dropTable(\"x\");\u2028b\r\nc").toString())
                .isEqualTo("// drops t.a\n// op.dropTable(\"x\");\n// b\n// c\n");
        assertThat(JavaText.lineComment("a \\u000a b \\\\u000a c \\\\\\u000a d \\x").toString())
                .isEqualTo("// a \\\\u000a b \\\\u000a c \\\\\\\\u000a d \\x\n");
        assertThat(JavaText.lineComment("a\u202eb\ud800c\td").toString()).isEqualTo("// a<U+202E>b<U+D800>c\td\n");
    }

    @Test
    void javadocTextShowsTheTextAsWrittenAndCannotEndTheComment() {
        assertThat(JavaText.javadocText("a */ b \\u002a/ c <p> & d {@code e}")).isEqualTo(
                "a *&#47; b &#92;u002a/ c &lt;p&gt; &amp; d {&#64;code e}");
        assertThat(JavaText.javadocText("@deprecated\n  * @see x\u2028@return y, mail@example.com")).isEqualTo(
                "&#64;deprecated\n  * &#64;see x\n&#64;return y, mail@example.com");
        assertThat(JavaText.javadocText("a\u0000b\ud800c")).isEqualTo("a&#x0;b&#xd800;c");
    }

    @Test
    void javadocSourceKeepsItsHtmlButCannotEndTheComment() {
        assertThat(JavaText.javadocComment("<p>Revision {id} */ \\u002a/ \\\\u002a/"))
                .isEqualTo("<p>Revision {id} *&#47; &#92;u002a/ \\&#92;u002a/");
    }
}
