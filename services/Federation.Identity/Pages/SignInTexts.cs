using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Federation.Identity.Pages;

/// <summary>
/// The words of the provider's own pages in the portal's languages. The portal passes its visitor's language as
/// <c>ui_locales</c> in the authorization request the sign-in returns to; without one the browser's languages decide.
/// </summary>
public sealed class SignInTexts
{
    public static readonly IReadOnlyList<string> Languages = ["en", "zh-TW", "ko"];

    private static readonly Dictionary<string, (string ZhTw, string Ko)> Words = new()
    {
        ["Sign in"] = ("登入", "로그인"),
        ["Sign in with your account at this city's node."] = ("請使用本市節點的帳號登入。", "이 도시 노드의 계정으로 로그인하세요."),
        ["User name"] = ("帳號", "사용자 이름"),
        ["Password"] = ("密碼", "비밀번호"),
        ["Enter your user name."] = ("請輸入帳號。", "사용자 이름을 입력하세요."),
        ["Enter your password."] = ("請輸入密碼。", "비밀번호를 입력하세요."),
        ["The user name or password is wrong, or the account is locked after too many attempts."] =
            ("帳號或密碼錯誤，或因嘗試次數過多而已鎖定。", "사용자 이름이나 비밀번호가 틀렸거나, 시도가 너무 많아 계정이 잠겼습니다."),
        ["Too many requests. Please wait a minute and try again."] = ("請求過於頻繁，請稍候一分鐘再試。", "요청이 너무 많습니다. 1분 후 다시 시도하세요."),
        ["This account was deactivated by the node's administrators."] = ("此帳號已由節點管理員停用。", "이 계정은 노드 관리자가 비활성화했습니다."),
        ["{0} is waiting for an agency of the city to approve its registration."] = ("{0} 的註冊正等待本市機關核准。", "{0}의 등록이 시 기관의 승인을 기다리고 있습니다."),
        ["{0} was not approved by the city: {1}"] = ("{0} 未獲本市核准：{1}", "{0}의 등록이 승인되지 않았습니다: {1}"),
        ["{0} is suspended by the city."] = ("{0} 已被本市停權。", "{0}은(는) 시에 의해 정지되었습니다."),
        ["Forgot your password?"] = ("忘記密碼？", "비밀번호를 잊으셨나요?"),
        ["A company or institute without an account? Register your organisation."] =
            ("企業或機構尚無帳號？請註冊您的單位。", "계정이 없는 기업이나 기관인가요? 기관을 등록하세요."),
        ["Or sign in with"] = ("或使用以下方式登入", "또는 다음으로 로그인"),
        ["Sign in with {0}"] = ("使用 {0} 登入", "{0}(으)로 로그인"),
        ["{0} did not confirm your e-mail address, so it cannot be matched to a person of this node."] =
            ("{0} 未確認您的電子郵件地址，因此無法對應到本節點的使用者。", "{0}에서 이메일 주소를 확인하지 않아 이 노드의 사용자와 연결할 수 없습니다."),
        ["No person of this node has the address {0}: ask your organisation or the city's administrators for an invitation."] =
            ("本節點沒有使用 {0} 的使用者：請向您的單位或本市管理員索取邀請。", "이 노드에는 {0} 주소를 가진 사용자가 없습니다: 소속 기관이나 시 관리자에게 초대를 요청하세요."),
        ["Signing in with {0} did not succeed. Try again, or sign in with your password."] =
            ("使用 {0} 登入未成功。請再試一次，或使用密碼登入。", "{0}(으)로 로그인하지 못했습니다. 다시 시도하거나 비밀번호로 로그인하세요."),
    };

    private SignInTexts(string language) => Language = language;

    public string Language { get; }

    public string this[string key] =>
        Language == "en" || !Words.TryGetValue(key, out var t) ? key : Language == "zh-TW" ? t.ZhTw : t.Ko;

    public string this[string key, params object?[] args] => string.Format(CultureInfo.InvariantCulture, this[key], args);

    /// <summary>The first supported language of the return address's <c>ui_locales</c>, else of the browser's, else English.</summary>
    public static SignInTexts For(HttpContext http, string? returnUrl)
    {
        var asked = returnUrl is not null && returnUrl.IndexOf('?') is var q and >= 0
            && QueryHelpers.ParseQuery(returnUrl[q..]).TryGetValue("ui_locales", out var locales) ? locales.ToString().Split(' ') : [];
        var browser = http.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).Select(l => l.Value.ToString());
        return new SignInTexts(asked.Concat(browser).Select(Supported).FirstOrDefault(l => l is not null) ?? "en");
    }

    private static string? Supported(string tag) => tag.ToLowerInvariant() switch
    {
        "en" or "en-us" or "en-gb" => "en",
        "zh-tw" or "zh-hant" or "zh-hant-tw" or "zh" => "zh-TW",
        "ko" or "ko-kr" => "ko",
        _ => null,
    };
}
