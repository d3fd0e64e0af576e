package io.copydesk.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.copydesk.web.FormErrors;

/**
 * What the story form posts: a title and a body, pasted or uploaded as a UTF-8 .txt/.md file, with an
 * optional summary of the change and the revision the edit started from.
 */
public class ArticleForm {

    @RestForm
    @NotBlank(message = "Give the story a title.")
    @Size(max = 300, message = "Keep the title under 300 characters.")
    public String title;

    @RestForm
    public String body;

    @RestForm
    @Size(max = 500, message = "Keep the summary under 500 characters.")
    public String summary;

    /** The revision the writer was looking at when they started editing; 0 for a new story. */
    @RestForm
    public int baseRevision;

    @RestForm
    public FileUpload file;

    public static ArticleForm of(Revision revision) {
        ArticleForm form = new ArticleForm();
        form.title = revision.title;
        form.body = revision.body;
        form.baseRevision = revision.number;
        return form;
    }

    /**
     * Checks the form, reads an uploaded file into {@link #body} and normalises the text.
     * Returns the messages to show; what the user typed stays in the form either way.
     */
    public FormErrors validate(Validator validator, int maxBodyChars) {
        FormErrors errors = FormErrors.of(validator.validate(this));
        if (hasFile()) {
            readUpload(errors);
        }
        if (body == null || body.isBlank()) {
            errors.add("body", "Paste the story's text or upload a .txt or .md file.");
        } else if (body.length() > maxBodyChars) {
            errors.add("body", String.format(Locale.ROOT,
                    "The text is %,d characters long; the limit is %,d. Split it into several stories.",
                    body.length(), maxBodyChars));
        }
        if (!errors.any()) {
            title = Texts.normalizeLine(title);
            body = Texts.normalizeBody(body);
            summary = summary == null ? null : Texts.normalizeLine(summary);
        }
        return errors;
    }

    private boolean hasFile() {
        return file != null && file.fileName() != null && !file.fileName().isBlank() && file.size() > 0;
    }

    private void readUpload(FormErrors errors) {
        String name = file.fileName().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown"))) {
            errors.add("file", "Upload a plain-text file (.txt or .md); \"" + file.fileName() + "\" is not one.");
            return;
        }
        if (body != null && !body.isBlank()) {
            errors.add("file", "You pasted text and chose a file. Clear the text box to use the file, or remove the file.");
            return;
        }
        try {
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            body = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            errors.add("file", "\"" + file.fileName() + "\" is not UTF-8 text. Save it as UTF-8 (in most editors: "
                    + "Save As, encoding UTF-8) and upload it again.");
        } catch (java.io.IOException e) {
            errors.add("file", "The upload could not be read. Try again.");
        }
    }
}
