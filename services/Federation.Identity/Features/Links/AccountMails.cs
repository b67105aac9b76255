using Federation.Members;
using Federation.ServiceDefaults.Mail;

namespace Federation.Identity.Features.Links;

/// <summary>
/// The e-mails a node sends about a person's account, in the person's language (en, zh-TW, ko). Each is queued
/// in the change that causes it, so it leaves exactly when that change is saved.
/// </summary>
public sealed class AccountMails(UserDbContext db, MemberList members)
{
    private sealed record Text(string Subject, string Body);

    // {0} the person, {1} the organisation, {2} the city, {3} the link or the reason.
    private static readonly Dictionary<string, Dictionary<string, Text>> Texts = new()
    {
        ["invitation"] = new()
        {
            ["en"] = new("Your account on the {2} PoC node", "Hello {0},\n\nYou have been invited to the {2} node of the inter-city PoC network for {1}.\nSet your password with this link (it works once and expires in 7 days):\n\n{3}\n"),
            ["zh-TW"] = new("您在 {2} PoC 節點的帳號", "{0} 您好：\n\n您已受邀代表 {1} 加入 {2} 跨城市 PoC 網絡節點。\n請以此連結設定密碼（僅能使用一次，7 天內有效）：\n\n{3}\n"),
            ["ko"] = new("{2} PoC 노드 계정 안내", "{0}님, 안녕하세요.\n\n{1} 소속으로 {2} 도시 간 PoC 네트워크 노드에 초대되었습니다.\n아래 링크에서 비밀번호를 설정하세요 (한 번만 사용 가능, 7일 후 만료):\n\n{3}\n"),
        },
        ["registration"] = new()
        {
            ["en"] = new("Your registration of {1} on the {2} PoC node", "Hello {0},\n\n{1} is registered and waits for an agency of {2} to approve it.\nConfirm your address and set your password with this link (it works once and expires in 7 days); you can sign in once the registration is approved:\n\n{3}\n"),
            ["zh-TW"] = new("{1} 於 {2} PoC 節點的註冊", "{0} 您好：\n\n{1} 已完成註冊，正等待 {2} 的機關核准。\n請以此連結確認電子郵件並設定密碼（僅能使用一次，7 天內有效）；核准後即可登入：\n\n{3}\n"),
            ["ko"] = new("{2} PoC 노드의 {1} 등록 안내", "{0}님, 안녕하세요.\n\n{1}의 등록이 접수되어 {2} 기관의 승인을 기다리고 있습니다.\n아래 링크에서 이메일을 확인하고 비밀번호를 설정하세요 (한 번만 사용 가능, 7일 후 만료). 승인 후 로그인할 수 있습니다:\n\n{3}\n"),
        },
        ["approved"] = new()
        {
            ["en"] = new("{1} is approved on the {2} PoC node", "Hello {0},\n\nAn agency of {2} approved {1}. You can now sign in and list your solutions.\n"),
            ["zh-TW"] = new("{1} 已獲 {2} PoC 節點核准", "{0} 您好：\n\n{2} 的機關已核准 {1}。您現在可以登入並刊登解決方案。\n"),
            ["ko"] = new("{1} 등록이 {2} PoC 노드에서 승인되었습니다", "{0}님, 안녕하세요.\n\n{2} 기관이 {1}의 등록을 승인했습니다. 이제 로그인하여 솔루션을 등록할 수 있습니다.\n"),
        },
        ["rejected"] = new()
        {
            ["en"] = new("{1} was not approved on the {2} PoC node", "Hello {0},\n\nAn agency of {2} did not approve {1}. The reason given:\n\n{3}\n"),
            ["zh-TW"] = new("{1} 未獲 {2} PoC 節點核准", "{0} 您好：\n\n{2} 的機關未核准 {1}。原因如下：\n\n{3}\n"),
            ["ko"] = new("{1} 등록이 {2} PoC 노드에서 승인되지 않았습니다", "{0}님, 안녕하세요.\n\n{2} 기관이 {1}의 등록을 승인하지 않았습니다. 사유:\n\n{3}\n"),
        },
        ["password-reset"] = new()
        {
            ["en"] = new("Reset your password on the {2} PoC node", "Hello {0},\n\nSomeone asked to reset the password of your account for {1}. If it was you, set a new one with this link (it works once and expires in 1 hour):\n\n{3}\n\nIf it was not you, ignore this e-mail: your password stays as it is.\n"),
            ["zh-TW"] = new("重設您在 {2} PoC 節點的密碼", "{0} 您好：\n\n有人申請重設您代表 {1} 的帳號密碼。若是您本人，請以此連結設定新密碼（僅能使用一次，1 小時內有效）：\n\n{3}\n\n若非您本人，請忽略此信，密碼不會變更。\n"),
            ["ko"] = new("{2} PoC 노드 비밀번호 재설정", "{0}님, 안녕하세요.\n\n{1} 계정의 비밀번호 재설정이 요청되었습니다. 본인이 요청했다면 아래 링크에서 새 비밀번호를 설정하세요 (한 번만 사용 가능, 1시간 후 만료):\n\n{3}\n\n본인이 요청하지 않았다면 이 메일을 무시하세요. 비밀번호는 바뀌지 않습니다.\n"),
        },
    };

    public void Invitation(CityUser to, string link) => Queue("invitation", to, link);
    public void Registration(CityUser to, string link) => Queue("registration", to, link);
    public void PasswordReset(CityUser to, string link) => Queue("password-reset", to, link);
    public void Approved(CityUser to) => Queue("approved", to, "");
    public void Rejected(CityUser to, string reason) => Queue("rejected", to, reason);

    /// <param name="to">With their organisation loaded: the mail names it in the person's language.</param>
    private void Queue(string kind, CityUser to, string detail)
    {
        var text = Texts[kind].GetValueOrDefault(to.Language) ?? Texts[kind]["en"];
        var city = members.Get(to.City).Names;
        string Fill(string template) => string.Format(System.Globalization.CultureInfo.InvariantCulture, template,
            to.DisplayName, to.Organisation?.Names.GetValueOrDefault(to.Language) ?? to.Organisation?.DisplayName,
            city.GetValueOrDefault(to.Language) ?? city.GetValueOrDefault("en") ?? to.City, detail);
        db.QueueMail(to.Email!, to.DisplayName, Fill(text.Subject), Fill(text.Body));
    }
}
