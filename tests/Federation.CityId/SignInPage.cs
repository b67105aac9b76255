using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Federation.CityId;

/// <summary>The city ID's own sign-in form: e-mail and password, a plain HTML POST that any script-less client can submit.</summary>
public static class SignInPage
{
    public static void MapSignInPage(this WebApplication app)
    {
        app.MapGet("/login", (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            Form(http, antiforgery, Local(returnUrl), error: null, StatusCodes.Status200OK));

        app.MapPost("/login", async (HttpContext http, IAntiforgery antiforgery, IOptions<CityIdOptions> options) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var returnUrl = Local(form["ReturnUrl"]);
            var person = options.Value.People.FirstOrDefault(p =>
                string.Equals(p.Email, form["Email"], StringComparison.OrdinalIgnoreCase) && SamePassword(p.Password, form["Password"]));
            if (person is null)
                return Form(http, antiforgery, returnUrl, "Wrong e-mail or password.", StatusCodes.Status400BadRequest);

            // The cookie only remembers who signed in; the tokens' claims are read afresh at /connect/authorize.
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, person.Subject)],
                CookieAuthenticationDefaults.AuthenticationScheme);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return Results.LocalRedirect(returnUrl);
        });
    }

    private static IResult Form(HttpContext http, IAntiforgery antiforgery, string returnUrl, string? error, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        static string E(string? value) => WebUtility.HtmlEncode(value ?? "");
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>City ID: sign in</title></head>
            <body>
            <h1>Sign in with your city ID</h1>
            {(error is null ? "" : $"<p role=\"alert\">{E(error)}</p>")}
            <form method="post" action="/login">
              <input type="hidden" name="{E(tokens.FormFieldName)}" value="{E(tokens.RequestToken)}">
              <input type="hidden" name="ReturnUrl" value="{E(returnUrl)}">
              <label>E-mail <input type="email" name="Email"></label>
              <label>Password <input type="password" name="Password"></label>
              <button type="submit">Sign in</button>
            </form>
            </body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    // Only a path on this provider: an open redirect would let any page bounce a signed-in person anywhere.
    private static string Local(string? url) =>
        url is ['/', not '/' and not '\\', ..] or "/" ? url : "/";

    private static bool SamePassword(string expected, string? given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given ?? ""));
}
