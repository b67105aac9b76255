namespace Federation.Identity.Features.Links;

/// <summary>Issues and redeems the node's one-time links; a new link of a purpose closes the person's older ones.</summary>
public sealed class OneTimeLinks(UserDbContext db, IOptions<IdentityNodeOptions> options, TimeProvider time)
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);
    public static readonly TimeSpan ResetLifetime = TimeSpan.FromHours(1);

    /// <summary>Adds a link to the unit of work (saved with the change that asked for it) and returns its address on the portal.</summary>
    public async Task<string> IssueAsync(CityUser user, string purpose, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        foreach (var older in await db.OneTimeLinks.Where(l => l.UserId == user.Id && l.Purpose == purpose && l.UsedAt == null).ToListAsync(ct))
            older.Close(now);
        var (link, token) = OneTimeLink.Create(purpose, user.Id, purpose == LinkPurposes.Invitation ? InvitationLifetime : ResetLifetime, now);
        db.OneTimeLinks.Add(link);
        var page = purpose == LinkPurposes.Invitation ? "/account/invitation" : "/account/password-reset";
        return $"{options.Value.PortalAddress.TrimEnd('/')}{page}?token={Uri.EscapeDataString(token)}";
    }

    /// <summary>The person a link of <paramref name="purpose"/> is for, closing it; null when it is unknown, used or expired.</summary>
    public async Task<CityUser?> RedeemAsync(string token, string purpose, CancellationToken ct)
    {
        var hash = OneTimeLink.Hash(token);
        var link = await db.OneTimeLinks.SingleOrDefaultAsync(l => l.TokenHash == hash && l.Purpose == purpose, ct);
        var now = time.GetUtcNow();
        if (link is null || !link.IsOpen(now)) return null;
        link.Close(now);
        return await db.Users.Include(u => u.Organisation).SingleOrDefaultAsync(u => u.Id == link.UserId, ct);
    }
}
