package io.copydesk.article;

/**
 * A save based on a revision that is no longer the newest. Nothing is written; the conflict page shows
 * the user their text beside the other person's revision so they can merge.
 */
public class EditConflict extends RuntimeException {
    public final int baseRevision;
    public final int currentRevision;

    public EditConflict(int baseRevision, int currentRevision) {
        super("Revision " + currentRevision + " was saved while you were editing revision " + baseRevision + ".");
        this.baseRevision = baseRevision;
        this.currentRevision = currentRevision;
    }
}
