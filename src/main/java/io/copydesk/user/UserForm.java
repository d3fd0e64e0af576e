package io.copydesk.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/** A new account, as a chief editor fills it in. */
public class UserForm {

    public static final int MIN_PASSWORD = 12;

    @RestForm
    @NotBlank(message = "Choose a username.")
    @Pattern(regexp = "[a-z0-9._-]{2,40}", message = "Use 2 to 40 lower-case letters, digits, dots, dashes or underscores.")
    public String username;

    @RestForm
    @NotBlank(message = "Give the person's name as colleagues know it.")
    @Size(max = 100, message = "Keep the name under 100 characters.")
    public String displayName;

    @RestForm
    @Email(message = "That is not an email address.")
    @Size(max = 200, message = "Keep the email address under 200 characters.")
    public String email;

    @RestForm
    @NotNull(message = "Choose a role.")
    public Role role;

    @RestForm
    @NotBlank(message = "Set a first password; they can change it later.")
    @Size(min = MIN_PASSWORD, max = 128, message = "Passwords need 12 to 128 characters.")
    public String password;
}
