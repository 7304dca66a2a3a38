package autogen.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.Test;

/** The class a failed Hibernate boot lacks, found however deep the JDK and Hibernate wrapped it. */
class MissingClassTest {

    @Test
    void anAnnotationValueThatCouldNotLoadNamesTheClassItsOwnClassLacks() {
        // @EntityListeners(AuditingEntityListener.class) without spring-aspects: the JDK reports "[unknown]"
        var lacking = new ClassNotFoundException("org.springframework.beans.factory.aspectj.ConfigurableObject");
        var proxy = new TypeNotPresentException("[unknown]",
                new NoClassDefFoundError("org/springframework/beans/factory/aspectj/ConfigurableObject") {{ initCause(lacking); }});
        var hibernate = new RuntimeException(new InvocationTargetException(proxy));

        assertThat(EntityInspector.missingClass(hibernate)).contains("org.springframework.beans.factory.aspectj.ConfigurableObject");
    }

    @Test
    void aTypeNotPresentNamesItsType() {
        assertThat(EntityInspector.missingClass(new TypeNotPresentException("com.example.Money", null))).contains("com.example.Money");
    }
}
