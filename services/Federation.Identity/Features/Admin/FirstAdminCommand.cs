using Federation.Identity.Features.Accounts;
using Federation.Identity.Features.Audit;
using Federation.Identity.Features.Links;
using Federation.Identity.Features.People;

namespace Federation.Identity.Features.Admin;

/// <summary>
/// <c>create-admin --email ADDRESS --name "DISPLAY NAME" --organisation "AGENCY NAME" [--language en|zh-TW|ko]</c>:
/// gives a node that has no admin yet its first one, in the city agency that runs the node (created if the
/// directory has no agency of that English name). The admin gets an e-mailed one-time link to set their password,
/// as every invited person does: no password is ever chosen on a command line or shipped as a default.
/// </summary>
public static class FirstAdminCommand
{
    public const string Name = "create-admin";

    public static bool IsInvoked(string[] args) => args.FirstOrDefault() == Name;

    /// <returns>The process's exit code: 0 when the admin was created, 2 when the command was refused.</returns>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        var options = Options(args);
        var problems = new InputProblems();
        var person = NewPerson.Read(problems, options.GetValueOrDefault("email"), options.GetValueOrDefault("name"), options.GetValueOrDefault("language"));
        var organisationName = problems.Text("organisation", options.GetValueOrDefault("organisation"), Organisation.MaxNameLength);
        if (problems.Any)
        {
            errors.WriteLine($"Usage: {Name} --email ADDRESS --name \"DISPLAY NAME\" --organisation \"AGENCY NAME\" [--language en|zh-TW|ko]");
            foreach (var message in Messages(problems)) errors.WriteLine($"  {message.Replace("displayName", "name")}");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UserDbContext>();
        await db.UpgradeSchemaAsync();
        var directory = scope.ServiceProvider.GetRequiredService<CityUsers>();
        await directory.EnsureRolesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CityUser>>();
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).FirstOrDefault() is { } existing)
        {
            errors.WriteLine($"This node already has an admin ({existing.UserName}): admins invite further admins from the portal or the API.");
            return 2;
        }
        if (await users.FindByNameAsync(person.Email) is not null)
        {
            errors.WriteLine($"{person.Email} already has an account on this node.");
            return 2;
        }

        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var city = scope.ServiceProvider.GetRequiredService<ThisCity>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var agency = await directory.FindOrCreateAgencyAsync(organisationName);
        if (agency.Kind != OrganisationKinds.Agency)
        {
            errors.WriteLine($"{agency.DisplayName} is a {agency.Kind}: the node's admin belongs to a city agency.");
            return 2;
        }
        var admin = await person.CreateAsync(users, agency, [Roles.Admin], city);
        var link = await scope.ServiceProvider.GetRequiredService<OneTimeLinks>().IssueAsync(admin, LinkPurposes.Invitation, default);
        scope.ServiceProvider.GetRequiredService<AccountMails>().Invitation(admin, link);
        db.AuditLog.Add(AuditEntry.Of(null, "person.invited", PersonViews.Subject(admin), null, await admin.ToResponseAsync(db, default), time.GetUtcNow()));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        output.WriteLine($"Created {admin.UserName}, admin of the {city.Id} node, in {agency.DisplayName}.");
        output.WriteLine($"An e-mail with a one-time link to set the password (valid for {OneTimeLinks.InvitationLifetime.TotalDays} days) " +
                         "leaves through the node's SMTP server as soon as the identity service runs.");
        return 0;
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i + 1 < args.Length; i += 2)
            if (args[i].StartsWith("--", StringComparison.Ordinal)) options[args[i][2..]] = args[i + 1];
        return options;
    }

    private static IEnumerable<string> Messages(InputProblems problems) =>
        problems.ToResult().ProblemDetails.Errors.SelectMany(e => e.Value);
}
