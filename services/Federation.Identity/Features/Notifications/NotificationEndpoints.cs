using Federation.Contracts.Notifications;

namespace Federation.Identity.Features.Notifications;

/// <summary>A person's own notifications, in the language they ask for, and which kinds they want by e-mail.</summary>
public static class NotificationEndpoints
{
    public static void MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization();
        group.MapGet("/", List).WithSummary("The caller's notifications, newest first, with the unread count: ?language=en|zh-TW|ko (else theirs), ?unread=true, paging");
        group.MapPost("/{id}/read", Read).WithSummary("Marks one of the caller's notifications read");
        group.MapPost("/read", ReadAll).WithSummary("Marks every notification of the caller read");
        group.MapGet("/preferences", Preferences).WithSummary("Which kinds the caller gets by e-mail");
        group.MapPut("/preferences", SetPreferences).WithSummary("Turns e-mail of each kind on or off; kinds left out stay as they are");
    }

    private static async Task<Results<Ok<NotificationList>, ValidationProblem>> List(string? language, string? unread, string? page, string? pageSize,
        ClaimsPrincipal user, UserDbContext db, NotificationTexts texts, ThisCity city, CancellationToken ct)
    {
        var problems = new InputProblems();
        var wantedLanguage = string.IsNullOrWhiteSpace(language) ? null : problems.OneOf("language", language, CityUser.MailLanguages);
        var unreadOnly = false;
        if (!string.IsNullOrWhiteSpace(unread) && !bool.TryParse(unread, out unreadOnly)) problems.Add("unread", FieldCodes.WrongType, "unread is true or false.", ("expected", "true-or-false"));
        var paging = Paging.Read(problems, page, pageSize);
        if (problems.Any) return problems.ToResult();

        var userId = UserId(user);
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        var unreadCount = await mine.CountAsync(n => n.ReadAt == null, ct);
        var shown = unreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        var total = unreadOnly ? unreadCount : await mine.CountAsync(ct);
        var items = await paging.Of(shown.OrderByDescending(n => n.At).ThenBy(n => n.Id)).ToListAsync(ct);
        var lang = wantedLanguage ?? await db.Users.Where(u => u.Id == userId).Select(u => u.Language).FirstOrDefaultAsync(ct) ?? "en";
        return TypedResults.Ok(new NotificationList([.. items.Select(n =>
        {
            var (title, body) = texts.Render(n, lang, city.Id);
            return new NotificationResponse(n.Id, n.Kind, title, body, n.Link, n.At, n.ReadAt is not null);
        })], unreadCount, total));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Read(Guid id, ClaimsPrincipal user, UserDbContext db, TimeProvider time, CancellationToken ct)
    {
        var userId = UserId(user);
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == userId, ct);
        if (notification is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"You have no notification {id}.");
        notification.MarkRead(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ReadAll(ClaimsPrincipal user, UserDbContext db, TimeProvider time, CancellationToken ct)
    {
        var userId = UserId(user);
        var now = time.GetUtcNow();
        foreach (var n in await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null).ToListAsync(ct)) n.MarkRead(now);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<NotificationPreferences>> Preferences(ClaimsPrincipal user, UserDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await PreferencesAsync(db, UserId(user), ct));

    private static async Task<Results<Ok<NotificationPreferences>, ValidationProblem>> SetPreferences(NotificationPreferences request,
        ClaimsPrincipal user, UserDbContext db, CancellationToken ct)
    {
        var problems = new InputProblems();
        if (request.Email is null) problems.Add("email", FieldCodes.Required, "email maps each kind to true (send e-mail) or false.");
        foreach (var kind in (request.Email?.Keys ?? []).Where(k => !NotificationKinds.All.Contains(k)))
            problems.Add($"email.{kind}", FieldCodes.NotOneOf, $"'{kind}' is not a kind of notification: one of {string.Join(", ", NotificationKinds.All)}.", ("allowed", string.Join(",", NotificationKinds.All)));
        if (problems.Any) return problems.ToResult();

        var userId = UserId(user);
        var held = await db.EmailOptOuts.Where(o => o.UserId == userId).ToListAsync(ct);
        foreach (var (kind, wanted) in request.Email!)
        {
            var optOut = held.FirstOrDefault(o => o.Kind == kind);
            if (wanted && optOut is not null) db.EmailOptOuts.Remove(optOut);
            if (!wanted && optOut is null) db.EmailOptOuts.Add(new EmailOptOut { UserId = userId, Kind = kind });
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await PreferencesAsync(db, userId, ct));
    }

    private static async Task<NotificationPreferences> PreferencesAsync(UserDbContext db, string userId, CancellationToken ct)
    {
        var off = await db.EmailOptOuts.Where(o => o.UserId == userId).Select(o => o.Kind).ToListAsync(ct);
        return new NotificationPreferences(NotificationKinds.All.ToDictionary(k => k, k => !off.Contains(k)));
    }

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue("sub") ?? "";
}
