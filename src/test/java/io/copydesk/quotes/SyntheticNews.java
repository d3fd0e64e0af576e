package io.copydesk.quotes;

import java.util.Random;

/**
 * Builds large, deterministic, news-like articles from hand-written sentence templates (no corpus text), for
 * measuring speed on big inputs and checking that nothing breaks at 10 MB.
 */
final class SyntheticNews {

    private static final String[] FIRST = {"Maria", "John", "Olena", "David", "Aisha", "Pedro", "Grace", "Tomas"};
    private static final String[] LAST = {"Kowalski", "Okafor", "Lindqvist", "Moreau", "Haddad", "Brennan",
        "Yamada", "Castillo"};
    private static final String[] ROLE = {"the city's mayor", "a council member", "the school superintendent",
        "the union president", "a county commissioner", "the hospital director"};
    private static final String[] SAID = {"said", "told reporters", "added", "wrote on Facebook", "said in a statement",
        "explained"};
    private static final String[] WORDS = {"budget", "bridge", "council", "vote", "plan", "river", "school",
        "repairs", "housing", "taxes", "meeting", "residents", "flooding", "contract", "season", "parking"};

    private SyntheticNews() {
    }

    static String generate(int chars, long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(chars + 2000);
        b.append("Council Approves Budget After Long Night of Debate\n\n");
        while (b.length() < chars) {
            String first = FIRST[r.nextInt(FIRST.length)];
            String last = LAST[r.nextInt(LAST.length)];
            switch (r.nextInt(9)) {
                case 0 -> b.append('\u201C').append(sentence(r)).append(",\u201D said ").append(first).append(' ')
                        .append(last).append(", ").append(ROLE[r.nextInt(ROLE.length)]).append(". \u201C")
                        .append(sentence(r)).append(".\u201D");
                case 1 -> b.append(first).append(' ').append(last).append(' ').append(SAID[r.nextInt(SAID.length)])
                        .append(", \"").append(sentence(r)).append(".\"");
                case 2 -> b.append("''").append(sentence(r)).append(",'' Mr. ").append(last).append(" said. ''")
                        .append(sentence(r)).append(" It's the ").append(WORDS[r.nextInt(WORDS.length)])
                        .append(" that matters.''");
                case 3 -> b.append("The ").append(WORDS[r.nextInt(WORDS.length)]).append(" was described as \u201C")
                        .append(WORDS[r.nextInt(WORDS.length)]).append("\u201D by critics, and the so-called \u201C")
                        .append(WORDS[r.nextInt(WORDS.length)]).append(" plan\u201D was delayed.");
                case 4 -> b.append('\u201C').append(sentence(r)).append(".\u201D");
                case 5 -> b.append("\u201C").append(sentence(r)).append(". ").append(sentence(r))
                        .append(".\n\n\u201C").append(sentence(r)).append(",\u201D ").append(last).append(" said.");
                case 6 -> b.append(sentence(r)).append(" in the ").append(WORDS[r.nextInt(WORDS.length)])
                        .append(", according to officials who asked not to be named. \u201C").append(sentence(r))
                        .append(",\u201D a source said.");
                case 7 -> b.append("She said the ").append(WORDS[r.nextInt(WORDS.length)]).append(" was \u201C")
                        .append(sentence(r)).append("\u201D and then left; it wasn\u2019t the \u201990s anymore.");
                default -> {
                    for (int k = 0; k < 3; k++) {
                        b.append(Character.toUpperCase(sentence(r).charAt(0))).append(sentence(r).substring(1))
                                .append(". ");
                    }
                }
            }
            b.append(r.nextInt(12) == 0 ? "\n" : "\n\n");
        }
        return b.substring(0, chars);
    }

    private static String sentence(Random r) {
        StringBuilder s = new StringBuilder();
        int n = 5 + r.nextInt(10);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(WORDS[r.nextInt(WORDS.length)]);
        }
        s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        return s.toString();
    }
}
