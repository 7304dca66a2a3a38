package autogen.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnTypeTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "character varying(255)          | varchar(255)",
            "varchar(255)                    | varchar(255)",
            "character varying               | varchar",
            "character(1)                    | char(1)",
            "bpchar(3)                       | char(3)",
            "timestamp(6) without time zone  | timestamp(6)",
            "timestamp(6) with time zone     | timestamp(6) with time zone",
            "timestamptz(3)                  | timestamp(3) with time zone",
            "time(6) without time zone       | time(6)",
            "double precision                | float(53)",
            "float(53)                       | float(53)",
            "float(30)                       | float(53)",
            "float(10)                       | float(24)",
            "real                            | float(24)",
            "int4                            | integer",
            "INTEGER                         | integer",
            "int8                            | bigint",
            "int2                            | smallint",
            "bool                            | boolean",
            "numeric(38, 2)                  | numeric(38,2)",
            "decimal(10,2)                   | numeric(10,2)",
            "uuid                            | uuid",
            "jsonb                           | jsonb",
            "serial4                         | serial",
            "serial8                         | bigserial",
            "varchar(255) array              | varchar(255)[]",
            "character varying(255)[]        | varchar(255)[]",
            "integer array                   | integer[]",
            "int4[]                          | integer[]",
            "integer[3]                      | integer[]",
            "timestamp(6) with time zone[]   | timestamp(6) with time zone[]"})
    void spellingsOfOneTypeCompareEqual(String written, String canonical) {
        assertThat(ColumnType.of(written).sql()).isEqualTo(canonical);
        assertThat(ColumnType.of(canonical)).isEqualTo(ColumnType.of(written));
    }

    @ParameterizedTest(name = "{0} differs from {1}")
    @CsvSource(delimiter = '|', value = {
            "varchar(255)   | varchar(320)",
            "timestamp(6)   | timestamp(3)",
            "timestamp(6)   | timestamp(6) with time zone",
            "numeric(38,2)  | numeric(12,2)",
            "integer        | bigint"})
    void realDifferencesStayDifferent(String a, String b) {
        assertThat(ColumnType.of(a)).isNotEqualTo(ColumnType.of(b));
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(delimiter = '|', value = {
            "real              | float4",
            "float(10)         | float4",
            "float4[]          | float4[]",
            "double precision  | float(53)",
            "varchar(24)       | varchar(24)"})
    void writtenAsHibernatesDialectWritesIt(String type, String written) {
        assertThat(ColumnType.of(type).ddl()).isEqualTo(written);
    }
}
