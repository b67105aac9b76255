using Microsoft.Extensions.Options;

namespace Federation.ServiceDefaults.Tests.Mail;

public sealed class MailDeliveryTests
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_queued_mail_arrives_in_the_smtp_servers_inbox_with_its_subject_and_text()
    {
        await using var inbox = await MailInbox.StartAsync();
        await using var node = new MailingNode();
        await node.StartAsync(inbox.Settings("no-reply@taipei.federation.test"));

        await node.InviteAsync("ann@seoul.test", "You are invited", "Open http://127.0.0.1:5100/join?token=abc to join.");

        var mail = await inbox.WaitForMailAsync("ann@seoul.test", timeout: Delivery);
        Assert.Equal("You are invited", mail.Subject);
        Assert.Equal("Open http://127.0.0.1:5100/join?token=abc to join.", mail.TextBody.TrimEnd());
        Assert.Contains("no-reply@taipei.federation.test", mail.From);
        await AssertEventually(async () => (await node.OutgoingAsync()).Single().SentAt is not null, "the mail marked sent");
        // Nothing went wrong on the way, the first round's clean-up of old sent mail included.
        Assert.DoesNotContain(node.Logs, l => l.StartsWith("Warning") || l.StartsWith("Error"));
    }

    [Fact]
    public async Task Mail_queued_while_the_smtp_server_is_down_is_delivered_once_it_starts()
    {
        var port = FreePorts.Next(); // nothing listens there yet
        await using var node = new MailingNode();
        await node.StartAsync(MailInbox.SettingsFor("127.0.0.1", port));

        await node.InviteAsync("bo@taipei.test", "Reset your password", "Reset link: token=down-then-up");
        // The sender has tried and failed: the mail waits in the table, not lost and not marked.
        await AssertEventually(() => Task.FromResult(node.Logs.Any(l => l.Contains($"127.0.0.1:{port} unavailable"))), "a failed delivery");
        Assert.Null((await node.OutgoingAsync()).Single().SentAt);

        await using var inbox = await MailInbox.StartAsync(port);
        var mail = await inbox.WaitForMailAsync("bo@taipei.test", timeout: Delivery);
        Assert.Equal("Reset your password", mail.Subject);
        Assert.Single(await inbox.ReceivedAsync());
    }

    [Fact]
    public async Task Chinese_and_Korean_subjects_and_bodies_arrive_as_written()
    {
        await using var inbox = await MailInbox.StartAsync();
        await using var node = new MailingNode();
        await node.StartAsync(inbox.Settings());
        const string ZhSubject = "臺北市邀請您加入智慧城市聯盟", ZhBody = "您好：請點選連結完成註冊。\n臺北市政府";
        const string KoSubject = "서울시 스마트시티 초대", KoBody = "안녕하세요. 링크를 눌러 가입을 완료하세요.\n서울특별시";

        await node.InviteAsync("lin@taipei.test", ZhSubject, ZhBody);
        await node.InviteAsync("kim@seoul.test", KoSubject, KoBody);

        var zh = await inbox.WaitForMailAsync("lin@taipei.test", timeout: Delivery);
        var ko = await inbox.WaitForMailAsync("kim@seoul.test", timeout: Delivery);
        Assert.Equal((ZhSubject, ZhBody), (zh.Subject, Lines(zh.TextBody)));
        Assert.Equal((KoSubject, KoBody), (ko.Subject, Lines(ko.TextBody)));
    }

    [Fact]
    public async Task The_log_names_recipient_and_subject_but_never_the_body()
    {
        await using var inbox = await MailInbox.StartAsync();
        await using var node = new MailingNode();
        await node.StartAsync(inbox.Settings());

        await node.InviteAsync("eve@seoul.test", "Password reset", "Your reset token is SECRET-7f3a9c");
        await inbox.WaitForMailAsync("eve@seoul.test", timeout: Delivery);

        await AssertEventually(() => Task.FromResult(node.Logs.Any(l => l.Contains("eve@seoul.test") && l.Contains("Password reset"))), "the sent mail logged");
        Assert.DoesNotContain(node.Logs, l => l.Contains("SECRET-7f3a9c"));
    }

    [Theory]
    [InlineData(null, "Mail:Host")]
    [InlineData("not an address", "Mail:FromAddress")]
    public async Task A_service_with_incomplete_mail_settings_refuses_to_start_naming_the_setting(string? fromAddress, string setting)
    {
        var settings = MailInbox.SettingsFor("127.0.0.1", 2525, fromAddress ?? "no-reply@taipei.federation.test");
        if (fromAddress is null) settings.Remove("Mail:Host");
        await using var node = new MailingNode();

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => node.StartAsync(settings));
        Assert.Contains(setting, refused.Message);
    }

    private static string Lines(string body) => body.Replace("\r\n", "\n").TrimEnd();

    private static Task AssertEventually(Func<Task<bool>> condition, string what) => Eventually.Async(condition, Delivery, what);
}
