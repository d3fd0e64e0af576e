package io.copydesk.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * First names that news copy uses for one gender only, so that "“...,” she said" after "Tom Kent added" is not
 * Tom Kent. About 3,700 men's and 3,000 women's names from many languages (first-names-male.txt and
 * first-names-female.txt beside this class); names given to both (Jordan, Alex, Robin, Jean, Andrea, Kelly) are left
 * out, and a name not listed says nothing. Kept apart from {@link Lexicon}, where any listed word counts as "not a name".
 */
final class FirstNames {

    private static final Set<String> MALE = load("first-names-male.txt");
    private static final Set<String> FEMALE = load("first-names-female.txt");
    // Case-folded hashes of every listed name: most capitalised words are no first name, and one probe of this set
    // (no String made) tells so
    private static final IntSet HASHES = hashes();

    private FirstNames() {
    }

    /** One lower-case name per line ("#" starts a comment), each kept also as text writes it: no folding per look-up. */
    private static Set<String> load(String resource) {
        Set<String> set = new HashSet<>(8192);
        try (InputStream in = FirstNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String n = line.strip();
                if (!n.isEmpty() && n.charAt(0) != '#') {
                    set.add(n);
                    set.add(Character.toUpperCase(n.charAt(0)) + n.substring(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }

    /** 1 for a man's first name, 2 for a woman's, 0 when the name's first word says neither. */
    static int gender(String name) {
        if (name == null) {
            return 0;
        }
        // the first listed word before the surname ("Manager Sarah Lewis" is a woman); a surname alone says nothing
        int from = 0;
        for (int space = name.indexOf(' '); space > from; space = name.indexOf(' ', from)) {
            int g = ofFirst(name.substring(from, space));
            if (g != 0) {
                return g;
            }
            from = space + 1;
        }
        return 0;
    }

    /** {@link #ofFirst} for a name in text[s, e) written in title case ("Harriet"), without trying its lower case. */
    static int ofWritten(char[] text, int s, int e) {
        if (!HASHES.contains(Lexicon.hash(text, s, e))) {
            return 0;
        }
        String first = new String(text, s, e - s);
        return MALE.contains(first) ? 1 : FEMALE.contains(first) ? 2 : 0;
    }

    private static IntSet hashes() {
        IntSet set = new IntSet();
        for (Set<String> names : java.util.List.of(MALE, FEMALE)) {
            for (String n : names) {
                set.add(Lexicon.hash(n));
            }
        }
        return set;
    }

    /** The gender a first name gives (1 a man's, 2 a woman's), or 0. */
    static int ofFirst(String first) {
        if (MALE.contains(first)) {
            return 1;
        }
        if (FEMALE.contains(first)) {
            return 2;
        }
        String f = first.toLowerCase(Locale.ROOT); // ("TOM KENT" in a headline)
        return MALE.contains(f) ? 1 : FEMALE.contains(f) ? 2 : 0;
    }
}
