package io.copydesk.findings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.copydesk.article.Article;
import io.copydesk.quotes.Kind;
import io.copydesk.quotes.Quote;
import io.copydesk.quotes.Status;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * What the review service found in one revision: a quotation with its kind, status, speaker and cue,
 * or (kind null) a quotation mark without its partner. Stored once per revision when it is saved.
 */
@Entity
@Table(name = "quote_finding")
public class QuoteFinding extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;
    @Column(name = "revision_number")
    public int revisionNumber;
    public int ordinal;
    @Column(name = "start_offset")
    public int start;
    @Column(name = "end_offset")
    public int end;
    @Column(name = "quote_text", columnDefinition = "text")
    public String text;
    @Column(name = "quote_key")
    public String key;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "speaker_text")
    public String speakerText;
    @Column(name = "speaker_name")
    public String speakerName;
    @Column(name = "speaker_start")
    public Integer speakerStart;
    @Column(name = "speaker_end")
    public Integer speakerEnd;
    @Column(name = "cue_text")
    public String cueText;
    @Column(name = "cue_start")
    public Integer cueStart;
    @Column(name = "cue_end")
    public Integer cueEnd;
    public String message;
    @Column(name = "cleared_in")
    public Integer clearedIn;

    public static List<QuoteFinding> listFor(Article article, int revision) {
        return list("article = ?1 and revisionNumber = ?2 order by ordinal", article, revision);
    }

    public boolean quote() {
        return kind != null;
    }

    public boolean unbalanced() {
        return kind == null;
    }

    /** Speech with no source, or only a vague one: an editor must act. */
    public boolean needsSource() {
        return status == Status.UNSOURCED || status == Status.VAGUE;
    }

    /** The person, as the page shows it: the resolved name, else the words of the attribution. */
    public String speakerLabel() {
        if (speakerName != null && !speakerName.isBlank()) {
            return speakerName;
        }
        return speakerText;
    }

    public String statusLabel() {
        if (kind == null) {
            return "Unbalanced quotation mark";
        }
        return switch (status) {
            case ATTRIBUTED -> "Attributed";
            case VAGUE -> "Vague source";
            case UNSOURCED -> "No source";
            case NOT_APPLICABLE -> kind == Kind.TITLE ? "Title" : "Scare quotes";
        };
    }

    public String css() {
        if (kind == null) {
            return "q q-unbalanced";
        }
        return "q q-" + status.name().toLowerCase().replace('_', '-');
    }

    /** Hover and screen-reader text for the highlighted quote. */
    public String hint() {
        if (kind == null) {
            return "Quotation mark without its partner";
        }
        return switch (status) {
            case ATTRIBUTED -> "Said by " + speakerLabel() + (cueText == null ? "" : " (" + cueText + ")");
            case VAGUE -> "Vague source: " + (speakerText == null ? "unnamed" : speakerText);
            case UNSOURCED -> "No source: nobody is said to have said this";
            case NOT_APPLICABLE -> kind == Kind.TITLE ? "A title, needs no source" : "Scare quotes, need no source";
        };
    }

    static QuoteFinding of(Article article, int revision, int ordinal, Quote q) {
        QuoteFinding f = new QuoteFinding();
        f.article = article;
        f.revisionNumber = revision;
        f.ordinal = ordinal;
        f.start = q.start();
        f.end = q.end();
        f.text = q.text();
        f.key = keyOf(q.text());
        f.kind = q.kind();
        f.status = q.status();
        if (q.speaker() != null) {
            f.speakerText = clip(q.speaker().text(), 500);
            f.speakerName = clip(q.speaker().name(), 200);
            f.speakerStart = q.speaker().start();
            f.speakerEnd = q.speaker().end();
        }
        if (q.cue() != null) {
            f.cueText = clip(q.cue().text(), 500);
            f.cueStart = q.cue().start();
            f.cueEnd = q.cue().end();
        }
        return f;
    }

    static QuoteFinding unbalanced(Article article, int revision, int ordinal, io.copydesk.quotes.Finding finding) {
        QuoteFinding f = new QuoteFinding();
        f.article = article;
        f.revisionNumber = revision;
        f.ordinal = ordinal;
        f.start = finding.start();
        f.end = finding.end();
        f.text = finding.text();
        f.key = keyOf(finding.text());
        f.message = clip(finding.message(), 1000);
        return f;
    }

    /**
     * Quote identity across revisions: the words inside the marks, whatever the mark style, spacing or
     * case, hashed to fit an index.
     */
    static String keyOf(String quote) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < quote.length(); i++) {
            char c = quote.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            } else if (Character.isWhitespace(c) && !sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sb.toString().strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
