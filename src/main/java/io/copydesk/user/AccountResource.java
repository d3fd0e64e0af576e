package io.copydesk.user;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.copydesk.web.Flash;
import io.copydesk.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** A user's own account: changing the password ends every session, this one included. */
@Path("/account")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AccountResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(User user, FormErrors errors);
    }

    @Inject
    CurrentUser currentUser;
    @Inject
    UserService users;
    @Inject
    Validator validator;

    @GET
    public TemplateInstance show() {
        return Templates.account(currentUser.require(), FormErrors.none());
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@BeanParam PasswordForm form) {
        User me = currentUser.require();
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (!errors.any()) {
            errors = users.changePassword(me.id, form);
        }
        if (errors.any()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.account(me, errors))
                    .type(MediaType.TEXT_HTML_TYPE).build();
        }
        Response redirect = Flash.seeOther("/login", "Password changed. Log in again with the new password.");
        return Response.fromResponse(redirect)
                .cookie(new NewCookie.Builder(Sessions.COOKIE).value("").path("/").maxAge(0).httpOnly(true).build())
                .build();
    }
}
