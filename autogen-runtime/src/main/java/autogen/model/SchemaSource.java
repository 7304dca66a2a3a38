package autogen.model;

/** Where a schema comes from: the entities (the target) or a live database (the current state). */
public interface SchemaSource {
    SchemaModel read();
}
