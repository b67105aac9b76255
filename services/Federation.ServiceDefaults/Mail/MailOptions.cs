using System.Net;

namespace Federation.ServiceDefaults.Mail;

/// <summary>How a service's mail leaves it: the SMTP server it hands mail to (<c>Mail:*</c>).</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string Host { get; set; } = "";

    public int Port { get; set; } = 25;

    /// <summary>The sender every mail of this service names; replies go there too.</summary>
    public string FromAddress { get; set; } = "";

    public string FromName { get; set; } = "";

    /// <summary>For relays that want a sign-in; empty for a development server.</summary>
    public string? Username { get; set; }

    public string? Password { get; set; }

    public MailTls Tls { get; set; } = MailTls.None;

    /// <summary>
    /// How often the sender looks for mail without being woken. A commit wakes it at once; the poll only
    /// picks up mail a crash left unsent, so it can be slow.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Every problem, each naming its setting; empty when the options can be used.</summary>
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Host)) yield return "Mail:Host must name the SMTP server that delivers this service's mail";
        if (Port is < 1 or > 65535) yield return $"Mail:Port must be between 1 and 65535 (it is {Port})";
        if (!MimeKit.MailboxAddress.TryParse(FromAddress, out var from) || from.Address != FromAddress.Trim() || !from.Address.Contains('@'))
            yield return $"Mail:FromAddress must be one e-mail address such as no-reply@city.example (it is '{FromAddress}')";
        if (string.IsNullOrEmpty(Username) != string.IsNullOrEmpty(Password))
            yield return "Mail:Username and Mail:Password must be set together (or both left empty for a server that needs no sign-in)";
        // A password sent without TLS can be read by anyone on the way; on this machine there is no way.
        if (!string.IsNullOrEmpty(Password) && Tls == MailTls.None && !IsLoopback(Host))
            yield return "Mail:Tls must be StartTls or SslOnConnect when Mail:Password is set for a server on another machine";
        if (PollInterval <= TimeSpan.Zero) yield return "Mail:PollInterval must be positive";
    }

    private static bool IsLoopback(string host) =>
        host == "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum MailTls
{
    /// <summary>Plain SMTP: a development server on this machine.</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS (port 587); refused if the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
