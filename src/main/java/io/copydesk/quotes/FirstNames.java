package io.copydesk.quotes;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Common first names that news copy uses for one gender only, so that "“...,” she said" after "Tom Kent added" is not
 * Tom Kent. Deliberately short and conservative: names given to both (Jordan, Alex, Robin, Jean, Andrea) are left out,
 * and a name not listed says nothing. Kept apart from {@link Lexicon}, where any listed word counts as "not a name".
 */
final class FirstNames {

    private static final Set<String> MALE = new HashSet<>();
    private static final Set<String> FEMALE = new HashSet<>();

    static {
        add(MALE, "aaron", "abdul", "adam", "ahmed", "alan", "albert", "alexander", "ali", "andrew", "anthony",
                "antonio", "arthur", "arun", "barry", "ben", "benjamin", "bill", "billy", "bob", "brad", "brandon",
                "brian", "bruce", "bryan", "carl", "carlos", "charles", "chris", "christopher", "colin", "craig",
                "dale", "dan", "daniel", "darren", "dave", "david", "dennis", "derek", "diego", "donald", "doug",
                "douglas", "duncan", "dwight", "earl", "eddie", "edward", "eric", "ernest", "eugene", "frank", "fred",
                "gary", "gavin", "george", "gerald", "gordon", "graham", "greg", "gregory", "harold", "harry", "hector",
                "henry", "howard", "hugh", "ian", "ivan", "jack", "jacob", "jake", "james", "jamal", "jason", "jeff",
                "jeffrey", "jeremy", "jerry", "jim", "jimmy", "joe", "john", "jonathan", "jorge", "jose", "joseph",
                "josh", "joshua", "juan", "justin", "keith", "ken", "kenneth", "kevin", "kyle", "larry", "lawrence",
                "leonard", "liam", "luis", "luke", "malcolm", "marcus", "mark", "martin", "matt", "matthew", "michael",
                "miguel", "mike", "mohammed", "muhammad", "nathan", "neil", "nicholas", "nick", "noah", "oliver",
                "omar", "oscar", "owen", "patrick", "paul", "pedro", "peter", "phil", "philip", "rahul", "ralph",
                "raj", "ramon", "randy", "ray", "raymond", "richard", "rick", "rob", "robert", "roger", "ronald",
                "roy", "russell", "ryan", "samuel", "scott", "sean", "sergei", "simon", "stephen", "steve", "steven",
                "stuart", "ted", "thomas", "tim", "timothy", "todd", "tom", "tony", "travis", "trevor",
                "victor", "vincent", "walt", "walter", "wayne", "william", "willie", "yusuf", "zachary");
        add(FEMALE, "abigail", "alice", "alicia", "alison", "amanda", "amber", "amy", "ana", "angela", "anita",
                "ann", "anna", "anne", "annette", "barbara", "betty", "beverly", "brenda", "brianna", "carmen",
                "carol", "caroline", "catherine", "cheryl", "christina", "christine", "claire", "cynthia", 
                "deborah", "debra", "denise", "diana", "diane", "donna", "doris", "dorothy", "eleanor", "elena",
                "elizabeth", "ellen", "emily", "emma", "eva", "evelyn", "fatima", "fiona", "frances", "gloria",
                "grace", "hannah", "heather", "helen", "irene", "isabel", "jacqueline", "jane", "janet", "janice",
                "jennifer", "jessica", "joan", "joanne", "josephine", "joyce", "judith", "judy", "julia", "julie",
                "karen", "kate", "katherine", "kathleen", "kathryn", "kayla", "kimberly", "laura", "lauren",
                "linda", "lisa", "lorraine", "louise", "lucia", "lucy", "margaret", "maria", "marie", "marian",
                "marilyn", "martha", "mary", "megan", "melissa", "michelle", "miriam", "monica", "nancy", "natalie",
                "nicole", "nora", "olivia", "pamela", "patricia", "paula", "priya", "rachel", "rebecca", "rita",
                "rosa", "rose", "ruth", "sandra", "sara", "sarah", "sharon", "shirley", "sophia", "stephanie", "susan",
                "sunita", "tanya", "teresa", "theresa", "valerie", "victoria", "virginia", "wendy", "yvonne");
    }

    private FirstNames() {
    }

    private static void add(Set<String> set, String... names) {
        for (String n : names) {
            set.add(n);
            set.add(Character.toUpperCase(n.charAt(0)) + n.substring(1)); // as text writes them: no folding per look-up
        }
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
