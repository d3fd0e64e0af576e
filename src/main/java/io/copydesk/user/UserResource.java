package io.copydesk.user;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.copydesk.web.Flash;
import io.copydesk.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Chief editors manage accounts: create, change role, disable. */
@Path("/users")
@RolesAllowed("CHIEF")
@Produces(MediaType.TEXT_HTML)
public class UserResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<User> users, UserForm form, FormErrors errors, List<Role> roles);
    }

    @Inject
    UserService users;
    @Inject
    CurrentUser currentUser;
    @Inject
    Validator validator;

    @GET
    public TemplateInstance list() {
        return Templates.users(User.listAllByName(), new UserForm(), FormErrors.none(), List.of(Role.values()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam UserForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (!errors.any()) {
            errors = users.create(form);
        }
        if (errors.any()) {
            form.password = null;
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.users(User.listAllByName(), form, errors, List.of(Role.values())))
                    .type(MediaType.TEXT_HTML_TYPE).build();
        }
        return Flash.seeOther("/users", "Account \"" + LoginService.normalize(form.username) + "\" created.");
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @RestForm Role role, @RestForm boolean enabled) {
        if (role == null) {
            return Flash.seeOtherWithError("/users", "Choose a role.");
        }
        try {
            User user = users.update(id, role, enabled, currentUser.require());
            return Flash.seeOther("/users", user.displayName + " is now " + role.label.toLowerCase()
                    + (user.enabled ? "." : ", and disabled: their sessions have ended."));
        } catch (IllegalArgumentException e) {
            return Flash.seeOtherWithError("/users", e.getMessage());
        }
    }
}
