using Federation.Identity.Features.Links;
using Federation.Identity.Features.Connect;
using Federation.Identity.Features.External;
using Federation.Identity.Features.Tokens;
using Federation.ServiceDefaults.Mail;
using Federation.ServiceDefaults.Messaging;

namespace Federation.Identity;

public static class IdentityRegistration
{
    /// <summary>Options, user store, keys, the OpenID Connect provider and its sign-in: everything the endpoints need.</summary>
    public static IHostApplicationBuilder AddIdentityNode(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<IdentityNodeOptions>().BindConfiguration(IdentityNodeOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => IdentityNodeOptions.IsAbsoluteHttp(o.Issuer),
                "Identity:Issuer must be an absolute http(s) address without query, e.g. http://127.0.0.1:5104")
            .Validate(o => IdentityNodeOptions.IsAbsoluteHttp(o.PortalAddress),
                "Identity:PortalAddress must be the portal's absolute http(s) address, e.g. http://127.0.0.1:5100")
            .Validate(o => string.IsNullOrEmpty(o.DevUsersFile) || File.Exists(o.DevUsersFile),
                "Identity:DevUsersFile names a file that does not exist")
            // Development users share a published password: a node outside Development refuses to start with them.
            .Validate<IHostEnvironment>((o, environment) => string.IsNullOrEmpty(o.DevUsersFile) || environment.IsDevelopment(),
                "Identity:DevUsersFile is allowed only in the Development environment (its users share a published password)")
            .ValidateOnStart();
        builder.AddUserStore("Identity");
        // Invitations, registrations and password resets reach people only by e-mail.
        builder.AddMail<UserDbContext>();
        builder.Services.AddSingleton<Features.Notifications.NotificationTexts>();
        if (builder.Configuration.GetValue($"{IdentityNodeOptions.Section}:{nameof(IdentityNodeOptions.Notifications)}", true))
            builder.AddFederatedMessaging<UserDbContext>("identity", bus => bus.AddTargetedConsumer<Features.Notifications.NotificationConsumer>());
        builder.Services.AddTokenSigningKey();
        builder.AddConnect();
        ExternalProviders.AddExternalProviders(builder);
        builder.Services.AddRazorPages();
        builder.Services.AddWebEncoders(PrintablePages.Encoding); // the sign-in pages' Chinese and Korean as characters
        builder.Services.AddSingleton<SignInLimit>();
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddScoped<PasswordSignIn>();
        builder.Services.AddScoped<Features.Links.OneTimeLinks>();
        builder.Services.AddScoped<Features.Links.AccountMails>();
        builder.Services.AddTokenRateLimit();
        builder.Services.AddSingleton<UserTokenLimit>();
        return builder;
    }
}
