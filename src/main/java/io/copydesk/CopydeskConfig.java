package io.copydesk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The app's own settings (prefix {@code copydesk.}), documented in application.properties. */
@ConfigMapping(prefix = "copydesk")
public interface CopydeskConfig {

    /** Load the demo users and story at start. On in dev mode only; the app warns loudly otherwise. */
    @WithDefault("false")
    boolean demoData();

    Review review();

    Article article();

    Login login();

    Api api();

    Mail mail();

    Http http();

    interface Http {
        /** Larger requests get a friendly 413 page before they are read. */
        @WithDefault("12M")
        io.quarkus.runtime.configuration.MemorySize maxBodySize();
    }

    interface Mail {
        /** Send a copy of each notification by email (quarkus-mailer settings apply). Off by default. */
        @WithDefault("false")
        boolean enabled();
    }

    interface Api {
        /** Largest text accepted by POST /api/v1/quotes/check, in bytes; larger bodies get a 413. */
        @WithDefault("2000000")
        int maxCheckBytes();
    }

    interface Review {
        /** Approvals of the current text needed before a story is APPROVED. */
        @WithDefault("1")
        int requiredApprovals();

        /** Edits changing at most this many words keep earlier approvals; 0 means every edit needs new approval. */
        @WithDefault("0")
        int minorEditWords();
    }

    interface Login {
        /** Failed passwords in a row that lock an account. */
        @WithDefault("5")
        int maxFailures();

        /** Failed logins from one client address, within the lock duration, that block the address. */
        @WithDefault("20")
        int addressMaxFailures();

        /** How long an account or address stays locked. */
        @WithDefault("PT15M")
        java.time.Duration lockDuration();
    }

    interface Article {
        /** Longest story body accepted, in characters (about 150,000 words). */
        @WithDefault("1000000")
        int maxBodyChars();
    }
}
