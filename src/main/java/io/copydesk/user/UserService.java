package io.copydesk.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.copydesk.web.FormErrors;

/** Account administration by chiefs, and users changing their own password. */
@ApplicationScoped
public class UserService {

    @Transactional
    public FormErrors create(UserForm form) {
        FormErrors errors = new FormErrors();
        String username = LoginService.normalize(form.username);
        if (User.findByUsername(username).isPresent()) {
            return errors.add("username", "There is already an account called \"" + username + "\".");
        }
        User user = User.create(username, form.displayName.strip(), form.role, form.password);
        user.email = form.email == null || form.email.isBlank() ? null : form.email.strip();
        user.persist();
        return errors;
    }

    /** Changes role and enabled flag; disabling ends the user's sessions everywhere at once. */
    @Transactional
    public User update(long id, Role role, boolean enabled, User by) {
        User user = User.findById(id);
        if (user == null) {
            throw new NotFoundException();
        }
        if (user.id.equals(by.id) && (!enabled || role != Role.CHIEF)) {
            throw new IllegalArgumentException("You cannot disable your own account or give up your own chief role.");
        }
        if (user.enabled && !enabled) {
            user.endSessions();
        }
        if (user.role != role) {
            user.endSessions();
        }
        user.role = role;
        user.enabled = enabled;
        return user;
    }

    @Transactional
    public FormErrors changePassword(long userId, PasswordForm form) {
        FormErrors errors = new FormErrors();
        User user = User.findById(userId);
        if (!user.passwordMatches(form.current)) {
            return errors.add("current", "That is not your current password.");
        }
        if (!form.password.equals(form.confirm)) {
            return errors.add("confirm", "The two new passwords differ.");
        }
        if (form.password.equalsIgnoreCase(user.username) || form.password.equals(form.current)) {
            return errors.add("password", "Choose a password different from your username and your current password.");
        }
        user.setPassword(form.password);
        user.endSessions();
        return errors;
    }
}
