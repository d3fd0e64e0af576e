package io.copydesk.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/** A user changing their own password. */
public class PasswordForm {

    @RestForm
    @NotBlank(message = "Type your current password.")
    public String current;

    @RestForm
    @NotBlank(message = "Choose a new password.")
    @Size(min = UserForm.MIN_PASSWORD, max = 128, message = "Passwords need 12 to 128 characters.")
    public String password;

    @RestForm
    public String confirm;
}
