using Federation.Identity.Features.Audit;
using Federation.Identity.Features.Connect;
using Federation.Identity.Features.Tokens;

namespace Federation.Identity.Features.External;

/// <summary>What came of matching a city ID to a person of this node.</summary>
public sealed record ExternalMatch(CityUser? Person, ExternalRefusal Refusal, string? Email = null);

public enum ExternalRefusal { None, EmailNotVerified, NoSuchPerson, NotActive }

/// <summary>
/// Matches a person signed in at a city ID provider to a person of this node: by the link made the first time
/// (provider and subject), else by an e-mail address the provider says it verified. An invited person who signs in
/// this way accepts their invitation; nobody else is created: people join a node by invitation or registration.
/// </summary>
public sealed class ExternalLinks(UserDbContext db, UserManager<CityUser> users, PersonPrincipals people, TimeProvider time)
{
    public async Task<ExternalMatch> MatchAsync(ExternalProvider provider, ClaimsPrincipal external, CancellationToken ct)
    {
        var subject = external.FindFirstValue("sub");
        if (string.IsNullOrEmpty(subject)) return new(null, ExternalRefusal.EmailNotVerified);
        var person = await users.FindByLoginAsync(provider.Key, subject);
        if (person is null)
        {
            var email = external.FindFirstValue("email");
            // A city ID's unverified address proves nothing: anyone could have typed it there.
            if (string.IsNullOrWhiteSpace(email) || !string.Equals(external.FindFirstValue("email_verified"), "true", StringComparison.OrdinalIgnoreCase))
                return new(null, ExternalRefusal.EmailNotVerified, email);
            var normalized = users.NormalizeEmail(email);
            person = await db.Users.Where(u => u.NormalizedEmail == normalized).OrderBy(u => u.Id).FirstOrDefaultAsync(ct);
            if (person is null) return new(null, ExternalRefusal.NoSuchPerson, email);
            await LinkAsync(person, provider, subject, ct);
        }
        return await people.StandingAsync(person) == SignInOutcome.Succeeded ? new(person, ExternalRefusal.None) : new(person, ExternalRefusal.NotActive);
    }

    private async Task LinkAsync(CityUser person, ExternalProvider provider, string subject, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var before = new { person.Status, person.EmailConfirmed };
        var result = await users.AddLoginAsync(person, new UserLoginInfo(provider.Key, subject, provider.DisplayName));
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        person.EmailConfirmed = true;
        // Signing in with a city ID that vouches for the invited address is accepting the invitation.
        if (!person.IsActive && person.PasswordHash is null)
        {
            person.IsActive = true;
            foreach (var link in await db.OneTimeLinks.Where(l => l.UserId == person.Id).ToListAsync(ct)) link.Close(time.GetUtcNow());
        }
        db.AuditLog.Add(AuditEntry.By(person, "person.city-id-linked", People.PersonViews.Subject(person), before,
            new { person.Status, person.EmailConfirmed, provider = provider.Key }, time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
