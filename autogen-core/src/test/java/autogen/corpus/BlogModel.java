package autogen.corpus;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/**
 * A blog: element collections of basics (list with @OrderColumn, set) and of embeddables, maps with @MapKeyColumn
 * (String → String and String → embeddable), ordered many-to-many with named foreign keys, @OnDelete CASCADE on a
 * many-to-one and on a self reference, jsonb, arrays, text and large objects.
 */
final class BlogModel {

    private BlogModel() {}

    static Class<?>[] classes() {
        return new Class<?>[] {BlogAuthor.class, Post.class, BlogComment.class, PostRevision.class, Series.class,
                MediaAsset.class, Subscriber.class};
    }

    @Entity(name = "BlogAuthor") @Table(name = "blog_author")
    static class BlogAuthor {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "handle", nullable = false, unique = true, length = 40) String handle;
        @Column(name = "bio", columnDefinition = "text") String bio;
        @ElementCollection
        @CollectionTable(name = "author_link", joinColumns = @JoinColumn(name = "author_id"))
        @MapKeyColumn(name = "site", length = 40)
        @Column(name = "url", length = 500)
        Map<String, String> links;
    }

    @Entity(name = "Post") @Table(name = "post")
    static class Post {
        @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
        @Column(name = "title", nullable = false, length = 300) String title;
        @Column(name = "slug", nullable = false, unique = true, length = 300) String slug;
        @Column(name = "body", columnDefinition = "text") String body;
        @ManyToOne(optional = false) @JoinColumn(name = "author_id") @OnDelete(action = OnDeleteAction.CASCADE) BlogAuthor author;
        @Column(name = "published", nullable = false) @ColumnDefault("false") boolean published;
        @Column(name = "published_at") LocalDateTime publishedAt;
        @ElementCollection
        @CollectionTable(name = "post_tag", joinColumns = @JoinColumn(name = "post_id"))
        @OrderColumn(name = "position")
        @Column(name = "tag", length = 40)
        List<String> tags;
        @JdbcTypeCode(SqlTypes.JSON) @Column(name = "metadata") Map<String, Object> metadata;
        @JdbcTypeCode(SqlTypes.JSON) @Column(name = "raw_settings") String rawSettings;
        @Column(name = "keywords") String[] keywords;
        @Column(name = "scores") int[] scores;
        @JdbcTypeCode(SqlTypes.ARRAY) @Column(name = "categories") List<String> categories;
    }

    @Entity(name = "BlogComment") @Table(name = "blog_comment")
    static class BlogComment {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @ManyToOne(optional = false) @JoinColumn(name = "post_id") @OnDelete(action = OnDeleteAction.CASCADE) Post post;
        @ManyToOne @JoinColumn(name = "reply_to_id") @OnDelete(action = OnDeleteAction.CASCADE) BlogComment replyTo;
        @Column(name = "author_name", length = 80) String authorName;
        @Column(name = "content", nullable = false, length = 4000) String content;
        @Column(name = "created_at", nullable = false) @ColumnDefault("CURRENT_TIMESTAMP") Instant createdAt;
    }

    @Embeddable
    static class FieldChange {
        @Column(name = "field", nullable = false, length = 60) String field;
        @Column(name = "old_value", columnDefinition = "text") String oldValue;
        @Column(name = "new_value", columnDefinition = "text") String newValue;
    }

    @Entity(name = "PostRevision") @Table(name = "post_revision")
    static class PostRevision {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @ManyToOne(optional = false) @JoinColumn(name = "post_id") Post post;
        @Column(name = "revised_at", nullable = false) Instant revisedAt;
        @ElementCollection
        @CollectionTable(name = "revision_change", joinColumns = @JoinColumn(name = "revision_id"))
        @OrderColumn(name = "change_index")
        List<FieldChange> changes;
    }

    @Entity(name = "Series") @Table(name = "series")
    static class Series {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "name", nullable = false, length = 120) String name;
        @ManyToMany
        @JoinTable(name = "series_post",
                joinColumns = @JoinColumn(name = "series_id", foreignKey = @ForeignKey(name = "fk_series_post_series")),
                inverseJoinColumns = @JoinColumn(name = "post_id", foreignKey = @ForeignKey(name = "fk_series_post_post")))
        @OrderColumn(name = "episode")
        List<Post> posts;
    }

    @Embeddable
    static class Rendition {
        @Column(name = "width", nullable = false) int width;
        @Column(name = "height", nullable = false) int height;
        @Column(name = "url", length = 500) String url;
    }

    @Entity(name = "MediaAsset") @Table(name = "media_asset")
    static class MediaAsset {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "file_name", nullable = false) String fileName;
        @Lob @Column(name = "content") byte[] content;
        @Lob @Column(name = "alt_text") String altText;
        @Column(name = "thumbnail") byte[] thumbnail;
        @ElementCollection
        @CollectionTable(name = "media_rendition", joinColumns = @JoinColumn(name = "asset_id"))
        @MapKeyColumn(name = "variant", length = 20)
        Map<String, Rendition> renditions;
    }

    @Entity(name = "Subscriber") @Table(name = "subscriber")
    static class Subscriber {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(name = "email", nullable = false, unique = true, length = 320) String email;
        @ElementCollection
        @CollectionTable(name = "subscriber_topic", joinColumns = @JoinColumn(name = "subscriber_id"))
        @Column(name = "topic", nullable = false, length = 60)
        Set<String> topics;
    }
}
