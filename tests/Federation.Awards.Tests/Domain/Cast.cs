namespace Federation.Awards.Tests.Domain;

/// <summary>The people of the award in these tests: taipei hosts the secretariat; seoul and new-taipei nominate and judge.</summary>
internal static class Cast
{
    public const string Taipei = "taipei";
    public const string Seoul = "seoul";
    public const string NewTaipei = "new-taipei";

    public static readonly Actor Secretariat = new(Taipei, Actor.Secretariat, "sec", "GO SMART secretariat");
    public static readonly Actor SeoulWithSecretariatRole = new(Seoul, Actor.Secretariat, "sec-seoul", "GO SMART secretariat");
    public static readonly Actor TaipeiAgency = new(Taipei, Actor.Agency, "doit", "Taipei Department of Information Technology");
    public static readonly Actor SeoulAgency = new(Seoul, Actor.Agency, "sdf", "Seoul Digital Foundation");
    public static readonly Actor OtherSeoulAgency = new(Seoul, Actor.Agency, "smg", "Seoul Metropolitan Government");
    public static readonly Actor NewTaipeiAgency = new(NewTaipei, Actor.Agency, "ntpc", "New Taipei City Government");
    public static readonly Actor SeoulStartup = new(Seoul, Actor.Startup, "kim", "Hanbit Mobility");
    public static readonly Actor OtherSeoulStartup = new(Seoul, Actor.Startup, "lee", "Namsan Sensors");
    public static readonly Actor NewTaipeiStartupOfSameName = new(NewTaipei, Actor.Startup, "wu", "Hanbit Mobility");
    public static readonly Actor SeoulJudge = new(Seoul, Actor.Judge, "judge-park", "KAIST");
    public static readonly Actor OtherSeoulJudge = new(Seoul, Actor.Judge, "judge-yoon", "Yonsei University");
    public static readonly Actor TaipeiJudge = new(Taipei, Actor.Judge, "judge-chen", "National Taiwan University");
    public static readonly Actor NewTaipeiJudge = new(NewTaipei, Actor.Judge, "judge-lin", "Fu Jen University");

    public static readonly Actor[] Everyone =
    [
        Secretariat, SeoulWithSecretariatRole, TaipeiAgency, SeoulAgency, OtherSeoulAgency, NewTaipeiAgency, SeoulStartup,
        OtherSeoulStartup, NewTaipeiStartupOfSameName, SeoulJudge, OtherSeoulJudge, TaipeiJudge, NewTaipeiJudge,
    ];

    public static Actor AgencyOf(string city) =>
        city switch { Taipei => TaipeiAgency, Seoul => SeoulAgency, _ => NewTaipeiAgency };

    /// <summary>An actor's test name: its user id, unique in the cast.</summary>
    public static Actor Named(string userId) => Everyone.Single(a => a.UserId == userId);

    /// <summary>The node user behind a judge actor, as the identity service would describe them.</summary>
    public static JudgeCandidate Candidate(Actor user) =>
        new(user.UserId, $"{user.UserId}@{user.City}", user.City, user.Role, user.Organisation);
}
