package io.copydesk.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays a story body out as paragraphs (separated by blank lines) of segments, each segment carrying the
 * highlights that cover it: quote findings, annotations. The text of a paragraph is exactly
 * {@code body.substring(start, end)}, so the page script can map a selection back to body offsets.
 */
public final class StoryText {

    /** A highlighted range of the body; {@code css} classes and a {@code label} for hover and screen readers. */
    public record Mark(int start, int end, String css, String id, String label) {
    }

    public record Segment(int start, String text, List<Mark> marks) {
        public boolean plain() {
            return marks.isEmpty();
        }

        public String css() {
            StringBuilder sb = new StringBuilder();
            for (Mark m : marks) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(m.css());
            }
            return sb.toString();
        }

        /** The id of a mark that starts here, so that links from the side panel land on it. */
        public String anchor() {
            for (Mark m : marks) {
                if (m.start() == start && m.id() != null) {
                    return m.id();
                }
            }
            return null;
        }

        public String label() {
            StringBuilder sb = new StringBuilder();
            for (Mark m : marks) {
                if (m.label() != null && !m.label().isEmpty()) {
                    if (!sb.isEmpty()) {
                        sb.append(" · ");
                    }
                    sb.append(m.label());
                }
            }
            return sb.toString();
        }
    }

    public record Paragraph(int start, int end, List<Segment> segments) {
    }

    private StoryText() {
    }

    /** Paragraph ranges of a body: maximal runs of text between blank lines. */
    public static List<int[]> paragraphs(String body) {
        List<int[]> result = new ArrayList<>();
        int n = body.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int lastText = i;
            while (i < n) {
                char c = body.charAt(i);
                if (c == '\n' && blankLineFollows(body, i + 1)) {
                    break;
                }
                if (!Character.isWhitespace(c)) {
                    lastText = i;
                }
                i++;
            }
            result.add(new int[] { start, lastText + 1 });
        }
        return result;
    }

    private static boolean blankLineFollows(String body, int from) {
        for (int j = from; j < body.length(); j++) {
            char c = body.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    public static List<Paragraph> layout(String body, List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>();
        for (Mark m : marks) {
            if (m.start() < m.end() && m.start() >= 0 && m.end() <= body.length()) {
                sorted.add(m);
            }
        }
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
        List<Paragraph> paragraphs = new ArrayList<>();
        int next = 0; // first mark not yet started
        List<Mark> active = new ArrayList<>();
        for (int[] p : paragraphs(body)) {
            List<Segment> segments = new ArrayList<>();
            active.removeIf(m -> m.end() <= p[0]);
            while (next < sorted.size() && sorted.get(next).start() < p[0]) {
                Mark m = sorted.get(next++);
                if (m.end() > p[0]) {
                    active.add(m);
                }
            }
            int pos = p[0];
            while (pos < p[1]) {
                int boundary = p[1];
                for (Mark m : active) {
                    boundary = Math.min(boundary, m.end());
                }
                if (next < sorted.size()) {
                    boundary = Math.min(boundary, Math.max(pos, sorted.get(next).start()));
                }
                if (boundary == pos) {
                    while (next < sorted.size() && sorted.get(next).start() <= pos) {
                        active.add(sorted.get(next++));
                    }
                    final int here = pos;
                    active.removeIf(m -> m.end() <= here);
                    continue;
                }
                segments.add(new Segment(pos, body.substring(pos, boundary), List.copyOf(active)));
                pos = boundary;
                final int at = pos;
                active.removeIf(m -> m.end() <= at);
            }
            paragraphs.add(new Paragraph(p[0], p[1], segments));
        }
        return paragraphs;
    }
}
