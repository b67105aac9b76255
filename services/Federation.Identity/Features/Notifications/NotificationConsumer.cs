using Federation.Contracts.Notifications;
using Federation.ServiceDefaults.Mail;
using Federation.ServiceDefaults.Messaging;
using MassTransit;

namespace Federation.Identity.Features.Notifications;

/// <summary>
/// Turns a notice from one of this city's services into a notification for each active person it names, and an e-mail
/// in the person's language unless they turned that kind off. Only this city's own services may notify its people.
/// </summary>
public sealed class NotificationConsumer(UserDbContext db, ThisCity city, NotificationTexts texts, IOptions<IdentityNodeOptions> options)
    : IConsumer<NotificationRequested>
{
    public async Task Consume(ConsumeContext<NotificationRequested> context)
    {
        var m = context.Message;
        context.EnsureSentByOwner(city.Id);
        if (m.City != city.Id)
            throw new FederationRejectedException(Rejections.WrongOwner, $"Notification {m.NotificationId} is for {m.City}'s people, not {city.Id}'s");
        if (!NotificationTexts.IsKnown(m.Kind ?? ""))
            throw new FederationRejectedException(Rejections.Refused, $"Notification {m.NotificationId} is of an unknown kind '{m.Kind}'");
        var ct = context.CancellationToken;
        var people = await RecipientsAsync(m.Audience ?? new NotificationAudience(), ct);
        var ids = people.Select(p => p.Id).ToList();
        var told = await db.Notifications.Where(n => n.RequestId == m.NotificationId && ids.Contains(n.UserId)).Select(n => n.UserId).ToListAsync(ct);
        var optedOut = await db.EmailOptOuts.Where(o => o.Kind == m.Kind && ids.Contains(o.UserId)).Select(o => o.UserId).ToListAsync(ct);
        foreach (var person in people.Where(p => !told.Contains(p.Id)))
        {
            var notification = Notification.For(person.Id, m.NotificationId, m.Kind!, m.Args ?? new Dictionary<string, string>(), m.Link, m.At);
            db.Notifications.Add(notification);
            if (person.Email is { Length: > 0 } email && !optedOut.Contains(person.Id)) QueueMail(notification, person, email);
        }
    }

    private async Task<List<CityUser>> RecipientsAsync(NotificationAudience audience, CancellationToken ct)
    {
        if (audience.UserId is null && audience.OrganisationId is null && audience.Role is null) return [];
        var people = db.Users.Where(u => u.City == city.Id && u.IsActive);
        if (audience.UserId is { } userId) people = people.Where(u => u.Id == userId);
        if (audience.OrganisationId is { } organisationId) people = people.Where(u => u.OrganisationId == organisationId);
        if (audience.Role is { } role)
        {
            var holders = from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where r.Name == role select ur.UserId;
            people = people.Where(u => holders.Contains(u.Id));
        }
        return await people.ToListAsync(ct);
    }

    private void QueueMail(Notification n, CityUser to, string email)
    {
        var (title, body) = texts.Render(n, to.Language, city.Id);
        var portal = options.Value.PortalAddress.TrimEnd('/');
        var link = n.Link is null ? "" : $"\n\n{portal}{n.Link}\n";
        db.QueueMail(email, to.DisplayName, title, $"{body}{link}\n\n{MailFooter.GetValueOrDefault(to.Language) ?? MailFooter["en"]} {portal}/notifications\n");
    }

    private static readonly Dictionary<string, string> MailFooter = new()
    {
        ["en"] = "You can turn off e-mail of this kind in your notifications:",
        ["zh-TW"] = "您可在通知頁面關閉此類電子郵件：",
        ["ko"] = "알림 페이지에서 이 종류의 이메일을 끌 수 있습니다:",
    };
}
