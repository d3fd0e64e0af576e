package io.copydesk.user;

/** What a newsroom member may do; one role per account, checked on the server for every action. */
public enum Role {
    WRITER("Writer"),
    EDITOR("Editor"),
    CHIEF("Chief editor");

    public final String label;

    Role(String label) {
        this.label = label;
    }

    /** Editors and chiefs review stories; a chief also publishes and manages users. */
    public boolean reviews() {
        return this != WRITER;
    }
}
